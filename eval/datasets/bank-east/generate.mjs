// Synthetic bank regulatory-reporting (EAST-style) tables with pinyin-initial column names and Chinese comments.
// Run: node eval/datasets/bank-east/generate.mjs > eval/datasets/bank-east/schema.sql
import process from 'node:process'
import * as L from '../_synth/lib.mjs'

const R = L.makeRng('bank-east/v1')
const W = new L.SqlWriter('bank-east: EAST-style customer, account, transaction and loan tables (synthetic)')
const TODAY = new Date('2024-06-30')
const BRANCHES = ['110105', '110108', '310104', '310115', '440305', '440106', '330106', '320102'].map(
  L.regionByCode,
)
const BANK = '中国工商银行'
const branchName = (r) => `${BANK}${r.city.replace('市', '')}${r.dist.replace(/区|市$/, '')}支行`

// ---------------------------------------------------------------- 个人客户信息 (200)
const ZY = [
  '专业技术人员',
  '办事人员和有关人员',
  '商业、服务业人员',
  '农、林、牧、渔、水利业生产人员',
  '生产、运输设备操作人员及有关人员',
  '国家机关、党群组织、企业、事业单位负责人',
  '军人',
  '不便分类的其他从业人员',
]
const GZDW = [
  '中国石油化工股份有限公司',
  '腾讯科技（深圳）有限公司',
  '上海市徐汇区教育局',
  '杭州海康威视数字技术股份有限公司',
  '中国移动通信集团广东有限公司',
  '南京市玄武区人民医院',
  '个体',
  '无',
  '深圳市南山区粤海街道办事处',
  '中建三局集团有限公司',
]
const customers = []
for (let i = 0; i < 200; i++) {
  const g = R.chance(0.5) ? 'F' : 'M'
  const n = L.cnName(R, g)
  const birth = L.birthDate(R, 18, 80, TODAY)
  const home = R.pick(BRANCHES)
  const origin = R.chance(0.5) ? home : R.pick(L.REGIONS)
  const kind = R.weighted([
    ['居民身份证', 88],
    ['中国护照', 3],
    ['港澳居民来往内地通行证', 4],
    ['台湾居民来往大陆通行证', 3],
    ['外国护照', 2],
  ])
  const zjhm = {
    居民身份证: () => L.cnId(R, origin.code, birth, g),
    中国护照: () => L.passportCn(R),
    港澳居民来往内地通行证: () => R.pick(['H', 'M']) + R.digits(8),
    台湾居民来往大陆通行证: () => R.digits(8),
    外国护照: () => R.pick(['5', '6', 'A', 'C']) + R.digits(8),
  }[kind]()
  const gj = {
    居民身份证: 'CHN',
    中国护照: 'CHN',
    港澳居民来往内地通行证: R.chance(0.8) ? 'HKG' : 'MAC',
    台湾居民来往大陆通行证: 'TWN',
    外国护照: R.pick(['USA', 'SGP', 'JPN', 'KOR', 'GBR']),
  }[kind]
  const age = L.ageOn(birth, TODAY)
  customers.push({
    khtybh: `C${home.code.slice(0, 4)}${String(100000 + i * 37).padStart(8, '0')}`,
    khxm: n.name,
    zjlx: kind === '中国护照' || kind === '外国护照' ? '护照' : kind,
    zjhm,
    xb: g === 'M' ? '1' : '2',
    csrq: L.ymdCompact(birth),
    gj,
    zy: age >= 60 ? '不便分类的其他从业人员' : R.pick(ZY),
    gzdw: R.pick(GZDW),
    lxdh: R.chance(0.92) ? L.mobile(R) : L.landline(R, home),
    txdz: L.cnAddress(R, home),
    yzbm: L.postcode(R, home),
    nsr: R.int(3, 300) * 10000,
    hyzk: R.weighted([
      ['10', 25],
      ['20', 55],
      ['21', 5],
      ['22', 4],
      ['30', 3],
      ['40', 6],
      ['90', 2],
    ]),
    xl: R.weighted([
      ['博士研究生', 3],
      ['硕士研究生', 12],
      ['大学本科', 40],
      ['大学专科', 20],
      ['高中', 15],
      ['初中及以下', 10],
    ]),
    fxdj: R.weighted([
      ['低', 80],
      ['中', 17],
      ['高', 3],
    ]),
    khrq: L.ymdCompact(R.date('2005-01-01', '2024-05-01')),
    _home: home,
    _n: n,
  })
}
W.table('grkhxx', {
  comment: '个人客户信息表',
  columns: [
    ['khtybh', 'varchar(20) PRIMARY KEY', '客户统一编号'],
    ['khxm', 'varchar(60) NOT NULL', '客户姓名'],
    ['zjlx', 'varchar(30)', '证件类别'],
    ['zjhm', 'varchar(30)', '证件号码'],
    ['xb', 'char(1)', '性别(GB/T 2261.1: 1男 2女)'],
    ['csrq', 'char(8)', '出生日期'],
    ['gj', 'char(3)', '国籍'],
    ['zy', 'varchar(40)', '职业'],
    ['gzdw', 'varchar(60)', '工作单位'],
    ['lxdh', 'varchar(20)', '联系电话'],
    ['txdz', 'varchar(120)', '通讯地址'],
    ['yzbm', 'char(6)', '邮政编码'],
    ['nsr', 'numeric(14,2)', '年收入(元)'],
    ['hyzk', 'char(2)', '婚姻状况(GB/T 2261.2)'],
    ['xl', 'varchar(12)', '学历'],
    ['fxdj', 'varchar(4)', '反洗钱风险等级'],
    ['khrq', 'char(8)', '开户日期'],
  ],
  rows: customers.map(({ _home, _n, ...c }) => c),
})

