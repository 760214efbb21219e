// Synthetic mobile-operator data: subscribers, handsets, call detail records, SMS, base stations, bills, HTTP xDRs,
// plus one legacy pinyin CDR table. English snake_case without comments except the legacy table.
// Run: node eval/datasets/telecom-cdr/generate.mjs > eval/datasets/telecom-cdr/schema.sql
import process from 'node:process'
import * as L from '../_synth/lib.mjs'

const R = L.makeRng('telecom-cdr/v1')
const W = new L.SqlWriter('telecom-cdr: operator BSS/OSS extract (synthetic)')
const TODAY = new Date('2024-06-30')
const BJ = [L.regionByCode('110105'), L.regionByCode('110108')]

// ---------------------------------------------------------------- tariff plans (50)
const PLAN_BASE = [
  ['5G畅享套餐', [129, 169, 199, 239, 299]],
  ['全球通尊享套餐', [288, 388, 588]],
  ['花卡宝藏版', [19, 29, 39]],
  ['大王卡', [19, 39]],
  ['校园卡', [18, 28]],
  ['5G智享套餐', [99, 129, 159]],
  ['宽带融合套餐', [99, 139, 199]],
  ['流量王', [59, 79]],
  ['老年关怀卡', [8, 18]],
  ['物联网卡', [5, 10]],
  ['畅越冰激凌', [99, 199, 398]],
  ['天翼畅享', [79, 129, 169]],
  ['亲情网', [10, 20]],
]
const plans = []
for (const [name, fees] of PLAN_BASE)
  for (const fee of fees) {
    if (plans.length >= 50) break
    plans.push({
      plan_id: `PL${String(plans.length + 1).padStart(4, '0')}`,
      plan_name: `${name}${fee}元`,
      monthly_fee: fee,
      data_gb: Math.max(1, Math.round(fee / 4)),
      voice_min: fee >= 100 ? fee * 3 : 100,
      area_code: R.pick(['010', '021', '020', '0755', '0571', '028', '027', '025']),
      service_hotline: R.pick(['10086', '10010', '10000']),
    })
  }
while (plans.length < 50)
  plans.push({
    ...plans[plans.length % 30],
    plan_id: `PL${String(plans.length + 1).padStart(4, '0')}`,
    plan_name: `${plans[plans.length % 30].plan_name}(${R.pick(['2023版', '2024版', '政企版'])})`,
  })
W.table('tariff_plan', {
  columns: [
    ['plan_id', 'varchar(8) PRIMARY KEY'],
    ['plan_name', 'varchar(40)'],
    ['monthly_fee', 'numeric(8,2)'],
    ['data_gb', 'integer'],
    ['voice_min', 'integer'],
    ['area_code', 'varchar(4)'],
    ['service_hotline', 'varchar(8)'],
  ],
  rows: plans,
})

// ---------------------------------------------------------------- base stations (120)
const cells = []
for (let i = 0; i < 120; i++) {
  const r = R.pick(BJ)
  const [lat, lng] = L.jitter(R, r.lat, r.lng, 6000)
  const enb = R.int(100000, 900000)
  cells.push({
    cell_id: enb * 256 + R.int(1, 6),
    lac: R.pick([20845, 20846, 20851, 4371, 4372, 4389]),
    site_name: `${r.dist.replace('区', '')}${R.pick(r.code === '110105' ? ['望京SOHO', '三里屯', '国贸', '酒仙桥', '亚运村', '双井'] : ['中关村创业大街', '五道口', '上地', '西二旗', '万柳', '公主坟'])}_${R.pick(['宏站', '室分', '微站'])}_${R.int(1, 9)}`,
    longitude: lng,
    latitude: lat,
    vendor: R.pick(['华为', '中兴', '爱立信', '诺基亚贝尔']),
    band: R.pick(['FDD1800', 'TDD-F', 'TDD-D', 'NR 2.6G', 'NR 700M']),
    install_addr: L.cnAddress(R, r).replace(/号.*$/, `号${R.pick(['楼顶', '地下一层机房', '3层弱电间'])}`),
  })
}
W.table('base_station', {
  columns: [
    ['cell_id', 'bigint PRIMARY KEY'],
    ['lac', 'integer'],
    ['site_name', 'varchar(60)'],
    ['longitude', 'numeric(10,6)'],
    ['latitude', 'numeric(9,6)'],
    ['vendor', 'varchar(20)'],
    ['band', 'varchar(12)'],
    ['install_addr', 'varchar(120)'],
  ],
  rows: cells,
})

