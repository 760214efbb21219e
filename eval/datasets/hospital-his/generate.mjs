// Synthetic hospital information system (HIS) with pinyin-initial column names and Chinese comments.
// Run: node eval/datasets/hospital-his/generate.mjs > eval/datasets/hospital-his/schema.sql
import process from 'node:process'
import * as L from '../_synth/lib.mjs'

const R = L.makeRng('hospital-his/v1')
const W = new L.SqlWriter('hospital-his: 门诊/检验/处方 (synthetic)')
const TODAY = new Date('2024-06-30')
/** local wall-clock time within opening hours (timestamps are stored without time zone). */
const workTime = (d) => (d.setUTCHours(R.int(8, 17)), d)

// ---------------------------------------------------------------- 科室字典 (50 rows)
const DEPTS = [
  '呼吸内科',
  '心血管内科',
  '内分泌科',
  '消化内科',
  '感染科',
  '精神科',
  '妇产科',
  '肿瘤科',
  '皮肤科',
  '儿科',
  '骨科',
  '眼科',
  '口腔科',
  '泌尿外科',
  '神经内科',
  '普外科',
  '耳鼻喉科',
]
const depts = []
for (const [i, name] of DEPTS.entries()) {
  for (const unit of ['门诊', '一病区', '二病区']) {
    if (depts.length >= 50) break
    const floor = R.int(1, 12)
    depts.push({
      ksdm: `${String(i + 1).padStart(2, '0')}${unit === '门诊' ? '00' : unit === '一病区' ? '01' : '02'}`,
      ksmc: `${name}${unit}`,
      ksdh: `010-6515${R.digits(4)}`,
      wz:
        unit === '门诊'
          ? `门诊楼${floor}层${R.pick(['东区', '西区', '南区', '北区'])}`
          : `住院部${R.pick(['A', 'B', 'C'])}座${floor}层`,
      base: name,
    })
  }
}
depts.push({ ksdm: '9900', ksmc: '体检中心', ksdh: '010-65159900', wz: '综合楼2层', base: '体检中心' })
depts.splice(50)

// ---------------------------------------------------------------- 员工 (80 rows)
const ZC_DOC = ['主任医师', '副主任医师', '主治医师', '住院医师']
const ZC_OTHER = ['主管护师', '护师', '主管技师', '检验技师']
const staff = []
const PASSWORDS = ['123456', 'his@2023', 'Abc12345', 'qwerty', 'password1', '888888', 'Hospital#1']
for (let i = 0; i < 80; i++) {
  const g = R.chance(0.55) ? 'F' : 'M'
  const n = L.cnName(R, g)
  const birth = L.birthDate(R, 24, 60, TODAY)
  const origin = R.pick(L.REGIONS)
  const dept = i < 50 ? depts[i % depts.length] : R.pick(depts)
  const doctor = i < 60
  staff.push({
    gh: `H${String(10000 + i * 7 + R.int(0, 6))}`,
    xm: n.name,
    xb: g === 'M' ? '男' : '女',
    sfzh: L.cnId(R, origin.code, birth, g),
    sjh: L.mobile(R),
    zc: R.pick(doctor ? ZC_DOC : ZC_OTHER),
    ksdm: dept.ksdm,
    zyzsbh: `${R.pick(['1', '2'])}${R.pick(['10', '11', '31', '44', '32'])}${R.int(2000, 2022)}${R.digits(8)}`,
    rzrq: L.ymd(R.date(new Date(Date.UTC(birth.getUTCFullYear() + 23, 6, 1)).toISOString(), '2024-03-01')),
    gz: R.int(60, 450) * 100,
    zzmm: R.weighted([
      ['中共党员', 4],
      ['群众', 5],
      ['共青团员', 1],
      ['民主党派', 0.5],
    ]),
    zp: L.jpegBytea(R, 24),
    mm: L.md5(R.pick(PASSWORDS) + (R.chance(0.5) ? '' : R.digits(2))),
    _dept: dept,
    _doctor: doctor,
  })
}
W.table('zd_ks', {
  comment: '科室字典',
  columns: [
    ['ksdm', 'varchar(8) PRIMARY KEY', '科室代码'],
    ['ksmc', 'varchar(40) NOT NULL', '科室名称'],
    ['ksdh', 'varchar(20)', '科室电话'],
    ['wz', 'varchar(40)', '位置'],
    ['ksfzr', 'varchar(20)', '科室负责人'],
  ],
  rows: depts.map((d) => ({
    ksdm: d.ksdm,
    ksmc: d.ksmc,
    ksdh: d.ksdh,
    wz: d.wz,
    ksfzr: R.pick(staff.filter((s) => s._doctor)).xm,
  })),
})
W.table('yg_xx', {
  comment: '员工信息表',
  columns: [
    ['gh', 'varchar(10) PRIMARY KEY', '工号'],
    ['xm', 'varchar(20) NOT NULL', '姓名'],
    ['xb', 'varchar(2)', '性别'],
    ['sfzh', 'varchar(18)', '身份证号'],
    ['sjh', 'varchar(11)', '手机号'],
    ['zc', 'varchar(20)', '职称'],
    ['ksdm', 'varchar(8)', '所在科室代码'],
    ['zyzsbh', 'varchar(20)', '执业证书编码'],
    ['rzrq', 'date', '入职日期'],
    ['gz', 'numeric(10,2)', '月工资'],
    ['zzmm', 'varchar(10)', '政治面貌'],
    ['zp', 'bytea', '照片'],
    ['mm', 'char(32)', '登录密码(MD5)'],
  ],
  rows: staff.map(({ _dept, _doctor, ...s }) => s),
})

