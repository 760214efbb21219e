// Synthetic HR and payroll system of a Shenzhen company with US and EU staff: English snake_case names with Chinese
// comments on the core tables. Departments, employees, payroll, social insurance, leave, performance reviews.
// Run: node eval/datasets/hr-payroll/generate.mjs > eval/datasets/hr-payroll/schema.sql
import process from 'node:process'
import * as L from '../_synth/lib.mjs'

const R = L.makeRng('hr-payroll/v1')
const W = new L.SqlWriter('hr-payroll: HR master data and payroll (synthetic)')
const TODAY = new Date('2024-06-30')
const SZ = L.regionByCode('440305')

// ---------------------------------------------------------------- departments (50)
const DEPT_NAMES = [
  '研发一部',
  '研发二部',
  '测试部',
  '产品部',
  '设计部',
  '市场部',
  '销售华南区',
  '销售华东区',
  '销售华北区',
  '客服中心',
  '财务部',
  '人力资源部',
  '法务部',
  '行政部',
  '采购部',
  '供应链',
  'IT运维',
  '数据平台',
  '安全合规',
  'US Sales',
  'EU Sales',
  'Berlin R&D',
  '战略投资',
  '内审部',
  '培训中心',
]
const depts = Array.from({ length: 50 }, (_, i) => ({
  dept_id: `D${String(101 + i)}`,
  dept_name: `${DEPT_NAMES[i % DEPT_NAMES.length]}${i >= DEPT_NAMES.length ? `-${Math.floor(i / DEPT_NAMES.length) + 1}组` : ''}`,
  cost_center: `CC-${R.pick(['4403', '3101', '1101'])}${String(i).padStart(2, '0')}`,
  manager_emp_no: null,
  office_phone: `0755-8601${R.digits(4)}`,
  office_postcode: R.pick(['518057', '518063', '518052']),
}))