// ---------------------------------------------------------------- 个人活期存款分户账 (200)
const accounts = customers.map((c) => {
  const br = c._home
  return {
    zh: `${br.code.slice(0, 4)}${R.digits(15)}`,
    khtybh: c.khtybh,
    hm: c.khxm,
    kh: L.bankCard(R),
    khh: branchName(br),
    ye: R.float(0, 800000, 2),
    bz: R.weighted([
      ['CNY', 95],
      ['USD', 3],
      ['HKD', 2],
    ]),
    zhzt: R.weighted([
      ['正常', 90],
      ['冻结', 2],
      ['久悬', 4],
      ['销户', 4],
    ]),
    khrq: c.khrq,
    ll: 0.2,
    jgbh: `${br.code}${R.digits(3)}`,
    _br: br,
  }
})
W.table('grhqckfhz', {
  comment: '个人活期存款分户账',
  columns: [
    ['zh', 'varchar(32) PRIMARY KEY', '账号'],
    ['khtybh', 'varchar(20)', '客户统一编号'],
    ['hm', 'varchar(60)', '户名'],
    ['kh', 'varchar(19)', '卡号'],
    ['khh', 'varchar(60)', '开户行'],
    ['ye', 'numeric(16,2)', '余额'],
    ['bz', 'char(3)', '币种'],
    ['zhzt', 'varchar(4)', '账户状态'],
    ['khrq', 'char(8)', '开户日期'],
    ['ll', 'numeric(6,4)', '利率(%)'],
    ['jgbh', 'varchar(12)', '机构编号'],
  ],
  rows: accounts.map(({ _br, ...a }) => a),
})

