// Synthetic government / public-security data warehouse: Chinese table and column names for population, migrant and
// cross-border entry data; quoted UPPER_CASE names for tables migrated from Oracle (social assistance, hotels, rail tickets).
// Run: node eval/datasets/gov-dw/generate.mjs > eval/datasets/gov-dw/schema.sql
import process from 'node:process'
import * as L from '../_synth/lib.mjs'

const R = L.makeRng('gov-dw/v1')
const W = new L.SqlWriter('gov-dw: municipal data warehouse extract (synthetic)')
const TODAY = new Date('2024-06-30')
const CITY = L.regionByCode('510107')
const LOCAL = [CITY, L.regionByCode('510681')]

// ---------------------------------------------------------------- 人口基础信息 (200)
const MZ = [
  ['汉族', 88],
  ['彝族', 4],
  ['藏族', 3],
  ['羌族', 2],
  ['回族', 2],
  ['土家族', 1],
]
const RELIGION = [
  ['无', 86],
  ['佛教', 6],
  ['基督教', 3],
  ['伊斯兰教', 2],
  ['天主教', 1],
  ['道教', 2],
]
const EDU = ['研究生', '大学本科', '大学专科', '中等专科', '高中', '初中', '小学', '文盲或半文盲']
const people = []
for (let i = 0; i < 200; i++) {
  const g = R.chance(0.5) ? 'M' : 'F'
  const n = L.cnName(R, g)
  const birth = L.birthDate(R, 0, 90, TODAY)
  const age = L.ageOn(birth, TODAY)
  const hj = R.pick(LOCAL)
  const origin = R.chance(0.7) ? hj : R.pick(L.REGIONS)
  const mz = R.weighted(MZ)
  const hh = Math.floor(i / 3)
  people.push({
    人员编号: `RK${hj.code}${String(100000 + i * 7).padStart(8, '0')}`,
    姓名: n.name,
    曾用名: R.chance(0.08) ? n.surname + L.cnName(R, g).given : null,
    性别: g === 'M' ? '男' : '女',
    民族: mz,
    出生日期: L.ymd(birth),
    公民身份号码: L.cnId(R, origin.code, birth, g),
    旧身份证号: birth.getUTCFullYear() < 1982 && R.chance(0.7) ? L.cnId15(R, origin.code, birth, g) : null,
    户籍地址: L.cnAddress(R, hj),
    现住址: R.chance(0.6) ? null : L.cnAddress(R, R.chance(0.8) ? CITY : R.pick(L.REGIONS)),
    籍贯: `${origin.prov.replace(/省|市|壮族自治区|回族自治区|维吾尔自治区|自治区/, '')}${origin.city.replace('市', '')}`,
    文化程度: age < 7 ? null : R.pick(age < 16 ? ['小学', '初中'] : EDU),
    婚姻状况:
      age < 20
        ? '未婚'
        : R.weighted([
            ['已婚', 68],
            ['未婚', 18],
            ['离婚', 8],
            ['丧偶', 6],
          ]),
    兵役状况:
      g === 'M' && age >= 18
        ? R.weighted([
            ['未服兵役', 85],
            ['退出现役', 12],
            ['服现役', 3],
          ])
        : null,
    宗教信仰: mz === '回族' ? '伊斯兰教' : mz === '藏族' ? '佛教' : R.weighted(RELIGION),
    政治面貌:
      age < 14
        ? '群众'
        : R.weighted([
            ['群众', 70],
            ['中共党员', 12],
            ['共青团员', 15],
            ['民主党派', 1],
          ]),
    职业:
      age < 18
        ? '学生'
        : age > 62
          ? '离退休人员'
          : R.pick(['农民', '工人', '个体工商户', '教师', '医生', '公务员', '企业职员', '自由职业', '无业']),
    服务处所:
      age < 18 || age > 62
        ? null
        : R.pick([
            '成都市武侯区人民政府',
            '四川大学华西医院',
            '成都市第七中学',
            '中铁二局集团有限公司',
            '个体',
            '无',
            '成都京东方光电科技有限公司',
          ]),
    联系电话: age < 12 ? null : L.mobile(R),
    户号: `${hj.code}${String(hh).padStart(6, '0')}`,
    与户主关系:
      i % 3 === 0 && age >= 18
        ? '户主'
        : age < 18
          ? g === 'M'
            ? R.pick(['子', '孙子'])
            : R.pick(['女', '孙女'])
          : R.pick(g === 'M' ? ['配偶', '父亲', '子'] : ['配偶', '母亲', '女']),
    人像照片: L.jpegBytea(R, 32),
  })
}
W.table('人口基础信息', {
  comment: '常住人口基础信息',
  columns: [
    ['人员编号', 'varchar(24) PRIMARY KEY'],
    ['姓名', 'varchar(30)'],
    ['曾用名', 'varchar(30)'],
    ['性别', 'varchar(2)'],
    ['民族', 'varchar(10)'],
    ['出生日期', 'date'],
    ['公民身份号码', 'char(18)'],
    ['旧身份证号', 'char(15)'],
    ['户籍地址', 'varchar(120)'],
    ['现住址', 'varchar(120)'],
    ['籍贯', 'varchar(20)'],
    ['文化程度', 'varchar(10)'],
    ['婚姻状况', 'varchar(4)'],
    ['兵役状况', 'varchar(8)'],
    ['宗教信仰', 'varchar(8)'],
    ['政治面貌', 'varchar(8)'],
    ['职业', 'varchar(12)'],
    ['服务处所', 'varchar(40)'],
    ['联系电话', 'varchar(20)'],
    ['户号', 'varchar(14)'],
    ['与户主关系', 'varchar(6)'],
    ['人像照片', 'bytea'],
  ],
  rows: people,
})