// ---------------------------------------------------------------- subscribers (200) and handsets (200)
const subs = []
for (let i = 0; i < 200; i++) {
  const g = R.chance(0.5) ? 'F' : 'M'
  const n = L.cnName(R, g)
  const birth = L.birthDate(R, 16, 85, TODAY)
  const home = R.pick(BJ)
  const certType = R.weighted([
    ['身份证', 95],
    ['护照', 2],
    ['港澳居民来往内地通行证', 3],
  ])
  subs.push({
    subs_id: 5100000000 + i * 17,
    msisdn: L.mobile(R),
    imsi: L.imsi(R),
    iccid: L.iccid(R),
    cust_name: n.name,
    cert_type: certType,
    cert_no:
      certType === '身份证'
        ? L.cnId(R, R.pick(L.REGIONS).code, birth, g)
        : certType === '护照'
          ? L.passportCn(R)
          : 'H' + R.digits(8),
    install_addr: L.cnAddress(R, home),
    plan_id: R.pick(plans).plan_id,
    activate_time: L.ts(R.date('2010-01-01', '2024-05-01')),
    status: R.weighted([
      ['正常', 90],
      ['停机', 6],
      ['销户', 4],
    ]),
    star_level: R.weighted([
      ['一星', 20],
      ['二星', 25],
      ['三星', 25],
      ['四星', 15],
      ['五星金', 10],
      ['五星钻', 5],
    ]),
    is_realname_verified: R.chance(0.97),
    arpu_3m: R.float(8, 420, 2),
  })
}
W.table('subscriber', {
  columns: [
    ['subs_id', 'bigint PRIMARY KEY'],
    ['msisdn', 'varchar(15) UNIQUE'],
    ['imsi', 'varchar(15)'],
    ['iccid', 'varchar(20)'],
    ['cust_name', 'varchar(40)'],
    ['cert_type', 'varchar(20)'],
    ['cert_no', 'varchar(20)'],
    ['install_addr', 'varchar(120)'],
    ['plan_id', 'varchar(8)'],
    ['activate_time', 'timestamp'],
    ['status', 'varchar(4)'],
    ['star_level', 'varchar(4)'],
    ['is_realname_verified', 'boolean'],
    ['arpu_3m', 'numeric(8,2)'],
  ],
  rows: subs,
})
const MODELS = [
  ['Apple', 'iPhone 15 Pro', () => `17.${R.int(0, 5)}.${R.int(0, 1)}`],
  ['Apple', 'iPhone 13', () => `16.${R.int(0, 7)}.${R.int(0, 2)}`],
  ['Xiaomi', '23049RAD8C', () => `14.0.${R.int(1, 30)}.0`],
  ['Xiaomi', 'Redmi K70', () => `1.0.${R.int(2, 40)}.0`],
  ['HUAWEI', 'ALN-AL00', () => `4.0.0.${R.int(100, 200)}`],
  ['HUAWEI', 'NOH-AN00', () => `3.0.0.${R.int(100, 255)}`],
  ['OPPO', 'PHZ110', () => `14.0.${R.int(0, 3)}.${R.int(100, 250)}`],
  ['vivo', 'V2219A', () => `13.${R.int(0, 1)}.${R.int(10, 20)}.${R.int(1, 30)}`],
  ['HONOR', 'ANN-AN00', () => `8.0.0.${R.int(100, 230)}`],
  ['Samsung', 'SM-S9180', () => `14.${R.int(0, 1)}`],
]
const handsets = subs.map((s) => {
  const [brand, model, ver] = R.pick(MODELS)
  const im = L.imei(R)
  return {
    imei: im,
    tac: im.slice(0, 8),
    brand,
    model,
    os_version: ver(),
    msisdn: s.msisdn,
    first_seen: L.ts(R.date('2021-01-01', '2024-06-01')),
  }
})
W.table('handset', {
  columns: [
    ['imei', 'char(15) PRIMARY KEY'],
    ['tac', 'char(8)'],
    ['brand', 'varchar(20)'],
    ['model', 'varchar(30)'],
    ['os_version', 'varchar(20)'],
    ['msisdn', 'varchar(15)'],
    ['first_seen', 'timestamp'],
  ],
  rows: handsets,
})
const imeiOf = new Map(handsets.map((h) => [h.msisdn, h.imei]))