// ---------------------------------------------------------------- 交易流水 (300)
const MERCHANTS = [
  '财付通支付科技有限公司',
  '支付宝（中国）网络技术有限公司',
  '国网北京市电力公司',
  '北京京东世纪贸易有限公司',
  '中国石化销售股份有限公司',
  '上海拉扎斯信息科技有限公司',
  '北京三快在线科技有限公司',
  '中国人寿保险股份有限公司',
]
const MEMO_P2P = ['转账', '房租', '借款', '还款', '生活费', '红包', '货款']
const MEMO_M = {
  财付通支付科技有限公司: '微信零钱提现',
  '支付宝（中国）网络技术有限公司': '支付宝充值',
  国网北京市电力公司: '电费',
  北京京东世纪贸易有限公司: '网购',
  中国石化销售股份有限公司: '加油',
  上海拉扎斯信息科技有限公司: '餐饮',
  北京三快在线科技有限公司: '外卖',
  中国人寿保险股份有限公司: '保险费',
}
const CNAPS = ['102100099996', '103100000026', '104100000004', '105100000017', '308584000013', '403100000004']
const txns = []
for (let i = 0; i < 300; i++) {
  const a = R.pick(accounts)
  const t = R.date('2024-01-01', '2024-06-29')
  const channel = R.weighted([
    ['手机银行', 50],
    ['网上银行', 12],
    ['柜面', 10],
    ['ATM', 8],
    ['POS', 12],
    ['批量代发', 8],
  ])
  const p2p = channel !== 'POS' && channel !== '批量代发' && R.chance(0.45)
  const other = p2p ? R.pick(customers) : null
  const merchant = p2p
    ? null
    : channel === '批量代发'
      ? R.pick(['华为技术有限公司', '上海市徐汇区教育局', '中建三局集团有限公司'])
      : R.pick(MERCHANTS)
  const credit = channel === '批量代发' || (p2p && R.chance(0.4))
  const amt =
    channel === '批量代发'
      ? R.int(60, 400) * 100
      : channel === 'ATM'
        ? R.int(1, 30) * 100
        : R.float(3, p2p ? 20000 : 3000, 2)
  let dev = null
  if (channel === '手机银行')
    dev = R.weighted([
      [() => L.imei(R), 4],
      [() => R.uuid().toUpperCase(), 3],
      [() => R.hex(16), 3],
    ])()
  txns.push({
    jylsh: L.idShapedSerial(R, a._br.code, t),
    zh: a.zh,
    kh: a.kh,
    jysj: L.ts(t),
    jyje: amt,
    jdbz: credit ? '贷' : '借',
    zhye: R.float(0, 300000, 2),
    dfzh:
      channel === 'ATM'
        ? null
        : p2p
          ? R.chance(0.7)
            ? L.bankCard(R)
            : R.digits(19)
          : `${R.pick(['1100', '3100', '4403'])}${R.digits(12)}`,
    dfhm: channel === 'ATM' ? null : p2p ? other.khxm : merchant,
    dfxh: channel === 'ATM' ? null : R.pick(CNAPS),
    jyqd: channel,
    zy:
      channel === 'ATM'
        ? 'ATM取款'
        : channel === '批量代发'
          ? R.pick(['工资', '绩效奖金', '报销'])
          : p2p
            ? R.pick(MEMO_P2P)
            : MEMO_M[merchant],
    jyip: channel === '手机银行' || channel === '网上银行' ? (R.chance(0.85) ? L.ipv4(R) : L.ipv6(R)) : null,
    jysbh: dev,
    gyh: channel === '柜面' ? `T${a._br.code.slice(2, 4)}${R.digits(4)}` : null,
  })
}
txns.sort((x, y) => x.jysj.localeCompare(y.jysj))
W.table('jyls', {
  comment: '个人账户交易流水',
  columns: [
    ['jylsh', 'char(18) PRIMARY KEY', '交易流水号(机构地区码+交易日期+序号+校验位)'],
    ['zh', 'varchar(32)', '账号'],
    ['kh', 'varchar(19)', '卡号'],
    ['jysj', 'timestamp', '交易时间'],
    ['jyje', 'numeric(16,2)', '交易金额'],
    ['jdbz', 'char(2)', '借贷标志'],
    ['zhye', 'numeric(16,2)', '账户余额'],
    ['dfzh', 'varchar(32)', '对方账号'],
    ['dfhm', 'varchar(60)', '对方户名'],
    ['dfxh', 'varchar(12)', '对方行号'],
    ['jyqd', 'varchar(10)', '交易渠道'],
    ['zy', 'varchar(30)', '摘要'],
    ['jyip', 'varchar(45)', '交易IP'],
    ['jysbh', 'varchar(40)', '交易设备号'],
    ['gyh', 'varchar(8)', '柜员号'],
  ],
  rows: txns,
})

// ---------------------------------------------------------------- 贷款分户账 (150)
const loans = []
for (let i = 0; i < 150; i++) {
  const c = customers[i]
  const yt = R.weighted([
    ['购房', 40],
    ['购车', 15],
    ['个人消费', 30],
    ['个人经营', 15],
  ])
  const dkje =
    yt === '购房' ? R.int(50, 400) * 10000 : yt === '购车' ? R.int(5, 40) * 10000 : R.int(1, 50) * 10000
  const overdue = R.weighted([
    [0, 85],
    [R.int(1, 30), 8],
    [R.int(31, 90), 4],
    [R.int(91, 400), 3],
  ])
  const wjfl =
    overdue === 0
      ? '正常'
      : overdue <= 30
        ? '关注'
        : overdue <= 90
          ? '次级'
          : overdue <= 180
            ? '可疑'
            : '损失'
  const cards = R.int(0, 6)
  loans.push({
    jjh: `JJ${c._home.code}${String(2018000 + i).padStart(8, '0')}`,
    khtybh: c.khtybh,
    dkje,
    dkye: Number((dkje * R.float(0.05, 0.98, 2)).toFixed(2)),
    dkqx: yt === '购房' ? R.pick([120, 240, 360]) : R.pick([12, 24, 36, 60]),
    dbfs: yt === '购房' ? '抵押' : yt === '购车' ? R.pick(['抵押', '保证']) : R.pick(['信用', '保证']),
    dkyt: yt,
    yqts: overdue,
    wjfl,
    zxpf: R.int(overdue > 30 ? 350 : 520, overdue > 30 ? 600 : 950),
    zxbg: `贷记卡${cards}张，当前逾期${overdue > 0 ? 1 : 0}笔；近24个月最高逾期${overdue > 0 ? R.int(1, 6) : 0}期；近6个月查询记录${R.int(0, 14)}次；${R.pick(['无', '有'])}对外担保`,
    dywdz: yt === '购房' ? L.cnAddress(R, c._home) : null,
    ffrq: L.ymdCompact(R.date('2016-01-01', '2024-05-01')),
  })
}
W.table('dkfhz', {
  comment: '个人贷款分户账',
  columns: [
    ['jjh', 'varchar(24) PRIMARY KEY', '借据号'],
    ['khtybh', 'varchar(20)', '客户统一编号'],
    ['dkje', 'numeric(16,2)', '贷款金额'],
    ['dkye', 'numeric(16,2)', '贷款余额'],
    ['dkqx', 'integer', '贷款期限(月)'],
    ['dbfs', 'varchar(4)', '担保方式'],
    ['dkyt', 'varchar(8)', '贷款用途'],
    ['yqts', 'integer', '逾期天数'],
    ['wjfl', 'varchar(4)', '五级分类'],
    ['zxpf', 'integer', '征信评分'],
    ['zxbg', 'text', '征信报告摘要'],
    ['dywdz', 'varchar(120)', '抵押物地址'],
    ['ffrq', 'char(8)', '发放日期'],
  ],
  rows: loans,
})

