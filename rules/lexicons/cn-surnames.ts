/**
 * Common Chinese surnames (about 200 single-character and the best-known compound ones), covering the large
 * majority of the population. Facts, not creative content; compiled from public surname frequency lists.
 */
export const CN_SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  ),
)

export const CN_COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '尉迟',
  '长孙',
  '宇文',
  '司徒',
  '公孙',
  '夏侯',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
])

/** 2–4 Han characters starting with a common surname (optionally a `·` separated minority name). */
export function looksLikeChineseName(value: string): boolean {
  const n = value.length
  if (n < 2 || n > 4) return value.includes('·') && n <= 12
  return CN_SURNAMES.has(value[0]!) || CN_COMPOUND_SURNAMES.has(value.slice(0, 2))
}