// ---------------------------------------------------------------- employees (150)
const BANKS = [
  '招商银行深圳科技园支行',
  '中国工商银行深圳南山支行',
  '中国建设银行深圳高新园支行',
  '中国银行深圳蛇口支行',
  '平安银行深圳科技园支行',
]
const UNIS = [
  '清华大学',
  '浙江大学',
  '华南理工大学',
  '中山大学',
  '武汉大学',
  '深圳大学',
  '电子科技大学',
  '哈尔滨工业大学',
  'Technische Universität München',
  'University of Texas at Austin',
]
const emps = []
for (let i = 0; i < 150; i++) {
  const kind = R.weighted([
    ['CN', 85],
    ['US', 8],
    ['EU', 7],
  ])
  const g = R.chance(0.45) ? 'F' : 'M'
  const birth = L.birthDate(R, 22, 58, TODAY)
  const age = L.ageOn(birth, TODAY)
  let nameCn = null,
    nameEn,
    idNo = null,
    ssn = null,
    passport = null,
    nat,
    home,
    mobile
  if (kind === 'CN') {
    const n = L.cnName(R, g)
    nameCn = n.name
    nameEn = `${n.py[1][0].toUpperCase()}${n.py[1].slice(1)} ${n.py[0][0].toUpperCase()}${n.py[0].slice(1)}`
    idNo = L.cnId(R, R.pick(L.REGIONS).code, birth, g)
    passport = R.chance(0.3) ? L.passportCn(R) : null
    nat = 'CN'
    home = L.cnAddress(R, R.chance(0.85) ? SZ : L.regionByCode('440106'))
    mobile = L.mobile(R)
  } else {
    const n = L.enName(R, g)
    nameEn = n.name
    nat = kind === 'US' ? 'US' : R.pick(['DE', 'FR', 'NL', 'IT'])
    ssn = kind === 'US' ? L.ssn(R) : null
    passport =
      kind === 'US'
        ? R.pick(['5', '6', 'A']) + R.digits(8)
        : R.pick(['C', 'K', 'Y']) + R.chars(8, 'CFGHJKLMNPRTVWXYZ0123456789')
    home =
      kind === 'US'
        ? `${R.int(100, 9999)} ${R.pick(['Congress Ave', 'Lamar Blvd', 'Guadalupe St'])}, Austin, TX 787${R.digits(2)}`
        : `${R.pick(['Torstraße', 'Kastanienallee', 'Schönhauser Allee'])} ${R.int(1, 150)}, 10${R.digits(3)} Berlin`
    mobile = kind === 'US' ? `+1512${R.int(2, 9)}${R.digits(6)}` : `+49 15${R.int(1, 9)} ${R.digits(8)}`
  }
  const hire = R.date(
    L.ymd(new Date(Math.max(Date.parse('2012-03-01'), Date.UTC(birth.getUTCFullYear() + 22, 6, 1)))),
    '2024-05-01',
  )
  const left = R.chance(0.12)
  const slug = L.asciiSlug(nameEn.replace(' ', '.'))
  const ec = kind === 'CN' ? L.cnName(R, g === 'M' ? 'F' : 'M').name : L.enName(R, g === 'M' ? 'F' : 'M').name
  emps.push({
    emp_no: `E${String(10000 + i * 3 + R.int(0, 2))}`,
    name_cn: nameCn,
    name_en: nameEn,
    gender: g,
    birth_date: L.ymd(birth),
    id_number: idNo,
    ssn,
    passport_no: passport,
    nationality: nat,
    marital_status:
      age < 24
        ? '未婚'
        : R.weighted([
            ['已婚', 60],
            ['未婚', 32],
            ['离异', 7],
            ['丧偶', 1],
          ]),
    personal_email:
      kind === 'CN'
        ? L.cnEmail(R, nameEn.toLowerCase().split(' ').reverse(), birth)
        : `${slug.replace('.', '')}${R.int(1, 99)}@gmail.com`,
    work_email: `${slug.replace('.', '.')}@lingxi-tech.com`,
    mobile,
    home_address: home,
    dept_id: kind === 'US' ? 'D120' : kind === 'EU' ? R.pick(['D121', 'D122']) : R.pick(depts).dept_id,
    job_title: R.pick([
      '软件工程师',
      '高级软件工程师',
      '测试工程师',
      '产品经理',
      '销售经理',
      '会计',
      'HRBP',
      'Account Executive',
      'Staff Engineer',
      '行政专员',
    ]),
    hire_date: L.ymd(hire),
    termination_date: left ? L.ymd(R.date(L.ymd(hire), '2024-06-01')) : null,
    termination_reason: left
      ? R.pick(['个人原因', '合同到期不续签', '违纪解除', '协商解除', '试用期不合格'])
      : null,
    education: R.weighted([
      ['本科', 55],
      ['硕士', 30],
      ['博士', 5],
      ['大专', 10],
    ]),
    graduated_from: R.pick(UNIS),
    political_status:
      kind === 'CN'
        ? R.weighted([
            ['群众', 60],
            ['中共党员', 25],
            ['共青团员', 15],
          ])
        : null,
    emergency_contact_name: ec,
    emergency_contact_phone:
      kind === 'CN'
        ? L.mobile(R)
        : kind === 'US'
          ? `+1512${R.int(2, 9)}${R.digits(6)}`
          : `+49 15${R.int(1, 9)} ${R.digits(8)}`,
    emergency_contact_relation:
      kind === 'CN'
        ? R.pick(['配偶', '配偶', g === 'M' ? '姐妹' : '兄弟', '母亲'])
        : R.pick(['spouse', 'partner', 'sister', 'mother']),
    has_id_card: kind === 'CN',
    priviledge_birthday: R.chance(0.6),
    _kind: kind,
  })
}
emps.sort((a, b) => a.emp_no.localeCompare(b.emp_no))
for (const d of depts) d.manager_emp_no = R.pick(emps).emp_no
W.table('departments', {
  columns: [
    ['dept_id', 'varchar(6) PRIMARY KEY'],
    ['dept_name', 'varchar(30)'],
    ['cost_center', 'varchar(12)'],
    ['manager_emp_no', 'varchar(8)'],
    ['office_phone', 'varchar(20)'],
    ['office_postcode', 'char(6)'],
  ],
  rows: depts,
})
W.table('employees', {
  comment: '员工主数据',
  columns: [
    ['emp_no', 'varchar(8) PRIMARY KEY', '工号'],
    ['name_cn', 'varchar(20)', '中文姓名'],
    ['name_en', 'varchar(60)', '英文名'],
    ['gender', 'char(1)', '性别'],
    ['birth_date', 'date', '出生日期'],
    ['id_number', 'char(18)', '身份证号码'],
    ['ssn', 'char(11)', 'US Social Security Number'],
    ['passport_no', 'varchar(12)', '护照号'],
    ['nationality', 'char(2)', '国籍'],
    ['marital_status', 'varchar(4)', '婚姻状况'],
    ['personal_email', 'varchar(80)', '个人邮箱'],
    ['work_email', 'varchar(80)', '工作邮箱'],
    ['mobile', 'varchar(20)', '手机'],
    ['home_address', 'varchar(160)', '家庭住址'],
    ['dept_id', 'varchar(6)', '部门'],
    ['job_title', 'varchar(40)', '职位'],
    ['hire_date', 'date', '入职日期'],
    ['termination_date', 'date', '离职日期'],
    ['termination_reason', 'varchar(20)', '离职原因'],
    ['education', 'varchar(4)', '学历'],
    ['graduated_from', 'varchar(60)', '毕业院校'],
    ['political_status', 'varchar(6)', '政治面貌'],
    ['emergency_contact_name', 'varchar(40)', '紧急联系人'],
    ['emergency_contact_phone', 'varchar(20)', '紧急联系人电话'],
    ['emergency_contact_relation', 'varchar(10)', '与紧急联系人关系'],
    ['has_id_card', 'boolean', '是否有身份证'],
    ['priviledge_birthday', 'boolean', '是否享受生日福利'],
  ],
  rows: emps.map(({ _kind, ...e }) => e),
})