// ---------------------------------------------------------------- 流动人口登记 (150)
W.table('流动人口登记', {
  columns: [
    ['登记编号', 'varchar(20) PRIMARY KEY'],
    ['姓名', 'varchar(30)'],
    ['公民身份号码', 'char(18)'],
    ['暂住地址', 'varchar(120)'],
    ['暂住事由', 'varchar(8)'],
    ['房东姓名', 'varchar(30)'],
    ['房东电话', 'varchar(20)'],
    ['居住证号', 'varchar(20)'],
    ['来源地', 'varchar(30)'],
    ['登记日期', 'date'],
  ],
  rows: Array.from({ length: 150 }, (_, i) => {
    const g = R.chance(0.55) ? 'M' : 'F'
    const n = L.cnName(R, g)
    const birth = L.birthDate(R, 16, 65, TODAY)
    const origin = R.pick(L.REGIONS.filter((r) => r.prov !== '四川省'))
    const d = R.date('2021-01-01', '2024-06-20')
    return {
      登记编号: `LD${CITY.code}${L.ymdCompact(d)}${String(i).padStart(4, '0')}`,
      姓名: n.name,
      公民身份号码: L.cnId(R, origin.code, birth, g),
      暂住地址: L.cnAddress(R, CITY),
      暂住事由: R.weighted([
        ['务工', 60],
        ['经商', 15],
        ['就学', 10],
        ['投靠亲友', 10],
        ['其他', 5],
      ]),
      房东姓名: L.cnName(R, R.chance(0.5) ? 'M' : 'F').name,
      房东电话: L.mobile(R),
      居住证号: R.chance(0.7) ? `${CITY.code}${d.getUTCFullYear()}${R.digits(6)}` : null,
      来源地: `${origin.prov}${origin.city === origin.prov ? '' : origin.city}`,
      登记日期: L.ymd(d),
    }
  }),
})

// ---------------------------------------------------------------- SOCIAL_ASSISTANCE (120)
W.table('SOCIAL_ASSISTANCE', {
  comment: '社会救助对象 (migrated from Oracle)',
  columns: [
    ['CASE_NO', 'varchar(20) PRIMARY KEY'],
    ['APPLICANT_NAME', 'varchar(30)'],
    ['ID_NO', 'char(18)'],
    ['HOUSEHOLD_SIZE', 'smallint'],
    ['MONTHLY_INCOME', 'numeric(10,2)'],
    ['ALLOWANCE_AMOUNT', 'numeric(10,2)'],
    ['ASSISTANCE_TYPE', 'varchar(12)'],
    ['DISABILITY_LEVEL', 'varchar(20)'],
    ['BANK_ACCOUNT', 'varchar(19)'],
    ['APPROVE_DATE', 'date'],
    ['STREET_OFFICE', 'varchar(30)'],
    ['DISTRICT_CODE', 'char(6)'],
  ],
  rows: Array.from({ length: 120 }, (_, i) => {
    const adults = people.filter((x) => x.出生日期 < '2006-06-30')
    const p = adults[(i * 7) % adults.length]
    const size = R.int(1, 5)
    const type = R.weighted([
      ['城市低保', 60],
      ['农村低保', 15],
      ['特困供养', 15],
      ['临时救助', 10],
    ])
    return {
      CASE_NO: `SA${CITY.code}${2019 + (i % 5)}${String(i + 1).padStart(5, '0')}`,
      APPLICANT_NAME: p.姓名,
      ID_NO: p.公民身份号码,
      HOUSEHOLD_SIZE: size,
      MONTHLY_INCOME: R.float(0, 700 * size, 2),
      ALLOWANCE_AMOUNT: R.pick([385, 520, 640, 760, 1100]) * (type === '临时救助' ? 2 : 1),
      ASSISTANCE_TYPE: type,
      DISABILITY_LEVEL: R.weighted([
        [null, 70],
        ['肢体残疾二级', 8],
        ['视力残疾一级', 5],
        ['精神残疾二级', 6],
        ['智力残疾三级', 5],
        ['听力残疾四级', 6],
      ]),
      BANK_ACCOUNT: L.luhnComplete('623' + R.pick(['668', '062', '190']) + R.digits(12)),
      APPROVE_DATE: L.ymd(R.date('2019-01-01', '2024-06-01')),
      STREET_OFFICE: `${CITY.dist}${R.pick(['浆洗街', '玉林', '望江路', '簇桥', '红牌楼', '晋阳', '火车南站'])}街道办事处`,
      DISTRICT_CODE: CITY.code,
    }
  }),
})

