/** Rows of the member tables: accounts, real-name verification (KYC), addresses, children, health. */
import { bcryptHash, legacyResidentId, mobileNumber, publicIp, qqNumber } from './demo-identifiers.js'
import { randomName, RELATIONS } from './demo-names.js'
import { type DemoMember, randomBirthDate } from './demo-people.js'
import { addYears, DAY_MS, type DemoTable, type SqlValue, timestamp } from './demo-sql.js'
import { Random } from './random.js'

/** Everything a generator needs; each generator scales its own base row count with {@link scaled}. */
export interface GenerateContext {
  readonly seed: number
  readonly now: number
  readonly scale: number
  readonly members: readonly DemoMember[]
}

/** Scaled row count, at least 1 so every table has data to classify. */
export function scaled(base: number, scale: number): number {
  return Math.max(1, Math.round(base * scale))
}

function ossPath(rng: Random, bucket: string, at: number): string {
  const day = new Date(at).toISOString().slice(0, 10).replace(/-/g, '/')
  return `oss://${bucket}/idcard/${day}/${rng.hex(32)}`
}

function profile(rng: Random, m: DemoMember): string | null {
  if (rng.chance(0.3)) return null
  const doc: Record<string, unknown> = {}
  if (rng.chance(0.6))
    doc.wechat = rng.chance(0.5)
      ? `wxid_${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 14)}`
      : m.username
  if (rng.chance(0.3)) doc.qq = qqNumber(rng)
  if (rng.chance(0.5)) {
    const [relation, gender] = rng.pick(RELATIONS)
    // Fathers and siblings share the surname; mothers, spouses and friends usually do not.
    const kin = relation === '父亲' || relation === '兄弟' || relation === '姐妹'
    const contact = randomName(
      rng,
      gender === 'any' ? (rng.chance(0.5) ? 'M' : 'F') : gender,
      kin ? m.name.surname : undefined,
    )
    doc.emergency_contact = { name: contact.name, phone: mobileNumber(rng), relation }
  }
  doc.preferences = { language: rng.chance(0.95) ? 'zh-CN' : 'en-US', newsletter: rng.chance(0.4) }
  return JSON.stringify(doc)
}

export function generateMembers(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'members.rows')
  const rows = ctx.members.map((m): SqlValue[] => {
    const known = m.verified || rng.chance(0.85)
    const status = rng.chance(0.92) ? 1 : rng.chance(0.4) ? 2 : 3
    return [
      m.id,
      m.username,
      m.verified || rng.chance(0.9) ? m.name.name : null,
      m.nickname,
      m.mobile,
      m.email,
      known ? (m.gender === 'M' ? 1 : 2) : 0,
      known ? m.birthDate : null,
      bcryptHash(rng),
      rng.chance(0.6) ? `https://img.paimall.cn/avatar/${rng.hex(2)}/${rng.hex(24)}.jpg` : null,
      publicIp(rng, 0.1),
      profile(rng, m),
      m.email !== null && rng.chance(0.7),
      rng.chance(0.97),
      rng.chance(0.3),
      status,
      timestamp(m.createdAt),
      timestamp(m.lastLoginAt),
    ]
  })
  return {
    name: 'members',
    columns: [
      'id',
      'username',
      'xm',
      'nickname',
      'sjhm',
      'email',
      'gender',
      'birthday',
      'password_hash',
      'avatar_url',
      'register_ip',
      'profile',
      'email_verified',
      'is_phone_bound',
      'priviledge_birthday',
      'status',
      'created_at',
      'last_login_at',
    ],
    rows,
  }
}

/** A 128-dimensional unit-length face embedding, four decimals per component. */
function faceFeature(rng: Random): string {
  const v = Array.from({ length: 128 }, () => rng.normal(0, 1))
  const norm = Math.hypot(...v)
  return `{${v.map((x) => (x / norm).toFixed(4)).join(',')}}`
}

export function generateVerifications(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'member_real_name_verifications')
  const rows: SqlValue[][] = []
  for (const m of ctx.members) {
    if (!m.verified) continue
    const at = m.createdAt + rng.float(0.01, 30) * DAY_MS
    const legacy = Number(m.birthDate.slice(0, 4)) < 1985 && rng.chance(0.12)
    const photo = ossPath(rng, 'kyc-bucket', at)
    rows.push([
      rows.length + 1,
      m.id,
      m.name.name,
      legacy ? legacyResidentId(m.idNumber) : m.idNumber,
      `${photo}/front.jpg`,
      `${photo}/back.jpg`,
      rng.chance(0.9) ? faceFeature(rng) : null,
      rng.pickSkewed(['公安部身份核验', '支付宝实名', '微信支付实名', '银联四要素']),
      timestamp(Math.min(at, ctx.now - 60_000)),
    ])
  }
  return {
    name: 'member_real_name_verifications',
    columns: [
      'id',
      'member_id',
      'real_name',
      'sfzh',
      'id_card_front',
      'id_card_back',
      'face_feature',
      'verify_channel',
      'verified_at',
    ],
    rows,
  }
}

