/**
 * Non-personal reference tables: categories, products, settings, app releases. They give the classifier
 * something to stay quiet about, including traps: product names with surnames in them (`王老吉`, `张小泉`), a
 * company hotline and a no-reply sender in settings, and IPv4-shaped app versions.
 */
import { addYears, DAY_MS, type DemoTable, money, type SqlValue, timestamp } from './demo-sql.js'
import { Random } from './random.js'

// id|name|parent
const CATEGORIES = `
1|数码电子|
2|食品饮料|
3|服饰鞋包|
4|家居日用|
5|美妆个护|
6|母婴玩具|
7|珠宝配饰|
11|手机|1
12|耳机音箱|1
13|电脑外设|1
14|智能穿戴|1
21|调味品|2
22|饮料冲调|2
23|休闲零食|2
24|酒类|2
31|运动鞋|3
32|男装|3
33|女装|3
41|厨具|4
42|床上用品|4
43|收纳整理|4
51|护肤|5
52|香水彩妆|5
61|奶粉辅食|6
62|益智玩具|6
63|童装童鞋|6
71|黄金首饰|7
72|手表|7
`

// name|category|price: several are brands named after people, which a name detector should not flag.
const PRODUCTS = `
无线蓝牙耳机 Pro|12|299
小米手环9|14|249
华为 Mate 60 Pro|11|6999
罗技无线鼠标 M330|13|109
机械键盘 87键 茶轴|13|349
便携蓝牙音箱|12|199
王老吉凉茶 310ml×24罐|22|79
老干妈风味豆豉油制辣椒 280g|21|12.9
李锦记薄盐生抽 500ml|21|15.8
王守义十三香 45g|21|6.5
徐福记沙琪玛 469g|23|19.9
三只松鼠每日坚果 750g|23|89
张裕干红葡萄酒 750ml|24|128
陈克明挂面 1kg|21|9.9
李宁超轻跑鞋|31|399
安踏篮球鞋|31|459
男士纯棉T恤|32|79
女士羊毛针织开衫|33|269
张小泉不锈钢剪刀套装|41|69
苏泊尔不粘炒锅 30cm|41|189
全棉四件套 1.8m|42|299
真空压缩收纳袋 8件套|43|39.9
玻尿酸保湿面霜 50g|51|159
防晒喷雾 SPF50+|51|89
淡香水 50ml|52|499
婴幼儿配方奶粉 3段 800g|61|268
米粉辅食 铁锌钙|61|45
乐高积木 城市系列|62|399
磁力片益智玩具 100片|62|129
儿童防滑运动鞋|63|159
周大福足金手链|71|3899
老凤祥黄金吊坠|71|2199
天王表 机械男表|72|1680
`

const VARIANTS = ['', ' 黑色', ' 白色', ' 礼盒装', ' 2件装', ' 升级版', ' 旗舰款']

export function generateCategories(): DemoTable {
  const rows = CATEGORIES.trim()
    .split('\n')
    .map((line): SqlValue[] => {
      const [id, name, parent] = line.split('|')
      return [Number(id), name!, parent ? Number(parent) : null]
    })
  return { name: 'categories', columns: ['id', 'name', 'parent_id'], rows }
}

export function generateProducts(seed: number, now: number): DemoTable {
  const rng = new Random(seed, 'products')
  const base = PRODUCTS.trim()
    .split('\n')
    .map((line) => line.split('|') as [string, string, string])
  const rows: SqlValue[][] = []
  for (let id = 1; id <= 200; id++) {
    const [name, category, price] = base[(id - 1) % base.length]!
    const variant = id <= base.length ? '' : rng.pick(VARIANTS)
    rows.push([
      id,
      `SKU${String(10_000_000 + id * 7919)}`,
      name + variant,
      Number(category),
      money(Number(price) * (variant ? rng.float(0.9, 1.6) : 1)),
      rng.int(0, 5000),
      timestamp(rng.float(addYears(now, -5), now - DAY_MS)),
    ])
  }
  return {
    name: 'products',
    columns: ['id', 'sku', 'name', 'category_id', 'price', 'stock', 'created_at'],
    rows,
  }
}

const SETTINGS: readonly (readonly [string, unknown])[] = [
  ['sms.rate_limit', { per_minute: 1, per_day: 10 }],
  ['order.auto_confirm_days', { days: 15 }],
  ['retention.login_logs', { days: 180 }],
  ['retention.cs_chat_messages', { days: 1095 }],
  ['feature.flags', { new_checkout: true, dark_mode: false }],
  ['payment.channels', { enabled: ['WECHAT', 'ALIPAY', 'UNIONPAY'] }],
  ['support.hotline', { phone: '400-820-8820', hours: '09:00-21:00' }],
  ['mail.sender', { from: 'noreply@paimall.cn', name: '派猫商城' }],
  ['app.min_version', { android: '5.0.7010', ios: '5.0.1.1' }],
]

export function generateSettings(now: number): DemoTable {
  const rows = SETTINGS.map(([key, value], i): SqlValue[] => [
    key,
    JSON.stringify(value),
    timestamp(now - (i + 1) * 17 * DAY_MS),
  ])
  return { name: 'settings', columns: ['key', 'value', 'updated_at'], rows }
}

const CHANGES = [
  '修复了部分用户手机号无法绑定的问题',
  '优化身份证实名认证流程',
  '新增儿童模式，家长可管理孩子账号',
  '修复已知问题，提升稳定性',
  '支持IPv6网络',
  '优化收货地址智能识别',
  '客服聊天支持发送图片',
  '新增人脸识别登录',
]

/** Android versions like `6.1.7601`, iOS versions like `6.1.2.4`: the latter parse as IPv4 addresses. */
export function generateReleases(seed: number, now: number): DemoTable {
  const rng = new Random(seed, 'app_releases')
  const rows: SqlValue[][] = []
  const start = addYears(now, -5)
  for (let i = 0; i < 20; i++) {
    const major = 5 + Math.floor(i / 10)
    const minor = i % 10
    const at = start + (i + rng.next()) * ((now - start) / 20)
    const android = `${major}.${minor}.${7000 + i * 67 + rng.int(0, 30)}`
    const ios = `${major}.${minor}.${rng.int(0, 3)}.${rng.int(1, 9)}`
    const notes = rng
      .shuffle(CHANGES)
      .slice(0, rng.int(1, 3))
      .map((c, n) => `${n + 1}. ${c}`)
      .join('\n')
    rows.push([
      rows.length + 1,
      'android',
      android,
      timestamp(at),
      notes,
      `paimall-android-${android}-release.zip`,
    ])
    rows.push([rows.length + 1, 'ios', ios, timestamp(at + DAY_MS), notes, `paimall-ios-${ios}.ipa.zip`])
  }
  return {
    name: 'app_releases',
    columns: ['id', 'platform', 'version', 'released_at', 'changelog', 'zip_file'],
    rows,
  }
}
