// Synthetic primary-school (grades 1-6, all pupils under 14) management system in English camelCase without comments:
// pupils, guardians, classes, teachers, exam scores, health checks, school-bus GPS and boarding records.
// Run: node eval/datasets/school-k12/generate.mjs > eval/datasets/school-k12/schema.sql
import process from 'node:process'
import * as L from '../_synth/lib.mjs'

const R = L.makeRng('school-k12/v1')
const W = new L.SqlWriter('school-k12: 南阳市宛城区 rural primary school (synthetic)')
// School year 2026/27, so that every pupil is under 14 on any scan date before September 2028.
const TODAY = new Date('2026-11-01')
const HOME = L.regionByCode('411302')
const TOWNS = ['溧河乡', '汉冢乡', '黄台岗镇', '红泥湾镇', '瓦店镇', '金华乡', '茶庵乡', '高庙镇']
const VILLAGES = [
  '东庄村',
  '西营村',
  '李湾村',
  '张庄村',
  '王岗村',
  '杨楼村',
  '刘寨村',
  '陈营村',
  '大河湾村',
  '十里铺村',
]
const ruralAddr = () =>
  `河南省南阳市宛城区${R.pick(TOWNS)}${R.pick(VILLAGES)}${R.int(1, 12)}组${R.int(1, 88)}号`
const CN_NUM = ['一', '二', '三', '四', '五', '六']

// ---------------------------------------------------------------- teachers (60)
const SUBJECTS = ['语文', '数学', '英语', '科学', '道德与法治', '音乐', '体育', '美术', '信息科技']
const teachers = []
for (let i = 0; i < 60; i++) {
  const g = R.chance(0.7) ? 'F' : 'M'
  const n = L.cnName(R, g)
  const birth = L.birthDate(R, 23, 58, TODAY)
  const hire = R.date(`${birth.getUTCFullYear() + 22}-08-20`, '2026-09-01')
  teachers.push({
    teacherId: `T${hire.getUTCFullYear()}${String(i + 1).padStart(3, '0')}`,
    fullName: n.name,
    mobile: L.mobile(R),
    email: `${n.py[0]}${n.py[1]}${R.chance(0.3) ? R.int(1, 99) : ''}@wcsx3.cn`,
    subject: i < 54 ? R.pick(['语文', '数学', '语文', '数学', '英语']) : R.pick(SUBJECTS.slice(3)),
    title: R.weighted([
      ['二级教师', 3],
      ['一级教师', 5],
      ['高级教师', 2],
      ['三级教师', 1],
    ]),
    idCardNo: L.cnId(R, R.chance(0.8) ? HOME.code : R.pick(L.REGIONS).code, birth, g),
    hireDate: L.ymd(hire),
  })
}
W.table('teachers', {
  columns: [
    ['teacherId', 'varchar(10) PRIMARY KEY'],
    ['fullName', 'varchar(20) NOT NULL'],
    ['mobile', 'varchar(11)'],
    ['email', 'varchar(60)'],
    ['subject', 'varchar(10)'],
    ['title', 'varchar(10)'],
    ['idCardNo', 'char(18)'],
    ['hireDate', 'date'],
  ],
  rows: teachers,
})

// ---------------------------------------------------------------- classes (54)
const classes = []
for (let g = 1; g <= 6; g++)
  for (let c = 1; c <= 9; c++) {
    classes.push({
      classId: g * 100 + c,
      gradeLevel: g,
      className: `${CN_NUM[g - 1]}年级(${c})班`,
      headTeacherId: teachers[(g - 1) * 9 + c - 1].teacherId,
      roomNo: `${R.pick(['A', 'B'])}${g}${String(c).padStart(2, '0')}`,
      studentCount: R.int(38, 52),
    })
  }
W.table('classes', {
  columns: [
    ['classId', 'integer PRIMARY KEY'],
    ['gradeLevel', 'smallint'],
    ['className', 'varchar(20)'],
    ['headTeacherId', 'varchar(10)'],
    ['roomNo', 'varchar(6)'],
    ['studentCount', 'smallint'],
  ],
  rows: classes,
})