// ---------------------------------------------------------------- payroll (300): two months for 150 employees
const cardOf = new Map(emps.map((e) => [e.emp_no, e._kind === 'CN' ? L.bankCard(R) : null]))
const ibanOf = new Map(emps.map((e) => [e.emp_no, e._kind === 'EU' ? L.iban(R, 'DE') : null]))
const bankOf = new Map(
  emps.map((e) => [
    e.emp_no,
    e._kind === 'CN' ? R.pick(BANKS) : e._kind === 'US' ? 'Chase Bank, Austin TX' : 'Deutsche Bank Berlin',
  ]),
)
const baseOf = new Map(emps.map((e) => [e.emp_no, R.int(80, 600) * 100]))
const payroll = []
for (const month of ['2024-04', '2024-05'])
  for (const e of emps) {
    const base = baseOf.get(e.emp_no)
    const bonus = R.chance(0.3) ? R.int(10, 300) * 100 : 0
    const ot = R.chance(0.4) ? R.float(100, 4000, 2) : 0
    const si = e._kind === 'CN' ? Number((Math.min(base, 35000) * 0.105).toFixed(2)) : 0
    const hf = e._kind === 'CN' ? Number((Math.min(base, 35000) * 0.05).toFixed(2)) : 0
    const tax = Number(((base + bonus + ot - si - hf - 5000) * R.float(0.03, 0.25, 2)).toFixed(2))
    payroll.push({
      payroll_id: payroll.length + 1,
      emp_no: e.emp_no,
      pay_month: month,
      base_salary: base,
      bonus,
      overtime_pay: ot,
      social_insurance_personal: si,
      housing_fund_personal: hf,
      income_tax: Math.max(0, tax),
      net_pay: Number((base + bonus + ot - si - hf - Math.max(0, tax)).toFixed(2)),
      bank_card_no: cardOf.get(e.emp_no),
      bank_name: bankOf.get(e.emp_no),
      salary_iban: ibanOf.get(e.emp_no),
      paid_at: `${month}-10 10:00:00`,
    })
  }
W.table('payroll', {
  comment: '月度工资发放明细',
  columns: [
    ['payroll_id', 'integer PRIMARY KEY'],
    ['emp_no', 'varchar(8)', '工号'],
    ['pay_month', 'char(7)', '发薪月份'],
    ['base_salary', 'numeric(10,2)', '基本工资'],
    ['bonus', 'numeric(10,2)', '奖金'],
    ['overtime_pay', 'numeric(10,2)', '加班费'],
    ['social_insurance_personal', 'numeric(10,2)', '社保个人缴纳'],
    ['housing_fund_personal', 'numeric(10,2)', '公积金个人缴纳'],
    ['income_tax', 'numeric(10,2)', '个人所得税'],
    ['net_pay', 'numeric(10,2)', '实发工资'],
    ['bank_card_no', 'varchar(19)', '工资卡号'],
    ['bank_name', 'varchar(40)', '开户行'],
    ['salary_iban', 'varchar(34)', 'IBAN (EU staff)'],
    ['paid_at', 'timestamp', '发放时间'],
  ],
  rows: payroll,
})