// ---------------------------------------------------------------- 患者 (200 rows)
const MZ = [
  ['汉族', 90],
  ['回族', 2],
  ['满族', 2],
  ['壮族', 1.5],
  ['维吾尔族', 1],
  ['苗族', 1],
  ['土家族', 1],
  ['蒙古族', 1],
  ['藏族', 0.5],
  ['朝鲜族', 0.5],
]
const ZY = [
  '教师',
  '工程师',
  '医生',
  '护士',
  '公务员',
  '个体经营',
  '农民',
  '工人',
  '职员',
  '司机',
  '销售',
  '会计',
  '律师',
  '程序员',
  '退休',
  '无业',
]
const GZDW = [
  '北京市朝阳区实验小学',
  '华为技术有限公司',
  '中国建设银行股份有限公司北京分行',
  '北京京东世纪贸易有限公司',
  '朝阳区人民政府',
  '国家电网北京市电力公司',
  '北京首都国际机场股份有限公司',
  '中铁建设集团有限公司',
  '北京字节跳动科技有限公司',
  '北京协和医院',
  '顺丰速运有限公司',
]
const GMS = [
  ['无', 70],
  ['青霉素过敏', 8],
  ['头孢类过敏', 4],
  ['磺胺类药物过敏', 3],
  ['海鲜过敏', 4],
  ['花粉过敏', 3],
  ['阿司匹林过敏', 2],
  ['碘造影剂过敏', 1],
  ['不详', 5],
]
const XX = [
  ['A型 Rh阳性', 28],
  ['B型 Rh阳性', 30],
  ['O型 Rh阳性', 30],
  ['AB型 Rh阳性', 9],
  ['O型 Rh阴性', 1],
  ['A型 Rh阴性', 1],
  [null, 10],
]
const ROADS_SCHOOL = ['实验', '育才', '光明', '中关村第一', '芳草地', '白家庄', '和平里', '回民']
const patients = []
for (let i = 0; i < 200; i++) {
  const g = R.chance(0.52) ? 'F' : 'M'
  const n = L.cnName(R, g)
  const age = R.weighted([
    [[0, 13], 18],
    [[14, 17], 5],
    [[18, 44], 35],
    [[45, 64], 25],
    [[65, 90], 17],
  ])
  const birth = L.birthDate(R, age[0], age[1], TODAY)
  const years = L.ageOn(birth, TODAY)
  const home = R.chance(0.75) ? L.regionByCode(R.pick(['110105', '110108'])) : R.pick(L.REGIONS)
  const origin = R.chance(0.6) ? home : R.pick(L.REGIONS)
  const child = years < 18
  const guardian = child ? L.cnName(R, R.chance(0.5) ? 'F' : 'M') : null
  const zy = years < 18 ? '学生' : years >= 62 ? '退休' : R.pick(ZY)
  patients.push({
    brid: `P${String(20180000 + i * 13 + R.int(0, 12)).padStart(8, '0')}`,
    xm: n.name,
    xb: g === 'M' ? '男' : '女',
    csrq: L.ymd(birth),
    nl: years,
    mz: R.weighted(MZ),
    sfzh: years < 1 && R.chance(0.5) ? null : L.cnId(R, origin.code, birth, g),
    lxdh: child ? L.mobile(R) : R.chance(0.82) ? L.mobile(R) : L.landline(R, home),
    jtzz: L.cnAddress(R, home),
    yzbm: L.postcode(R, home),
    hyzk:
      years < 20
        ? '未婚'
        : R.weighted([
            ['已婚', 70],
            ['未婚', 18],
            ['离异', 7],
            ['丧偶', years > 55 ? 8 : 1],
          ]),
    zy,
    gzdw: ['学生', '退休', '无业', '农民', '个体经营'].includes(zy)
      ? zy === '学生' && years >= 3
        ? years < 6
          ? `${home.dist}第${R.int(1, 30)}幼儿园`
          : years < 12
            ? `${home.dist}${R.pick(ROADS_SCHOOL)}小学`
            : `${home.city}第${R.int(2, 180)}中学`
        : null
      : R.pick(GZDW),
    jzkh: `${R.int(10, 99)}${R.digits(8)}`,
    ybkh: R.chance(0.9) ? R.pick(['L', 'A', 'B']) + R.digits(8) : null,
    gms: R.weighted(GMS),
    xx: R.weighted(XX),
    jhrxm: child ? guardian.name : null,
    jhrdh: child ? L.mobile(R) : null,
    zcrq: L.ts(workTime(R.date('2018-01-01', '2024-06-01'))),
    yxbz: R.chance(0.95) ? 1 : 0,
    _g: g,
    _age: years,
  })
}
W.table('hz_jbxx', {
  comment: '患者基本信息',
  columns: [
    ['brid', 'varchar(12) PRIMARY KEY', '病人ID'],
    ['xm', 'varchar(20) NOT NULL', '姓名'],
    ['xb', 'varchar(2)', '性别'],
    ['csrq', 'date', '出生日期'],
    ['nl', 'integer', '年龄'],
    ['mz', 'varchar(10)', '民族'],
    ['sfzh', 'varchar(18)', '身份证号'],
    ['lxdh', 'varchar(20)', '联系电话'],
    ['jtzz', 'varchar(120)', '家庭住址'],
    ['yzbm', 'char(6)', '邮政编码'],
    ['hyzk', 'varchar(4)', '婚姻状况'],
    ['zy', 'varchar(20)', '职业'],
    ['gzdw', 'varchar(60)', '工作单位'],
    ['jzkh', 'varchar(12)', '就诊卡号'],
    ['ybkh', 'varchar(12)', '医保卡号'],
    ['gms', 'varchar(40)', '过敏史'],
    ['xx', 'varchar(12)', '血型'],
    ['jhrxm', 'varchar(20)', '监护人姓名'],
    ['jhrdh', 'varchar(20)', '监护人电话'],
    ['zcrq', 'timestamp', '建档时间'],
    ['yxbz', 'smallint', '有效标志'],
  ],
  rows: patients.map(({ _g, _age, ...p }) => p),
})