// ---------------------------------------------------------------- HOTEL (50) and HOTEL_REGISTRATION (300)
const hotels = Array.from({ length: 50 }, (_, i) => {
  const [lat, lng] = L.jitter(R, CITY.lat, CITY.lng, 6000)
  return {
    HOTEL_ID: 5101070000 + i * 3,
    NAME: `${R.pick(['锦江之星', '如家', '汉庭', '全季', '亚朵', '维也纳', '7天', '速8', '桔子水晶', '希尔顿欢朋'])}酒店(成都${R.pick(['武侯祠', '高升桥', '科华北路', '川大望江', '火车南站', '红牌楼', '玉林'])}店)`,
    ADDRESS: L.cnAddress(R, CITY).replace(/号.*$/, '号'),
    PHONE: L.landline(R, CITY),
    LEGAL_REP: L.cnName(R, R.chance(0.6) ? 'M' : 'F').name,
    LICENSE_NO: `川公特旅字第${R.digits(6)}号`,
    USCC: L.uscc(R, { prefix: '91', area: CITY.code }),
    ROOMS: R.int(40, 320),
    LNG: lng,
    LAT: lat,
  }
})
W.table('HOTEL', {
  columns: [
    ['HOTEL_ID', 'bigint PRIMARY KEY'],
    ['NAME', 'varchar(60)'],
    ['ADDRESS', 'varchar(120)'],
    ['PHONE', 'varchar(20)'],
    ['LEGAL_REP', 'varchar(30)'],
    ['LICENSE_NO', 'varchar(30)'],
    ['USCC', 'char(18)'],
    ['ROOMS', 'smallint'],
    ['LNG', 'numeric(10,6)'],
    ['LAT', 'numeric(9,6)'],
  ],
  rows: hotels,
})
W.table('HOTEL_REGISTRATION', {
  comment: '旅馆业治安管理 - 住宿登记',
  columns: [
    ['REG_ID', 'bigint PRIMARY KEY'],
    ['GUEST_NAME', 'varchar(40)'],
    ['GENDER', 'char(1)'],
    ['BIRTH_DATE', 'char(8)'],
    ['CERT_TYPE', 'varchar(4)'],
    ['CERT_NO', 'varchar(20)'],
    ['NATIONALITY', 'char(3)'],
    ['HOUSEHOLD_ADDRESS', 'varchar(120)'],
    ['HOTEL_ID', 'bigint'],
    ['HOTEL_NAME', 'varchar(60)'],
    ['ROOM_NO', 'varchar(6)'],
    ['CHECKIN_TIME', 'timestamp'],
    ['CHECKOUT_TIME', 'timestamp'],
  ],
  rows: Array.from({ length: 300 }, (_, i) => {
    const g = R.chance(0.55) ? 'M' : 'F'
    const n = L.cnName(R, g)
    const birth = L.birthDate(R, 18, 75, TODAY)
    const origin = R.pick(L.REGIONS)
    const kind = R.weighted([
      ['11', 94],
      ['93', 3],
      ['25', 2],
      ['14', 1],
    ]) // GA/T 517: 11 身份证 93 港澳通行证(回乡证) 25 台胞证 14 护照
    const h = R.pick(hotels)
    const cin = R.date('2024-05-01', '2024-06-25')
    cin.setUTCHours(R.int(12, 23))
    return {
      REG_ID: 880000000 + i,
      GUEST_NAME: n.name,
      GENDER: g === 'M' ? '1' : '2',
      BIRTH_DATE: L.ymdCompact(birth),
      CERT_TYPE: kind,
      CERT_NO:
        kind === '11'
          ? L.cnId(R, origin.code, birth, g)
          : kind === '93'
            ? 'H' + R.digits(8)
            : kind === '25'
              ? R.digits(8)
              : L.passportCn(R),
      NATIONALITY: kind === '93' ? 'HKG' : kind === '25' ? 'TWN' : 'CHN',
      HOUSEHOLD_ADDRESS: kind === '11' ? L.cnAddress(R, origin) : null,
      HOTEL_ID: h.HOTEL_ID,
      HOTEL_NAME: h.NAME,
      ROOM_NO: `${R.int(2, 18)}${String(R.int(1, 40)).padStart(2, '0')}`,
      CHECKIN_TIME: L.ts(cin),
      CHECKOUT_TIME: R.chance(0.9)
        ? L.ts(
            new Date(
              Date.UTC(
                cin.getUTCFullYear(),
                cin.getUTCMonth(),
                cin.getUTCDate() + R.int(1, 4),
                R.int(7, 12),
                R.int(0, 59),
              ),
            ),
          )
        : null,
    }
  }),
})