// ---------------------------------------------------------------- voice CDRs (300)
const SERVICE = ['10086', '95588', '95555', '12345', '4008123123', '95533', '12306']
const other = () =>
  R.weighted([
    [() => L.mobile(R), 70],
    [() => R.pick(subs).msisdn, 10],
    [() => L.landline(R, R.pick(BJ)).replace('-', ''), 12],
    [() => R.pick(SERVICE), 8],
  ])()
const cdrs = []
for (let i = 0; i < 300; i++) {
  const s = R.pick(subs)
  const mo = R.chance(0.55)
  const c = R.pick(cells)
  const t = R.date('2024-06-01', '2024-06-29')
  cdrs.push({
    cdr_id: R.uuid(),
    calling_number: mo ? s.msisdn : other(),
    called_number: mo ? other() : s.msisdn,
    start_time: L.ts(t),
    duration_sec: R.weighted([
      [0, 8],
      [R.int(1, 60), 40],
      [R.int(61, 600), 45],
      [R.int(601, 5400), 7],
    ]),
    call_type: mo ? 'MO' : R.chance(0.95) ? 'MT' : 'FWD',
    imei: imeiOf.get(s.msisdn),
    lac: c.lac,
    cell_id: c.cell_id,
    roam_flag: R.weighted([
      [0, 92],
      [1, 6],
      [2, 2],
    ]),
    charge_fee: mo ? R.float(0, 3.5, 2) : 0,
  })
}
cdrs.sort((a, b) => a.start_time.localeCompare(b.start_time))
W.table('cdr_voice', {
  columns: [
    ['cdr_id', 'uuid PRIMARY KEY'],
    ['calling_number', 'varchar(20)'],
    ['called_number', 'varchar(20)'],
    ['start_time', 'timestamp'],
    ['duration_sec', 'integer'],
    ['call_type', 'varchar(4)'],
    ['imei', 'char(15)'],
    ['lac', 'integer'],
    ['cell_id', 'bigint'],
    ['roam_flag', 'smallint'],
    ['charge_fee', 'numeric(6,2)'],
  ],
  rows: cdrs,
})

// ---------------------------------------------------------------- SMS (250)
const SMS_IN = [
  () => [
    '106980095588',
    `【工商银行】您的验证码为${R.digits(6)}，您正在进行网上支付，5分钟内有效，请勿泄露。`,
  ],
  () => [
    '10086',
    `【中国移动】尊敬的客户，截至${R.int(1, 28)}日24时，您本月套餐内流量已使用${R.int(60, 95)}%，剩余${R.float(0.5, 20, 1)}GB。`,
  ],
  () => [
    '1069070695',
    `【顺丰速运】您的快件SF${R.digits(13)}已放至丰巢柜，取件码${R.digits(6)}，请及时领取。`,
  ],
  () => [
    '1065502999',
    `【好大夫在线】您预约的${R.pick(['精神科', '妇产科', '泌尿外科', '心内科'])}${R.pick(['王', '李', '陈'])}医生门诊已确认，就诊时间${R.int(6, 7)}月${R.int(1, 28)}日上午。`,
  ],
  () => [
    '95555',
    `【招商银行】您账户${R.digits(4)}于${R.int(1, 28)}日${R.int(8, 22)}:${R.int(10, 59)}消费人民币${R.float(10, 3000, 2)}元，余额${R.float(100, 90000, 2)}元。`,
  ],
]
const SMS_P2P = [
  '妈，我今晚加班不回家吃饭了',
  '明天下午三点在望京SOHO T2见',
  '老王，上次借你的2000块下周还你',
  '复查结果出来了，医生说没大问题，别担心',
  '快递放门卫了',
  '你到哪了？我在地铁口等你',
  '孩子发烧38度5，我先带去儿研所',
  '房租转你了，查收一下',
  '会议改到周四了',
  '生日快乐！晚上一起吃饭吗',
  '我到家了',
  '帮我带份早饭，谢谢',
  '体检报告说血糖有点高',
  '车停在B2层C区了',
  '下周去上海出差，周三回来',
]
const sms = []
for (let i = 0; i < 250; i++) {
  const s = R.pick(subs)
  const p2p = R.chance(0.55)
  const [sender, content] = p2p
    ? R.chance(0.5)
      ? [s.msisdn, R.pick(SMS_P2P)]
      : [L.mobile(R), R.pick(SMS_P2P)]
    : R.pick(SMS_IN)()
  const receiver = p2p && sender === s.msisdn ? L.mobile(R) : s.msisdn
  sms.push({
    msg_id: 7000000000 + i,
    sender,
    receiver,
    send_time: L.ts(R.date('2024-06-01', '2024-06-29')),
    content,
    sms_center: R.pick(['+8613800100500', '+8613800210500', '+8613800200500', '+8613800755500']),
    status: R.weighted([
      ['DELIVRD', 95],
      ['EXPIRED', 3],
      ['UNDELIV', 2],
    ]),
    segments: content.length > 70 ? 2 : 1,
  })
}
W.table('sms_log', {
  columns: [
    ['msg_id', 'bigint PRIMARY KEY'],
    ['sender', 'varchar(20)'],
    ['receiver', 'varchar(20)'],
    ['send_time', 'timestamp'],
    ['content', 'text'],
    ['sms_center', 'varchar(16)'],
    ['status', 'varchar(8)'],
    ['segments', 'smallint'],
  ],
  rows: sms,
})