// ---------------------------------------------------------------- 门诊就诊 (300 rows)
// [科室, ICD-10, 诊断名称, 主诉, 药品, 规格, 用法用量, 单价]
const DX = [
  [
    '呼吸内科',
    'J06.9',
    '急性上呼吸道感染',
    '咳嗽、咽痛3天',
    '连花清瘟胶囊',
    '0.35g*24粒',
    '口服，一次4粒，一日3次',
    14.8,
  ],
  [
    '呼吸内科',
    'J18.9',
    '肺炎',
    '发热伴咳嗽5天',
    '头孢呋辛酯片',
    '0.25g*12片',
    '口服，一次1片，一日2次',
    32.5,
  ],
  [
    '呼吸内科',
    'J45.9',
    '支气管哮喘',
    '反复喘息2年，加重1周',
    '布地奈德福莫特罗吸入粉雾剂',
    '160μg/4.5μg*60吸',
    '吸入，一次1吸，一日2次',
    286,
  ],
  [
    '心血管内科',
    'I10',
    '原发性高血压',
    '头晕1月',
    '苯磺酸氨氯地平片',
    '5mg*28片',
    '口服，一次1片，一日1次',
    26.3,
  ],
  [
    '心血管内科',
    'I25.1',
    '冠状动脉粥样硬化性心脏病',
    '活动后胸闷3月',
    '阿托伐他汀钙片',
    '20mg*7片',
    '口服，一次1片，每晚1次',
    18.9,
  ],
  [
    '内分泌科',
    'E11.9',
    '2型糖尿病',
    '口干多饮半年',
    '盐酸二甲双胍缓释片',
    '0.5g*30片',
    '口服，一次2片，一日1次',
    22.4,
  ],
  [
    '内分泌科',
    'E05.9',
    '甲状腺功能亢进症',
    '心悸、消瘦2月',
    '甲巯咪唑片',
    '10mg*50片',
    '口服，一次1片，一日3次',
    15.6,
  ],
  [
    '消化内科',
    'K29.7',
    '慢性胃炎',
    '上腹胀痛1月',
    '奥美拉唑肠溶胶囊',
    '20mg*14粒',
    '口服，一次1粒，一日2次，餐前',
    11.2,
  ],
  [
    '感染科',
    'B18.1',
    '慢性乙型病毒性肝炎',
    '体检发现乙肝表面抗原阳性',
    '恩替卡韦分散片',
    '0.5mg*28片',
    '口服，一次1片，一日1次，空腹',
    58,
  ],
  [
    '感染科',
    'B24',
    '人类免疫缺陷病毒病',
    '复诊取药',
    '替诺福韦二吡呋酯片',
    '300mg*30片',
    '口服，一次1片，一日1次',
    0,
  ],
  [
    '精神科',
    'F32.9',
    '抑郁发作',
    '情绪低落、失眠2月',
    '盐酸舍曲林片',
    '50mg*14片',
    '口服，一次1片，一日1次',
    47.3,
  ],
  [
    '精神科',
    'F41.1',
    '广泛性焦虑障碍',
    '紧张、心慌半年',
    '草酸艾司西酞普兰片',
    '10mg*7片',
    '口服，一次1片，一日1次',
    39.9,
  ],
  [
    '妇产科',
    'Z34.9',
    '正常妊娠监督',
    '停经12周，产检',
    '叶酸片',
    '0.4mg*31片',
    '口服，一次1片，一日1次',
    8.5,
  ],
  [
    '妇产科',
    'N97.9',
    '女性不孕症',
    '未避孕未孕2年',
    '来曲唑片',
    '2.5mg*10片',
    '口服，一次1片，一日1次，月经第3-7天',
    66,
  ],
  ['肿瘤科', 'C34.9', '肺恶性肿瘤', '化疗后复查', '吉非替尼片', '0.25g*10片', '口服，一次1片，一日1次', 547],
  [
    '皮肤科',
    'L20.9',
    '特应性皮炎',
    '皮肤瘙痒反复发作',
    '丁酸氢化可的松乳膏',
    '0.1%*10g',
    '外用，一日2次',
    16.5,
  ],
  ['儿科', 'J02.9', '急性咽炎', '发热1天', '布洛芬混悬液', '100ml:2g', '口服，一次5ml，发热时服用', 12.8],
  ['儿科', 'A08.4', '病毒性肠炎', '腹泻2天', '蒙脱石散', '3g*10袋', '口服，一次1袋，一日3次', 15],
  [
    '骨科',
    'M51.2',
    '腰椎间盘突出',
    '腰痛伴左下肢麻木',
    '塞来昔布胶囊',
    '0.2g*6粒',
    '口服，一次1粒，一日1次',
    28.7,
  ],
  ['眼科', 'H52.1', '近视', '视物模糊', '玻璃酸钠滴眼液', '0.1%*5ml', '滴眼，一次1滴，一日4次', 24],
  ['口腔科', 'K02.9', '龋病', '牙痛3天', '甲硝唑片', '0.2g*21片', '口服，一次2片，一日3次', 3.6],
  [
    '泌尿外科',
    'N20.0',
    '肾结石',
    '腰腹绞痛半天',
    '盐酸坦索罗辛缓释胶囊',
    '0.2mg*10粒',
    '口服，一次1粒，一日1次',
    35.2,
  ],
  ['神经内科', 'G43.9', '偏头痛', '反复头痛1年', '佐米曲普坦片', '2.5mg*4片', '口服，头痛发作时1片', 42],
]
const CHILD_DEPTS = new Set(['儿科', '眼科', '口腔科', '皮肤科', '呼吸内科'])
const icdCn = (c) => (c.includes('.') ? c.padEnd(c.indexOf('.') + 4, '0') : `${c}.x00`) // 国家临床版扩展码
const visits = []
for (let i = 0; i < 300; i++) {
  const p = R.pick(patients)
  const choices = DX.filter(([d]) => {
    if (p._age < 14) return CHILD_DEPTS.has(d)
    if (d === '儿科') return false
    if (d === '妇产科') return p._g === 'F' && p._age >= 20 && p._age <= 45
    return true
  })
  const dx = R.pick(choices)
  const dept = depts.find((d) => d.ksmc === `${dx[0]}门诊`) ?? depts[0]
  const docs = staff.filter((s) => s._doctor && s._dept.base === dx[0])
  const doc = docs.length ? R.pick(docs) : R.pick(staff.filter((s) => s._doctor))
  const t = workTime(R.date('2023-01-01', '2024-06-28'))
  const child = p._age < 14
  const fever = /发热/.test(dx[3])
  visits.push({
    jzlsh: `MZ${L.ymdCompact(t)}${String(i + 1).padStart(5, '0')}`,
    brid: p.brid,
    bah: String(R.int(100000, 2999999)).padStart(8, '0'),
    jzsj: L.ts(t),
    ksdm: dept.ksdm,
    ksmc: dept.ksmc,
    ysxm: doc.xm,
    zdbm: R.chance(0.35) ? icdCn(dx[1]) : dx[1],
    zdmc: dx[2],
    zs: dx[3],
    tw: fever ? R.float(37.6, 39.6, 1) : R.float(36.1, 37.2, 1),
    xy: child
      ? null
      : `${R.int(dx[1] === 'I10' ? 140 : 100, dx[1] === 'I10' ? 175 : 138)}/${R.int(60, dx[1] === 'I10' ? 105 : 88)}`,
    sg: child ? R.int(60, 160) : R.int(150, 188),
    tz: child ? R.float(8, 45, 1) : R.float(42, 98, 1),
    jzlx: R.pick(['初诊', '复诊']),
    fy: Number((R.float(5, 50, 2) + dx[7] * R.int(1, 3)).toFixed(2)),
    _dx: dx,
    _doc: doc,
    _t: t,
  })
}
W.table('mz_jzjl', {
  comment: '门诊就诊记录',
  columns: [
    ['jzlsh', 'varchar(20) PRIMARY KEY', '就诊流水号'],
    ['brid', 'varchar(12) NOT NULL', '病人ID'],
    ['bah', 'varchar(10)', '病案号'],
    ['jzsj', 'timestamp', '就诊时间'],
    ['ksdm', 'varchar(8)', '科室代码'],
    ['ksmc', 'varchar(40)', '科室名称'],
    ['ysxm', 'varchar(20)', '接诊医生'],
    ['zdbm', 'varchar(10)', '诊断编码(ICD-10)'],
    ['zdmc', 'varchar(60)', '诊断名称'],
    ['zs', 'varchar(100)', '主诉'],
    ['tw', 'numeric(3,1)', '体温(℃)'],
    ['xy', 'varchar(10)', '血压(mmHg)'],
    ['sg', 'integer', '身高(cm)'],
    ['tz', 'numeric(4,1)', '体重(kg)'],
    ['jzlx', 'varchar(4)', '就诊类型'],
    ['fy', 'numeric(10,2)', '本次费用(元)'],
  ],
  rows: visits.map(({ _dx, _doc, _t, ...v }) => v),
})