// ---------------------------------------------------------------- RAIL_TICKET (250)
const STATIONS = [
  '成都东',
  '成都南',
  '重庆北',
  '西安北',
  '北京西',
  '上海虹桥',
  '广州南',
  '昆明南',
  '贵阳北',
  '绵阳',
  '德阳',
  '乐山',
  '峨眉山',
]
W.table('RAIL_TICKET', {
  columns: [
    ['ORDER_NO', 'char(9)'],
    ['BOOKER_ACCOUNT', 'varchar(40)'],
    ['BOOKER_MOBILE', 'varchar(11)'],
    ['PASSENGER_COUNT', 'smallint'],
    ['PASSENGER_NAME', 'varchar(30)'],
    ['PASSENGER_ID_NO', 'char(18)'],
    ['TRAIN_NO', 'varchar(6)'],
    ['DEPART_STATION', 'varchar(10)'],
    ['ARRIVE_STATION', 'varchar(10)'],
    ['DEPART_TIME', 'timestamp'],
    ['SEAT_NO', 'varchar(10)'],
    ['TICKET_PRICE', 'numeric(8,2)'],
  ],
  rows: (() => {
    const rows = []
    while (rows.length < 250) {
      const bg = R.chance(0.5) ? 'M' : 'F'
      const booker = L.cnName(R, bg)
      const count = Math.min(
        R.weighted([
          [1, 60],
          [2, 25],
          [3, 10],
          [4, 5],
        ]),
        250 - rows.length,
      )
      const order = 'E' + R.digits(8)
      const mob = L.mobile(R)
      const acct = R.pick([
        () => `${booker.py[0]}${booker.py[1]}${R.int(1, 999)}`,
        () => mob,
        () => `${booker.py[0]}${booker.py[1]}@163.com`,
      ])()
      const [from, to] = R.shuffle(STATIONS).slice(0, 2)
      const t = R.date('2024-06-01', '2024-07-15')
      const train = `${R.pick(['G', 'D', 'C', 'K'])}${R.int(1, 8999)}`
      const car = String(R.int(1, 16)).padStart(2, '0')
      const price = R.float(20, 900, 1)
      for (let k = 0; k < count; k++) {
        const g = k === 0 ? bg : R.chance(0.5) ? 'M' : 'F'
        const pn = k === 0 ? booker : L.cnName(R, g)
        const birth = L.birthDate(R, k === 0 ? 18 : 3, 80, TODAY)
        rows.push({
          ORDER_NO: order,
          BOOKER_ACCOUNT: acct,
          BOOKER_MOBILE: mob,
          PASSENGER_COUNT: count,
          PASSENGER_NAME: pn.name,
          PASSENGER_ID_NO: L.cnId(R, R.pick(L.REGIONS).code, birth, g),
          TRAIN_NO: train,
          DEPART_STATION: from,
          ARRIVE_STATION: to,
          DEPART_TIME: L.ts(t),
          SEAT_NO: `${car}车${String(R.int(1, 18)).padStart(2, '0')}${R.pick(['A', 'B', 'C', 'D', 'F'])}号`,
          TICKET_PRICE: price,
        })
      }
    }
    return rows
  })(),
})

