/**
 * Chinese names for the demo, with pinyin so usernames and e-mail addresses look like the ones people pick
 * (`zhangwei88@163.com`). Surnames are ordered by frequency (rank order of the 2020 census list) and picked with
 * census-like weights, so 王/李/张 dominate as they do in real tables.
 */
import type { Random } from './random.js'

/** `[character(s), pinyin]`. */
export type Syllable = readonly [string, string]

function syllables(text: string): Syllable[] {
  return text.split(' ').map((pair) => {
    const [han, py] = pair.split(':')
    return [han!, py!] as const
  })
}

export const SURNAMES = syllables(
  '王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun 马:ma 朱:zhu ' +
    '胡:hu 郭:guo 何:he 林:lin 高:gao 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu 韩:han 邓:deng ' +
    '冯:feng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 潘:pan 袁:yuan 蔡:cai 蒋:jiang 余:yu 于:yu 杜:du ' +
    '叶:ye 程:cheng 魏:wei 苏:su 吕:lv 丁:ding 任:ren 卢:lu 姚:yao 沈:shen 钟:zhong 姜:jiang 崔:cui 谭:tan ' +
    '陆:lu 范:fan 汪:wang 廖:liao 石:shi 金:jin 韦:wei 贾:jia 夏:xia 付:fu 方:fang 邹:zou 熊:xiong 白:bai ' +
    '孟:meng 秦:qin 邱:qiu 侯:hou 江:jiang 尹:yin 薛:xue 闫:yan 段:duan 雷:lei 龙:long 黎:li 史:shi 陶:tao ' +
    '贺:he 毛:mao 郝:hao 顾:gu 龚:gong 邵:shao 万:wan 覃:qin 武:wu 钱:qian 戴:dai 严:yan 莫:mo 孔:kong ' +
    '欧阳:ouyang 上官:shangguan 司马:sima 诸葛:zhuge',
)

export const MALE_GIVEN = syllables(
  '伟:wei 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 杰:jie 涛:tao 明:ming 超:chao 华:hua 刚:gang 平:ping ' +
    '辉:hui 鹏:peng 浩:hao 宇:yu 俊:jun 博:bo 文:wen 斌:bin 峰:feng 建:jian 国:guo 志:zhi 海:hai 晨:chen ' +
    '轩:xuan 子:zi 天:tian 一:yi 泽:ze 睿:rui 凯:kai 帅:shuai 宏:hong 家:jia 成:cheng 德:de 亮:liang 昊:hao ' +
    '然:ran 航:hang 铭:ming 东:dong 林:lin 瑞:rui 鑫:xin',
)

export const FEMALE_GIVEN = syllables(
  '芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 秀:xiu 玲:ling 婷:ting 雪:xue 慧:hui 琳:lin ' +
    '欣:xin 怡:yi 梦:meng 佳:jia 雨:yu 萱:xuan 颖:ying 倩:qian 晓:xiao 红:hong 燕:yan 悦:yue 诗:shi 涵:han ' +
    '思:si 彤:tong 琪:qi 蕾:lei 璐:lu 露:lu 瑶:yao 薇:wei 婉:wan 妍:yan 月:yue 洁:jie 欢:huan 可:ke 馨:xin',
)

/** English names many Chinese users put in usernames (`lily_chen`). */
export const ENGLISH_NAMES = (
  'lily tony kevin jack amy lucy coco leo eric vivian cindy jason sunny grace david angela peter ' +
  'helen frank alice sam daisy bruce nancy'
).split(' ')

const NICK_ADJECTIVES =
  '快乐的 安静的 奔跑的 爱吃鱼的 会飞的 孤独的 不二的 微笑的 迷路的 认真的 懒洋洋的 勇敢的'.split(' ')
const NICK_NOUNS = '猫 小熊 蜗牛 兔子 少年 企鹅 柠檬 橘子 星星 鲸鱼 土豆 仙人掌'.split(' ')
const NICK_FIXED =
  '小鱼儿 星辰大海 追风少年 一只喵 吃货一枚 岁月静好 momo Lucky 阿狸 随风 木子 浅笑 大白 夏天的风 Sunshine'.split(
    ' ',
  )

/** `[relationship, gender]` of an emergency contact. */
export const RELATIONS = [
  ['父亲', 'M'],
  ['母亲', 'F'],
  ['配偶', 'any'],
  ['兄弟', 'M'],
  ['姐妹', 'F'],
  ['朋友', 'any'],
] as const

/**
 * Cumulative weights: census shares (%) for the top five, a Zipf-like tail after them (杨 ≈ 2.9, rank 50 ≈ 0.26),
 * and compound surnames at 0.03 each.
 */
const SURNAME_CUMULATIVE = (() => {
  const top = [7.1, 7.0, 6.7, 5.4, 4.5]
  let total = 0
  return SURNAMES.map(
    ([han], rank) => (total += han.length > 1 ? 0.03 : (top[rank] ?? 30 / (rank + 2) ** 1.2)),
  )
})()

function pickSurname(rng: Random): Syllable {
  const x = rng.next() * SURNAME_CUMULATIVE.at(-1)!
  return SURNAMES[SURNAME_CUMULATIVE.findIndex((c) => x < c)]!
}

export interface PersonName {
  readonly name: string
  readonly surname: Syllable
  readonly given: readonly Syllable[]
}

export function randomName(rng: Random, gender: 'M' | 'F', surname?: Syllable): PersonName {
  const chosen = surname ?? pickSurname(rng)
  const pool = gender === 'M' ? MALE_GIVEN : FEMALE_GIVEN
  const given = rng.chance(0.65) ? [rng.pick(pool), rng.pick(pool)] : [rng.pick(pool)]
  return { name: chosen[0] + given.map((g) => g[0]).join(''), surname: chosen, given }
}

export function randomNickname(rng: Random, name: PersonName): string {
  const r = rng.next()
  if (r < 0.35) return rng.pick(NICK_ADJECTIVES) + rng.pick(NICK_NOUNS)
  if (r < 0.6) return rng.pick(NICK_FIXED)
  if (r < 0.8)
    return `${name.surname[0]}${rng.pick(['小', '大', '老'])}${rng.pick(['呆', '胖', '白', '哥', '姐'])}`
  return `${name.given.at(-1)![0]}${name.given.at(-1)![0]}`
}

/** Pinyin of the given name (`wei`, `xiaoming`). */
export function givenPinyin(name: PersonName): string {
  return name.given.map((g) => g[1]).join('')
}