// ---------------------------------------------------------------- social security (150, Chinese staff incl. some who left)
const cn = emps.filter((e) => e._kind === 'CN')
W.table('social_security', {
  comment: '社保公积金账户',
  columns: [
    ['emp_no', 'varchar(8) PRIMARY KEY', '工号'],
    ['si_number', 'char(18)', '社会保障号码'],
    ['medical_insurance_card', 'varchar(12)', '医保卡号'],
    ['housing_fund_account', 'varchar(14)', '公积金账号'],
    ['si_city', 'varchar(10)', '参保城市'],
    ['contribution_base', 'numeric(10,2)', '缴费基数'],
    ['start_month', 'char(7)', '起缴月份'],
  ],
  rows: Array.from({ length: 150 }, (_, i) => {
    const e = cn[i % cn.length]
    const extra = i >= cn.length
    return {
      emp_no: extra ? `E9${String(i).padStart(4, '0')}` : e.emp_no,
      si_number: extra
        ? L.cnId(R, R.pick(L.REGIONS).code, L.birthDate(R, 22, 60, TODAY), R.pick(['M', 'F']))
        : e.id_number,
      medical_insurance_card: `${R.pick(['G', 'A', 'Y'])}${R.digits(8)}`,
      housing_fund_account: `4403${R.digits(8)}`,
      si_city: R.weighted([
        ['深圳', 85],
        ['广州', 10],
        ['上海', 5],
      ]),
      contribution_base: Math.min(baseOf.get(e.emp_no) ?? 10000, 35000),
      start_month: (extra ? '2015-01' : e.hire_date).slice(0, 7),
    }
  }),
})

// ---------------------------------------------------------------- leave records (200)
const LEAVES = [
  [
    '病假',
    () =>
      R.pick([
        '急性阑尾炎术后休养',
        '重感冒发烧',
        '腰椎间盘突出复查',
        '抑郁症复诊',
        '流感',
        '甲状腺结节手术',
      ]),
  ],
  ['产假', () => R.pick(['生育', '剖腹产'])],
  ['产检假', () => '孕期产检'],
  ['年假', () => R.pick(['年假旅行（三亚）', '回老家探亲', '休息'])],
  ['婚假', () => '结婚'],
  ['丧假', () => R.pick(['祖母去世', '父亲去世'])],
  ['事假', () => R.pick(['家中老人住院陪护', '孩子满月', '办理房产过户', '搬家'])],
  ['陪产假', () => '配偶生育'],
]
W.table('leave_records', {
  columns: [
    ['leave_id', 'integer PRIMARY KEY'],
    ['emp_no', 'varchar(8)'],
    ['leave_type', 'varchar(6)'],
    ['start_date', 'date'],
    ['end_date', 'date'],
    ['reason', 'varchar(40)'],
    ['sick_note_file', 'varchar(60)'],
    ['approver_emp_no', 'varchar(8)'],
  ],
  rows: Array.from({ length: 200 }, (_, i) => {
    const e = R.pick(emps)
    const female = e.gender === 'F'
    const [type, reason] = R.pick(
      LEAVES.filter(([t]) => (female ? t !== '陪产假' : !['产假', '产检假'].includes(t))),
    )
    const start = R.date('2023-07-01', '2024-06-20')
    const days = type === '产假' ? 158 : type === '婚假' ? 10 : R.int(1, 7)
    return {
      leave_id: 40000 + i,
      emp_no: e.emp_no,
      leave_type: type,
      start_date: L.ymd(start),
      end_date: L.ymd(L.addDays(start, days - 1)),
      reason: reason(),
      sick_note_file: type === '病假' ? `hr-docs/sick-notes/${e.emp_no}_${L.ymdCompact(start)}.pdf` : null,
      approver_emp_no: R.pick(emps).emp_no,
    }
  }),
})

// ---------------------------------------------------------------- performance reviews (100)
W.table('performance_reviews', {
  columns: [
    ['review_id', 'integer PRIMARY KEY'],
    ['emp_no', 'varchar(8)'],
    ['period', 'char(6)'],
    ['rating', 'varchar(2)'],
    ['comments', 'text'],
    ['reviewer_emp_no', 'varchar(8)'],
  ],
  rows: Array.from({ length: 100 }, (_, i) => ({
    review_id: 7000 + i,
    emp_no: emps[i].emp_no,
    period: R.pick(['2023H2', '2024H1']),
    rating: R.weighted([
      ['A', 15],
      ['B+', 30],
      ['B', 40],
      ['C', 12],
      ['D', 3],
    ]),
    comments: R.pick([
      '目标达成度高，技术能力突出。',
      '沟通协作需加强，多次延期交付。',
      '表现稳定，建议承担更多owner职责。',
      '本期绩效未达标，进入绩效改进计划(PIP)。',
      'Strong quarter, exceeded quota by 20%.',
      '团队管理能力有待提升。',
    ]),
    reviewer_emp_no: R.pick(emps).emp_no,
  })),
})

process.stdout.write(W.toString())