// ---------------------------------------------------------------- monthly bills (200)
const bills = []
for (let i = 0; i < 200; i++) {
  const s = subs[i]
  const voice = R.float(0, 60, 2),
    data = R.float(0, 80, 2)
  const fee = plans.find((p) => p.plan_id === s.plan_id).monthly_fee
  const ch = R.weighted([
    ['支付宝', 35],
    ['微信支付', 30],
    ['银行卡代扣', 20],
    ['营业厅现金', 10],
    ['充值卡', 5],
  ])
  const acct =
    ch === '支付宝'
      ? R.chance(0.6)
        ? L.maskMobile(s.msisdn)
        : `${R.chars(3, 'abcdefghijklmnopqrstuvwxyz')}***@${R.pick(['163.com', 'qq.com', 'sina.com'])}`
      : ch === '微信支付'
        ? `o${R.chars(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`
        : ch === '银行卡代扣'
          ? (() => {
              const c = L.bankCard(R)
              return `${c.slice(0, 4)} **** **** ${c.slice(-4)}`
            })()
          : null
  bills.push({
    bill_id: `B202405${String(i + 1).padStart(7, '0')}`,
    msisdn: s.msisdn,
    bill_month: '202405',
    voice_fee: voice,
    data_fee: data,
    total_fee: Number((fee + voice + data).toFixed(2)),
    pay_channel: ch,
    pay_account: acct,
    invoice_title: R.chance(0.7)
      ? s.cust_name
      : `${R.pick(['北京', '上海'])}${R.pick(['华信', '博雅', '智联', '天成'])}${R.pick(['科技', '贸易', '咨询'])}有限公司`,
  })
}
W.table('bill_monthly', {
  columns: [
    ['bill_id', 'varchar(16) PRIMARY KEY'],
    ['msisdn', 'varchar(15)'],
    ['bill_month', 'char(6)'],
    ['voice_fee', 'numeric(8,2)'],
    ['data_fee', 'numeric(8,2)'],
    ['total_fee', 'numeric(8,2)'],
    ['pay_channel', 'varchar(10)'],
    ['pay_account', 'varchar(40)'],
    ['invoice_title', 'varchar(60)'],
  ],
  rows: bills,
})