// ---------------------------------------------------------------- 对公客户 (60)
const INDUSTRY = [
  ['科技', '软件和信息技术服务业'],
  ['贸易', '批发业'],
  ['建设', '房屋建筑业'],
  ['餐饮管理', '餐饮业'],
  ['物流', '道路运输业'],
  ['医药', '医药制造业'],
]
const corps = []
for (let i = 0; i < 60; i++) {
  const r = R.pick(BRANCHES)
  const [suffix, hy] = R.pick(INDUSTRY)
  const bossG = R.chance(0.7) ? 'M' : 'F'
  const boss = L.cnName(R, bossG)
  const bossBirth = L.birthDate(R, 28, 70, TODAY)
  const word = R.pick([
    '华信',
    '鼎盛',
    '宏远',
    '智联',
    '恒通',
    '金桥',
    '博雅',
    '瑞丰',
    '天成',
    '众合',
    '新程',
    '安泰',
  ])
  corps.push({
    khtybh: `G${r.code}${String(i + 1).padStart(6, '0')}`,
    qymc: `${r.city.replace('市', '')}${word}${suffix}${R.pick(['有限公司', '股份有限公司', '有限责任公司'])}`,
    tyshxydm: L.uscc(R, { prefix: '91', area: r.code }),
    fddbr: boss.name,
    fddbrzjhm: L.cnId(R, R.pick(L.REGIONS).code, bossBirth, bossG),
    zcdz:
      L.cnAddress(R, r).replace(/[^号]+室$/, '') +
      R.pick(['', `${R.int(2, 30)}层`, `B座${R.int(1, 20)}0${R.int(1, 9)}`]),
    lxdh: R.chance(0.7) ? L.landline(R, r) : L.mobile(R),
    zczb: R.int(10, 5000) * 10000,
    hy,
    clrq: L.ymdCompact(R.date('1998-01-01', '2023-12-01')),
  })
}
W.table('dgkh', {
  comment: '对公客户信息表',
  columns: [
    ['khtybh', 'varchar(20) PRIMARY KEY', '客户统一编号'],
    ['qymc', 'varchar(80)', '企业名称'],
    ['tyshxydm', 'char(18)', '统一社会信用代码'],
    ['fddbr', 'varchar(30)', '法定代表人'],
    ['fddbrzjhm', 'varchar(18)', '法定代表人证件号码'],
    ['zcdz', 'varchar(120)', '注册地址'],
    ['lxdh', 'varchar(20)', '联系电话'],
    ['zczb', 'numeric(16,2)', '注册资本(元)'],
    ['hy', 'varchar(30)', '行业'],
    ['clrq', 'char(8)', '成立日期'],
  ],
  rows: corps,
})