export function generateAddresses(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'member_addresses')
  const rows: SqlValue[][] = []
  for (const m of ctx.members) {
    m.addresses.forEach((a, i) => {
      rows.push([
        rows.length + 1,
        m.id,
        a.receiverName,
        a.receiverPhone,
        a.region.province,
        a.region.city,
        a.region.district,
        a.detail,
        rng.chance(0.9) ? a.region.postalCode : null,
        i === 0,
        timestamp(m.createdAt + rng.next() * (ctx.now - m.createdAt)),
      ])
    })
  }
  const columns = ['id', 'member_id', 'receiver_name', 'receiver_phone', 'province', 'city', 'district']
  return {
    name: 'member_addresses',
    columns: [...columns, 'detail_address', 'postal_code', 'is_default', 'created_at'],
    rows,
  }
}

const GRADES = [
  '小班',
  '中班',
  '大班',
  '一年级',
  '二年级',
  '三年级',
  '四年级',
  '五年级',
  '六年级',
  '初一',
  '初二',
]

function ageAt(birthDate: string, now: number): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number]
  const today = new Date(now)
  const before = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)
  return today.getUTCFullYear() - y - (before ? 1 : 0)
}

export function generateChildren(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'child_accounts')
  const parents = ctx.members.filter((m) => {
    const age = ageAt(m.birthDate, ctx.now)
    return age >= 25 && age <= 50
  })
  const rows: SqlValue[][] = []
  for (let id = 1; id <= scaled(300, ctx.scale) && parents.length > 0; id++) {
    const parent = rng.pick(parents)
    // Earliest birth date is one day after "14 years before now": every child is under 14 (PIPL Art. 31).
    const birth = randomBirthDate(rng, ctx.now, 3, 14)
    const age = ageAt(birth, ctx.now)
    const child = randomName(
      rng,
      rng.chance(0.5) ? 'M' : 'F',
      rng.chance(0.85) ? parent.name.surname : undefined,
    )
    const place = `${parent.home.city === parent.home.province ? '' : parent.home.city}${parent.home.district}`
    const school =
      age < 6
        ? `${place}${rng.pick(['阳光', '蓝天', '小天使', '启明星'])}幼儿园`
        : age < 12
          ? `${place}${rng.pick(['实验小学', '第一小学', '中心小学', '外国语小学'])}`
          : `${place}${rng.pick(['第二中学', '实验中学', '外国语学校'])}`
    rows.push([
      id,
      parent.id,
      child.name,
      birth,
      parent.name.name,
      parent.mobile,
      rng.chance(0.8) ? school : null,
      GRADES[Math.min(Math.max(age - 3, 0), GRADES.length - 1)]!,
      timestamp(
        Math.min(Math.max(parent.createdAt, addYears(ctx.now, -2)) + rng.next() * DAY_MS * 300, ctx.now),
      ),
    ])
  }
  const columns = [
    'id',
    'parent_member_id',
    'child_name',
    'child_birthday',
    'guardian_name',
    'guardian_phone',
  ]
  return { name: 'child_accounts', columns: [...columns, 'school', 'grade', 'created_at'], rows }
}

const CHRONIC = ['高血压', '2型糖尿病', '慢性胃炎', '哮喘', '高脂血症', '甲状腺功能减退', '痛风']
const ALLERGIES = ['青霉素', '头孢类药物', '海鲜', '花粉', '尘螨', '芒果', '花生']
const MEDICATION: Readonly<Record<string, string>> = {
  高血压: '氨氯地平片 5mg 每日一次',
  '2型糖尿病': '二甲双胍缓释片 0.5g 每日两次',
  慢性胃炎: '奥美拉唑肠溶胶囊',
  哮喘: '布地奈德福莫特罗吸入剂',
  高脂血症: '阿托伐他汀钙片 20mg',
  甲状腺功能减退: '左甲状腺素钠片 50μg',
  痛风: '非布司他片',
}

export function generateHealth(ctx: GenerateContext): DemoTable {
  const rng = new Random(ctx.seed, 'health_questionnaires')
  const rows: SqlValue[][] = []
  for (let id = 1; id <= scaled(800, ctx.scale); id++) {
    const m = rng.pick(ctx.members)
    const male = m.gender === 'M'
    const height = rng.normal(male ? 172 : 160, male ? 6 : 5.5)
    const bmi = rng.float(18, 29)
    const chronic = rng.chance(0.72) ? [] : rng.shuffle(CHRONIC).slice(0, rng.int(1, 2))
    const allergy = rng.chance(0.7) ? [] : rng.shuffle(ALLERGIES).slice(0, rng.int(1, 2))
    rows.push([
      id,
      m.id,
      height.toFixed(1),
      (bmi * (height / 100) ** 2).toFixed(1),
      rng.chance(0.05) ? null : rng.pick(['O', 'O', 'O', 'A', 'A', 'A', 'B', 'B', 'B', 'AB']),
      chronic.length ? chronic.join('、') : '无',
      allergy.length ? allergy.join('、') : '无',
      chronic.length ? chronic.map((c) => MEDICATION[c]).join('；') : rng.chance(0.9) ? '无' : '复合维生素',
      timestamp(m.createdAt + rng.next() * (ctx.now - m.createdAt)),
    ])
  }
  return {
    name: 'health_questionnaires',
    columns: [
      'id',
      'member_id',
      'height_cm',
      'weight_kg',
      'blood_type',
      'chronic_diseases',
      'allergies',
      'medication',
      'filled_at',
    ],
    rows,
  }
}