// ---------------------------------------------------------------- students (250)
const MZ = [
  ['汉族', 96],
  ['回族', 3],
  ['蒙古族', 0.5],
  ['满族', 0.5],
]
const students = []
for (let i = 0; i < 250; i++) {
  const grade = R.int(1, 6)
  const g = R.chance(0.52) ? 'M' : 'F'
  const n = L.cnName(R, g)
  // grade 1 in 2026/27 = born 2019-09..2020-08
  const y0 = 2020 - grade
  const birth = new Date(Date.UTC(y0, 8, 1) + Math.floor(R.next() * 365) * 86400000)
  const enrollYear = 2027 - grade
  const sid = `S${enrollYear}${String(i + 1).padStart(4, '0')}`
  const vec = Array.from({ length: 128 }, () => R.next() * 2 - 1)
  const norm = Math.hypot(...vec)
  students.push({
    studentId: sid,
    fullName: n.name,
    gender: g,
    dateOfBirth: L.ymd(birth),
    idCardNo: L.cnId(R, R.chance(0.9) ? HOME.code : R.pick(['411321', '411323', '411381']), birth, g),
    ethnicGroup: R.weighted(MZ),
    homeAddress: ruralAddr(),
    classId: grade * 100 + R.int(1, 9),
    enrollYear,
    photoUrl: `https://wcsx3-oss.oss-cn-beijing.aliyuncs.com/student-photo/${enrollYear}/${sid}.jpg`,
    faceFeature: L.raw(`'{${vec.map((x) => (x / norm).toFixed(5)).join(',')}}'::real[]`),
    isLeftBehindChild: R.chance(0.35),
    disabilityType: R.weighted([
      [null, 95],
      ['听力残疾二级', 1],
      ['肢体残疾三级', 1.5],
      ['视力残疾四级', 1],
      ['智力残疾三级', 1],
    ]),
    createdAt: L.ts(R.date(`${enrollYear}-08-25`, `${enrollYear}-09-10`)),
    _g: g,
    _surname: n.surname,
  })
}
W.table('students', {
  columns: [
    ['studentId', 'varchar(10) PRIMARY KEY'],
    ['fullName', 'varchar(20) NOT NULL'],
    ['gender', 'char(1)'],
    ['dateOfBirth', 'date'],
    ['idCardNo', 'char(18)'],
    ['ethnicGroup', 'varchar(10)'],
    ['homeAddress', 'varchar(100)'],
    ['classId', 'integer'],
    ['enrollYear', 'smallint'],
    ['photoUrl', 'text'],
    ['faceFeature', 'real[]'],
    ['isLeftBehindChild', 'boolean'],
    ['disabilityType', 'varchar(20)'],
    ['createdAt', 'timestamp'],
  ],
  rows: students.map(({ _g, _surname, ...s }) => s),
})

// ---------------------------------------------------------------- guardians (300)
const EMPLOYERS_AWAY = [
  '富士康科技集团（深圳）',
  '东莞市长安镇鸿达五金制品厂',
  '苏州昆山仁宝电子',
  '中建三局（上海项目部）',
  '顺丰速运（广州）',
  '美团外卖骑手（郑州）',
]
const EMPLOYERS_LOCAL = [
  '本地务农',
  '个体',
  '南阳市第一人民医院',
  '宛城区教育局',
  '南阳牧原食品',
  '溧河乡卫生院',
  '无',
]
const guardians = []
for (const s of students) {
  const rels = s.isLeftBehindChild
    ? [R.pick(['祖父', '祖母']), R.pick(['父亲', '母亲'])]
    : R.chance(0.2)
      ? [R.pick(['父亲', '母亲'])]
      : ['父亲', '母亲']
  for (const [k, rel] of rels.entries()) {
    if (guardians.length >= 300) break
    const g = ['父亲', '祖父'].includes(rel) ? 'M' : 'F'
    const parent = ['父亲', '母亲'].includes(rel)
    const n = rel === '父亲' || rel === '祖父' ? { name: s._surname + L.cnName(R, g).given } : L.cnName(R, g)
    const birth = L.birthDate(R, parent ? 28 : 55, parent ? 45 : 75, TODAY)
    guardians.push({
      guardianId: R.uuid(),
      studentId: s.studentId,
      relation: rel,
      name: n.name,
      mobile: L.mobile(R),
      idCardNo: L.cnId(R, HOME.code, birth, g),
      employer:
        parent && s.isLeftBehindChild
          ? R.pick(EMPLOYERS_AWAY)
          : parent
            ? R.pick(EMPLOYERS_LOCAL)
            : '本地务农',
      wechatOpenId: `o${R.chars(5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${R.chars(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`,
      isPrimaryContact: k === 0,
      isPhoneBound: R.chance(0.8),
    })
  }
}
W.table('guardians', {
  columns: [
    ['guardianId', 'uuid PRIMARY KEY'],
    ['studentId', 'varchar(10)'],
    ['relation', 'varchar(4)'],
    ['name', 'varchar(20)'],
    ['mobile', 'varchar(11)'],
    ['idCardNo', 'char(18)'],
    ['employer', 'varchar(40)'],
    ['wechatOpenId', 'varchar(28)'],
    ['isPrimaryContact', 'boolean'],
    ['isPhoneBound', 'boolean'],
  ],
  rows: guardians,
})