// ---------------------------------------------------------------- 证券信息 (50): 6-digit stock codes look like postcodes
const STOCKS = [
  ['600519', '贵州茅台', '酒、饮料和精制茶制造业'],
  ['000001', '平安银行', '货币金融服务'],
  ['300750', '宁德时代', '电气机械和器材制造业'],
  ['601318', '中国平安', '保险业'],
  ['600036', '招商银行', '货币金融服务'],
  ['000858', '五粮液', '酒、饮料和精制茶制造业'],
  ['000333', '美的集团', '电气机械和器材制造业'],
  ['601012', '隆基绿能', '电气机械和器材制造业'],
  ['002594', '比亚迪', '汽车制造业'],
  ['600276', '恒瑞医药', '医药制造业'],
  ['601166', '兴业银行', '货币金融服务'],
  ['600900', '长江电力', '电力、热力生产和供应业'],
  ['000651', '格力电器', '电气机械和器材制造业'],
  ['601888', '中国中免', '零售业'],
  ['600030', '中信证券', '资本市场服务'],
  ['002415', '海康威视', '计算机、通信和其他电子设备制造业'],
  ['300059', '东方财富', '互联网和相关服务'],
  ['601398', '工商银行', '货币金融服务'],
  ['601288', '农业银行', '货币金融服务'],
  ['601988', '中国银行', '货币金融服务'],
  ['601939', '建设银行', '货币金融服务'],
  ['600028', '中国石化', '石油加工业'],
  ['601857', '中国石油', '石油和天然气开采业'],
  ['600309', '万华化学', '化学原料和化学制品制造业'],
  ['000568', '泸州老窖', '酒、饮料和精制茶制造业'],
  ['600887', '伊利股份', '食品制造业'],
  ['002475', '立讯精密', '计算机、通信和其他电子设备制造业'],
  ['300760', '迈瑞医疗', '专用设备制造业'],
  ['603259', '药明康德', '研究和试验发展'],
  ['601899', '紫金矿业', '有色金属矿采选业'],
  ['600000', '浦发银行', '货币金融服务'],
  ['600048', '保利发展', '房地产业'],
  ['000002', '万科A', '房地产业'],
  ['601328', '交通银行', '货币金融服务'],
  ['600104', '上汽集团', '汽车制造业'],
  ['601668', '中国建筑', '土木工程建筑业'],
  ['600050', '中国联通', '电信、广播电视和卫星传输服务'],
  ['000725', '京东方A', '计算机、通信和其他电子设备制造业'],
  ['002352', '顺丰控股', '邮政业'],
  ['601728', '中国电信', '电信、广播电视和卫星传输服务'],
  ['600941', '中国移动', '电信、广播电视和卫星传输服务'],
  ['688981', '中芯国际', '计算机、通信和其他电子设备制造业'],
  ['688111', '金山办公', '软件和信息技术服务业'],
  ['300124', '汇川技术', '电气机械和器材制造业'],
  ['002714', '牧原股份', '畜牧业'],
  ['600809', '山西汾酒', '酒、饮料和精制茶制造业'],
  ['000063', '中兴通讯', '计算机、通信和其他电子设备制造业'],
  ['601601', '中国太保', '保险业'],
  ['600585', '海螺水泥', '非金属矿物制品业'],
  ['601006', '大秦铁路', '铁路运输业'],
]
W.table('zqxx', {
  comment: '证券基础信息',
  columns: [
    ['zqdm', 'char(6) PRIMARY KEY', '证券代码'],
    ['zqjc', 'varchar(20)', '证券简称'],
    ['ssrq', 'date', '上市日期'],
    ['sshy', 'varchar(40)', '所属行业'],
    ['zgb', 'numeric(16,0)', '总股本(股)'],
  ],
  rows: STOCKS.map(([zqdm, zqjc, sshy]) => ({
    zqdm,
    zqjc,
    ssrq: L.ymd(R.date('1991-01-01', '2021-12-31')),
    sshy,
    zgb: R.int(5, 3500) * 100000000,
  })),
})

// ---------------------------------------------------------------- 短信验证记录 (60)
W.table('dxyzjl', {
  comment: '短信验证码发送记录',
  columns: [
    ['jlid', 'bigint PRIMARY KEY', '记录ID'],
    ['sjh', 'varchar(11)', '手机号'],
    ['yzm', 'char(6)', '验证码'],
    ['fssj', 'timestamp', '发送时间'],
    ['yt', 'varchar(8)', '用途'],
    ['zt', 'varchar(6)', '状态'],
  ],
  rows: Array.from({ length: 60 }, (_, i) => ({
    jlid: 880000 + i,
    sjh: R.chance(0.8) ? R.pick(customers.filter((c) => !c.lxdh.includes('-'))).lxdh : L.mobile(R),
    yzm: R.digits(6),
    fssj: L.ts(R.date('2024-06-01', '2024-06-29')),
    yt: R.pick(['登录', '转账', '重置密码', '绑卡']),
    zt: R.weighted([
      ['已验证', 7],
      ['已过期', 3],
    ]),
  })),
})

process.stdout.write(W.toString())