// ---------------------------------------------------------------- 处方明细 (300 rows)
const rx = []
for (const v of visits) {
  if (rx.length >= 300) break
  const same = DX.filter((d) => d[0] === v._dx[0] && d !== v._dx)
  const n = same.length && R.chance(0.5) ? 2 : 1
  for (let k = 1; k <= n && rx.length < 300; k++) {
    const drug = k === 1 ? v._dx : R.pick(same)
    rx.push({
      cfh: `CF${v.jzlsh.slice(2)}`,
      jzlsh: v.jzlsh,
      xh: k,
      ypmc: drug[4],
      gg: drug[5],
      yfyl: drug[6],
      dj: drug[7],
      kfsj: L.ts(L.addSeconds(v._t, R.int(300, 1800))),
      kfysgh: v._doc.gh,
    })
  }
}
W.table('cf_mx', {
  comment: '处方明细',
  columns: [
    ['cfh', 'varchar(20)', '处方号'],
    ['jzlsh', 'varchar(20)', '就诊流水号'],
    ['xh', 'integer', '序号'],
    ['ypmc', 'varchar(60)', '药品名称'],
    ['gg', 'varchar(40)', '规格'],
    ['yfyl', 'varchar(60)', '用法用量'],
    ['dj', 'numeric(10,2)', '单价'],
    ['kfsj', 'timestamp', '开方时间'],
    ['kfysgh', 'varchar(10)', '开方医生工号'],
  ],
  rows: rx,
})