// ---------------------------------------------------------------- exam scores (300)
const COMMENTS = [
  '该生上课认真听讲，作业完成及时，继续保持。',
  '思维活跃，但书写需加强。',
  '本学期进步明显，望再接再厉。',
  '上课注意力不集中，作业经常拖欠，请家长配合督促。',
  '性格内向，较少与同学交流，建议多鼓励。',
  '数学计算粗心，需加强练习。',
  '热爱集体，乐于助人，担任班级劳动委员。',
  '多次与同学发生冲突，已与家长沟通。',
]
const scores = []
for (let i = 0; i < 300; i++) {
  const s = R.pick(students)
  const grade = Math.floor(s.classId / 100)
  scores.push({
    scoreId: 900000 + i,
    studentId: s.studentId,
    term: R.pick(['2025-2026学年第一学期', '2025-2026学年第二学期']),
    subject: R.pick(grade >= 3 ? ['语文', '数学', '英语', '科学'] : ['语文', '数学']),
    score: R.weighted([
      [R.float(85, 100, 1), 5],
      [R.float(60, 85, 1), 4],
      [R.float(30, 60, 1), 1],
    ]),
    rankInClass: R.int(1, 50),
    teacherComment: R.chance(0.7) ? R.pick(COMMENTS) : null,
  })
}
W.table('examScores', {
  columns: [
    ['scoreId', 'integer PRIMARY KEY'],
    ['studentId', 'varchar(10)'],
    ['term', 'varchar(20)'],
    ['subject', 'varchar(10)'],
    ['score', 'numeric(4,1)'],
    ['rankInClass', 'smallint'],
    ['teacherComment', 'text'],
  ],
  rows: scores,
})

// ---------------------------------------------------------------- health checks (250)
const checks = students.map((s, i) => {
  const age = L.ageOn(new Date(s.dateOfBirth), new Date('2026-10-15'))
  const h = 105 + (age - 5) * 6 + R.int(-8, 8)
  return {
    checkId: `HC2026${String(i + 1).padStart(4, '0')}`,
    studentId: s.studentId,
    checkDate: L.ymd(R.date('2026-10-08', '2026-10-20')),
    heightCm: h,
    weightKg: R.float(h * h * 15.5e-4, h * h * 22e-4, 1),
    visionLeft: R.pick(['5.0', '4.9', '4.8', '4.7', '4.6', '4.5', '4.3']),
    visionRight: R.pick(['5.0', '4.9', '4.8', '4.7', '4.6', '4.5', '4.2']),
    bloodType: R.weighted([
      ['A', 28],
      ['B', 30],
      ['O', 32],
      ['AB', 10],
    ]),
    allergies: R.weighted([
      ['无', 85],
      ['花生过敏', 3],
      ['青霉素过敏', 3],
      ['尘螨过敏', 4],
      ['牛奶蛋白过敏', 2],
      ['芒果过敏', 3],
    ]),
    vaccinationStatus: R.weighted([
      ['已全程接种', 88],
      ['缺麻腮风第二剂', 5],
      ['缺百白破加强针', 4],
      ['未提供接种证', 3],
    ]),
    dentalCaries: R.weighted([
      [0, 55],
      [1, 20],
      [2, 12],
      [3, 8],
      [5, 5],
    ]),
    doctorNote: R.weighted([
      ['未见异常', 70],
      ['视力不良，建议眼科复查', 12],
      ['超重，建议控制饮食', 7],
      ['营养不良', 3],
      ['心脏杂音，建议专科就诊', 2],
      ['脊柱侧弯筛查阳性，建议复查', 3],
      ['龋齿，建议口腔科治疗', 3],
    ]),
  }
})
W.table('healthChecks', {
  columns: [
    ['checkId', 'varchar(12) PRIMARY KEY'],
    ['studentId', 'varchar(10)'],
    ['checkDate', 'date'],
    ['heightCm', 'smallint'],
    ['weightKg', 'numeric(4,1)'],
    ['visionLeft', 'varchar(4)'],
    ['visionRight', 'varchar(4)'],
    ['bloodType', 'varchar(3)'],
    ['allergies', 'varchar(20)'],
    ['vaccinationStatus', 'varchar(20)'],
    ['dentalCaries', 'smallint'],
    ['doctorNote', 'varchar(40)'],
  ],
  rows: checks,
})