// ---------------------------------------------------------------- 入境人员 (100): HK / Taiwan / foreign visitors
const HK_SUR = [
  ['陳', 'CHAN'],
  ['李', 'LEE'],
  ['張', 'CHEUNG'],
  ['黃', 'WONG'],
  ['劉', 'LAU'],
  ['林', 'LAM'],
  ['吳', 'NG'],
  ['梁', 'LEUNG'],
  ['何', 'HO'],
  ['鄭', 'CHENG'],
]
const TW_SUR = [
  ['陳', 'CHEN'],
  ['林', 'LIN'],
  ['黃', 'HUANG'],
  ['張', 'CHANG'],
  ['李', 'LI'],
  ['王', 'WANG'],
  ['吳', 'WU'],
  ['劉', 'LIU'],
  ['蔡', 'TSAI'],
  ['楊', 'YANG'],
]
const GIVEN_T = [
  ['志明', 'CHI MING', 'CHIH-MING'],
  ['家豪', 'KA HO', 'CHIA-HAO'],
  ['美玲', 'MEI LING', 'MEI-LING'],
  ['嘉欣', 'KA YAN', 'CHIA-HSIN'],
  ['偉強', 'WAI KEUNG', 'WEI-CHIANG'],
  ['淑芬', 'SUK FAN', 'SHU-FEN'],
  ['俊傑', 'CHUN KIT', 'CHUN-CHIEH'],
  ['詠詩', 'WING SZE', 'YUNG-SHIH'],
]
W.table('入境人员', {
  comment: '港澳台及外籍入境人员',
  columns: [
    ['记录编号', 'bigint PRIMARY KEY'],
    ['姓名', 'varchar(40)'],
    ['英文姓名', 'varchar(60)'],
    ['性别', 'varchar(2)'],
    ['出生日期', 'date'],
    ['证件类型', 'varchar(20)'],
    ['香港身份证号', 'varchar(12)'],
    ['台湾身份证号', 'char(10)'],
    ['回乡证号', 'varchar(11)'],
    ['台胞证号', 'char(8)'],
    ['护照号码', 'varchar(12)'],
    ['入境口岸', 'varchar(20)'],
    ['入境时间', 'timestamp'],
    ['航班车次', 'varchar(10)'],
    ['在华住址', 'varchar(120)'],
  ],
  rows: Array.from({ length: 100 }, (_, i) => {
    const kind = R.weighted([
      ['HK', 45],
      ['TW', 35],
      ['FOREIGN', 20],
    ])
    const g = R.chance(0.5) ? 'M' : 'F'
    const birth = L.birthDate(R, 18, 80, TODAY)
    const gv = R.pick(GIVEN_T)
    let name, en
    if (kind === 'HK') {
      const [s, e] = R.pick(HK_SUR)
      name = s + gv[0]
      en = `${e} ${gv[1]}`
    } else if (kind === 'TW') {
      const [s, e] = R.pick(TW_SUR)
      name = s + gv[0]
      en = `${e} ${gv[2]}`
    } else {
      const e = L.enName(R, g)
      name = e.name
      en = `${e.last.toUpperCase()} ${e.first.toUpperCase()}`
    }
    return {
      记录编号: 9100000 + i,
      姓名: name,
      英文姓名: en,
      性别: g === 'M' ? '男' : '女',
      出生日期: L.ymd(birth),
      证件类型:
        kind === 'HK' ? '港澳居民来往内地通行证' : kind === 'TW' ? '台湾居民来往大陆通行证' : '外国护照',
      香港身份证号: kind === 'HK' ? L.hkid(R) : null,
      台湾身份证号: kind === 'TW' ? L.twId(R, g) : null,
      回乡证号: kind === 'HK' ? 'H' + R.digits(8) + (R.chance(0.3) ? R.digits(2) : '') : null,
      台胞证号: kind === 'TW' ? R.digits(8) : null,
      护照号码: kind === 'FOREIGN' ? R.pick(['5', '6', 'C', 'K', 'P']) + R.digits(8) : null,
      入境口岸: R.pick([
        '成都天府国际机场',
        '成都双流国际机场',
        '深圳罗湖口岸',
        '深圳湾口岸',
        '上海浦东国际机场',
        '厦门五通码头',
      ]),
      入境时间: L.ts(R.date('2024-03-01', '2024-06-28')),
      航班车次: R.pick(['CX', 'HX', 'CI', 'BR', '3U', 'CA', 'KA']) + R.int(100, 999),
      在华住址: L.cnAddress(R, CITY),
    }
  }),
})

process.stdout.write(W.toString())