// ---------------------------------------------------------------- 检验结果 (250 rows)
const LAB = [
  [
    '白细胞计数',
    '10^9/L',
    '3.5-9.5',
    () => R.float(2.8, 14.5, 2),
    (x) => (x > 9.5 ? 'H' : x < 3.5 ? 'L' : 'N'),
  ],
  ['血红蛋白', 'g/L', '130-175', () => R.int(95, 172), (x) => (x < 130 ? 'L' : 'N')],
  ['空腹血糖', 'mmol/L', '3.9-6.1', () => R.float(4.2, 12.8, 1), (x) => (x > 6.1 ? 'H' : 'N')],
  ['糖化血红蛋白', '%', '4.0-6.0', () => R.float(4.6, 10.2, 1), (x) => (x > 6.0 ? 'H' : 'N')],
  ['丙氨酸氨基转移酶', 'U/L', '9-50', () => R.int(8, 160), (x) => (x > 50 ? 'H' : 'N')],
  ['肌酐', 'μmol/L', '57-111', () => R.int(45, 180), (x) => (x > 111 ? 'H' : x < 57 ? 'L' : 'N')],
  ['总胆固醇', 'mmol/L', '<5.2', () => R.float(3.1, 7.4, 2), (x) => (x >= 5.2 ? 'H' : 'N')],
  [
    '促甲状腺激素',
    'mIU/L',
    '0.27-4.2',
    () => R.float(0.01, 9.5, 2),
    (x) => (x > 4.2 ? 'H' : x < 0.27 ? 'L' : 'N'),
  ],
  [
    '乙型肝炎表面抗原',
    null,
    '阴性',
    () =>
      R.weighted([
        ['阴性', 8],
        ['阳性', 2],
      ]),
    (x) => (x === '阳性' ? 'A' : 'N'),
  ],
  [
    '人类免疫缺陷病毒抗体',
    null,
    '阴性',
    () =>
      R.weighted([
        ['阴性', 19],
        ['阳性(待确证)', 1],
      ]),
    (x) => (x === '阴性' ? 'N' : 'A'),
  ],
  [
    '梅毒螺旋体抗体',
    null,
    '阴性',
    () =>
      R.weighted([
        ['阴性', 19],
        ['阳性', 1],
      ]),
    (x) => (x === '阳性' ? 'A' : 'N'),
  ],
  [
    '人绒毛膜促性腺激素',
    'mIU/mL',
    '<5',
    () =>
      R.weighted([
        [R.float(0.1, 4.9, 1), 6],
        [R.int(800, 90000), 4],
      ]),
    (x) => (x >= 5 ? 'H' : 'N'),
  ],
]
const labs = []
for (let i = 0; i < 250; i++) {
  const v = R.pick(visits)
  const [item, unit, ref, gen, flag] = R.pick(LAB)
  const val = gen()
  labs.push({
    bgdh: `JY${L.ymdCompact(v._t)}${String(i + 1).padStart(4, '0')}`,
    brid: v.brid,
    jyxm: item,
    jyjg: String(val),
    dw: unit,
    ckz: ref,
    ycbz: flag(val),
    jyrq: L.ymd(L.addDays(v._t, R.int(0, 2))),
    jyys: R.pick(staff.filter((s) => !s._doctor)).xm,
  })
}
W.table('jy_jg', {
  comment: '检验结果',
  columns: [
    ['bgdh', 'varchar(20) PRIMARY KEY', '报告单号'],
    ['brid', 'varchar(12)', '病人ID'],
    ['jyxm', 'varchar(40)', '检验项目'],
    ['jyjg', 'varchar(20)', '检验结果'],
    ['dw', 'varchar(12)', '单位'],
    ['ckz', 'varchar(20)', '参考值'],
    ['ycbz', 'char(1)', '异常标志 H高 L低 A异常 N正常'],
    ['jyrq', 'date', '检验日期'],
    ['jyys', 'varchar(20)', '检验人员'],
  ],
  rows: labs,
})

process.stdout.write(W.toString())