// ---------------------------------------------------------------- school bus GPS tracks (300) and boardings (300)
const buses = [1, 2, 3, 4].map((k) => {
  const drv = L.cnName(R, 'M')
  return {
    busNo: `校车0${k}`,
    plateNo: L.plate(R, '豫').replace(/^豫./, '豫R'),
    driverName: drv.name,
    town: TOWNS[k - 1],
  }
})
const SCHOOL = [32.9858, 112.5621]
const tracks = []
for (let i = 0; i < 300; i++) {
  const b = buses[i % 4]
  const day = 9 + Math.floor(i / 60)
  const step = Math.floor(i / 4) % 15
  const t = new Date(Date.UTC(2026, 10, day, 6, 40 + step * 2, R.int(0, 59)))
  const [lat, lng] = L.jitter(
    R,
    SCHOOL[0] + 0.004 * (15 - step) * (b.busNo.endsWith('1') || b.busNo.endsWith('3') ? 1 : -1),
    SCHOOL[1] + 0.004 * (15 - step) * (b.busNo.endsWith('1') || b.busNo.endsWith('2') ? 1 : -1),
    60,
  )
  tracks.push({
    trackId: i + 1,
    busNo: b.busNo,
    plateNo: b.plateNo,
    driverName: b.driverName,
    recordedAt: L.ts(t),
    lat,
    lng,
    speedKmh: R.int(0, 55),
  })
}
W.table('busGpsTracks', {
  columns: [
    ['trackId', 'integer PRIMARY KEY'],
    ['busNo', 'varchar(8)'],
    ['plateNo', 'varchar(10)'],
    ['driverName', 'varchar(20)'],
    ['recordedAt', 'timestamp'],
    ['lat', 'double precision'],
    ['lng', 'double precision'],
    ['speedKmh', 'smallint'],
  ],
  rows: tracks,
})
const STOPS = ['村委会站', '十字路口站', '卫生院站', '小学站', '派出所站', '东街站', '桥头站']
const cardOf = new Map(students.map((s) => [s.studentId, R.hex(8).toUpperCase()]))
const boardings = Array.from({ length: 300 }, (_, i) => {
  const s = R.pick(students)
  const b = R.pick(buses)
  const t = new Date(Date.UTC(2026, R.int(8, 10), R.int(1, 20), R.pick([6, 16]), R.int(30, 59), R.int(0, 59)))
  return {
    boardingId: 50000 + i,
    studentId: s.studentId,
    busNo: b.busNo,
    boardedAt: L.ts(t),
    stopName: `${b.town}${R.pick(VILLAGES)}${R.pick(STOPS)}`,
    cardUid: cardOf.get(s.studentId),
  }
})
W.table('busBoardings', {
  columns: [
    ['boardingId', 'integer PRIMARY KEY'],
    ['studentId', 'varchar(10)'],
    ['busNo', 'varchar(8)'],
    ['boardedAt', 'timestamp'],
    ['stopName', 'varchar(30)'],
    ['cardUid', 'char(8)'],
  ],
  rows: boardings,
})

process.stdout.write(W.toString())