// ---------------------------------------------------------------- HTTP xDR for analytics (250): MSISDN replaced by unsalted SHA-256
const SITES = [
  [
    'weixin.qq.com',
    () => '/cgi-bin/mmwebwx-bin/webwxinit',
    'WeChat',
    () => `8.0.${R.int(40, 50)}.${R.int(10, 250)}`,
  ],
  [
    's.taobao.com',
    () =>
      `/search?q=${encodeURIComponent(R.pick(['验孕棒', '连衣裙', '降压药', '婴儿奶粉', '假发', '助听器']))}`,
    'Taobao',
    () => `10.${R.int(30, 40)}.${R.int(0, 20)}.${R.int(0, 9)}`,
  ],
  [
    'm.jd.com',
    () => `/product/${R.digits(12)}.html`,
    'JD',
    () => `13.${R.int(0, 5)}.${R.int(0, 9)}.${R.int(0, 9)}`,
  ],
  [
    'www.haodf.com',
    () => `/doctor/list-all-${R.pick(['jingshenke', 'fuchanke', 'zhongliuke', 'ganranke'])}.html`,
    'haodf',
    () => `7.${R.int(0, 9)}.${R.int(0, 9)}.${R.int(0, 99)}`,
  ],
  [
    'api.amap.com',
    () => `/v3/geocode/regeo?location=${L.jitter(R, 39.95, 116.45, 5000).reverse().join(',')}`,
    'Amap',
    () => `13.${R.int(0, 9)}.${R.int(0, 9)}.${R.int(1000, 1999) % 256}`,
  ],
  ['www.zhihu.com', () => `/question/${R.int(100000000, 699999999)}`, 'Zhihu', () => `3.2.1.${R.int(1, 9)}`],
  ['www.12306.cn', () => '/otn/leftTicket/query', '12306', () => `5.${R.int(5, 8)}.0.${R.int(1, 20)}`],
  [
    'www.bilibili.com',
    () => `/video/BV1${R.chars(9, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789')}`,
    'bilibili',
    () => `7.${R.int(10, 30)}.0.${R.int(0, 9)}`,
  ],
  [
    'mbank.cmbchina.com',
    () => '/api/account/balance',
    'CMB',
    () => `11.${R.int(0, 6)}.${R.int(0, 9)}.${R.int(0, 9)}`,
  ],
]
const xdr = []
for (let i = 0; i < 250; i++) {
  const s = R.pick(subs)
  const [host, path, , ver] = R.pick(SITES)
  xdr.push({
    session_id: R.hex(24),
    msisdn_sha256: L.sha256(s.msisdn),
    imsi: s.imsi,
    client_ip: R.chance(0.8)
      ? `10.${R.int(32, 191)}.${R.int(0, 255)}.${R.int(1, 254)}`
      : `100.${R.int(64, 127)}.${R.int(0, 255)}.${R.int(1, 254)}`,
    server_ip: L.ipv4(R),
    host,
    url: `https://${host}${path()}`,
    user_agent: R.pick(L.UAS),
    app_version: ver(),
    up_bytes: R.int(300, 90000),
    down_bytes: R.int(1000, 9000000),
    start_time: L.ts(R.date('2024-06-28', '2024-06-29')),
    apn: R.pick(['cmnet', 'cmwap', 'ims']),
  })
}
W.table('xdr_http', {
  columns: [
    ['session_id', 'char(24) PRIMARY KEY'],
    ['msisdn_sha256', 'char(64)'],
    ['imsi', 'varchar(15)'],
    ['client_ip', 'inet'],
    ['server_ip', 'inet'],
    ['host', 'varchar(80)'],
    ['url', 'text'],
    ['user_agent', 'text'],
    ['app_version', 'varchar(20)'],
    ['up_bytes', 'bigint'],
    ['down_bytes', 'bigint'],
    ['start_time', 'timestamp'],
    ['apn', 'varchar(8)'],
  ],
  rows: xdr,
})

// ---------------------------------------------------------------- legacy pinyin CDR (150), with Chinese comments
const legacy = []
for (let i = 0; i < 150; i++) {
  const s = R.pick(subs)
  const c = R.pick(cells)
  const mo = R.chance(0.5)
  legacy.push({
    id: i + 1,
    zjhm: mo ? s.msisdn : other(),
    bjhm: mo ? other() : s.msisdn,
    thsj: L.ts(R.date('2019-01-01', '2019-12-31')),
    thsc: R.int(0, 1800),
    jzbh: c.cell_id,
    jzjd: c.longitude,
    jzwd: c.latitude,
    hjlx: mo ? '01' : '02',
  })
}
W.table('thxd_2019', {
  comment: '通话详单(2019归档)',
  columns: [
    ['id', 'integer PRIMARY KEY'],
    ['zjhm', 'varchar(20)', '主叫号码'],
    ['bjhm', 'varchar(20)', '被叫号码'],
    ['thsj', 'timestamp', '通话开始时间'],
    ['thsc', 'integer', '通话时长(秒)'],
    ['jzbh', 'bigint', '基站编号'],
    ['jzjd', 'numeric(10,6)', '基站经度'],
    ['jzwd', 'numeric(9,6)', '基站纬度'],
    ['hjlx', 'char(2)', '呼叫类型 01主叫 02被叫'],
  ],
  rows: legacy,
})

process.stdout.write(W.toString())
