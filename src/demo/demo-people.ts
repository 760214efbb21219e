/**
 * The simulated people behind the demo tables. Members are generated once and every table draws from them, so
 * a member's ID number matches their birthday and sex, their bank cards recur across payments and their phone
 * shows up in orders, call records and chats, as in a real service.
 */
import {
  androidId,
  bankCard,
  type BankCard,
  imei,
  landline,
  mobileNumber,
  qqNumber,
  residentId,
  uuid,
} from './demo-identifiers.js'
import { ENGLISH_NAMES, givenPinyin, type PersonName, randomName, randomNickname } from './demo-names.js'
import { COMPOUNDS, type Region, REGIONS, regionPrefix } from './demo-regions.js'
import { addYears, DAY_MS } from './demo-sql.js'
import { Random } from './random.js'

export interface DemoPerson {
  readonly name: PersonName
  readonly gender: 'M' | 'F'
  /** `YYYY-MM-DD`. */
  readonly birthDate: string
  /** Where the ID was issued (hukou); often, not always, where the person lives. */
  readonly hukou: Region
  /** 18-digit resident ID consistent with birthDate, gender and hukou. */
  readonly idNumber: string
  readonly mobile: string
}

export interface DemoAddress {
  readonly receiverName: string
  readonly receiverPhone: string
  readonly region: Region
  /** Full address, `北京市朝阳区建国路88号SOHO现代城2号楼1203室`. */
  readonly detail: string
}

export interface DemoDevice {
  readonly platform: 'android' | 'ios'
  /** Android ID (16 hex) or IDFV (UUID). */
  readonly deviceId: string
  /** Only Android phones where the app could still read it (before Android 10). */
  readonly imei: string | null
  readonly model: string
  readonly osVersion: string
}

export interface DemoMember extends DemoPerson {
  readonly id: number
  readonly username: string
  readonly nickname: string
  readonly email: string | null
  readonly home: Region
  readonly createdAt: number
  readonly lastLoginAt: number
  /** Completed real-name verification (KYC). */
  readonly verified: boolean
  readonly addresses: readonly DemoAddress[]
  readonly cards: readonly BankCard[]
  readonly devices: readonly DemoDevice[]
}

export interface PersonOptions {
  readonly minAge: number
  readonly maxAge: number
  readonly gender?: 'M' | 'F'
  readonly surname?: PersonName['surname']
  readonly hukou?: Region
}

/** A birth date between `minAge` and `maxAge` years before `now`, biased towards the younger end. */
export function randomBirthDate(rng: Random, now: number, minAge: number, maxAge: number): string {
  const latest = addYears(now, -minAge) - DAY_MS
  const earliest = addYears(now, -maxAge) + DAY_MS
  const day = Math.floor((latest - (latest - earliest) * rng.next() ** 1.4) / DAY_MS)
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

export function randomPerson(rng: Random, now: number, options: PersonOptions): DemoPerson {
  const gender = options.gender ?? (rng.chance(0.5) ? 'M' : 'F')
  const hukou = options.hukou ?? rng.pick(REGIONS)
  const birthDate = randomBirthDate(rng, now, options.minAge, options.maxAge)
  return {
    name: randomName(rng, gender, options.surname),
    gender,
    birthDate,
    hukou,
    idNumber: residentId(rng, hukou.adcode, birthDate, gender),
    mobile: mobileNumber(rng),
  }
}

export function randomAddressLine(rng: Random, region: Region): string {
  const street = `${rng.pick(region.streets)}${rng.int(1, 399)}号`
  const room = `${rng.int(1, 32)}${String(rng.int(1, 6)).padStart(2, '0')}室`
  const building = rng.chance(0.5)
    ? `${rng.pick(COMPOUNDS)}${rng.int(1, 18)}号楼${room}`
    : `${rng.pick(COMPOUNDS)}${rng.int(1, 12)}栋${rng.int(1, 4)}单元${room}`
  return `${regionPrefix(region)}${street}${building}`
}

function username(rng: Random, p: DemoPerson): string {
  const sur = p.name.surname[1]
  const given = givenPinyin(p.name)
  const year = p.birthDate.slice(0, 4)
  switch (rng.int(0, 5)) {
    case 0:
      return `${sur}${given}${rng.digits(2)}`
    case 1:
      return `${given}_${sur}`
    case 2:
      return `${sur[0]}${p.name.given.map((g) => g[1][0]).join('')}${year}`
    case 3:
      return `${rng.pick(ENGLISH_NAMES)}_${sur}`
    case 4:
      return `${sur}.${given}${year.slice(2)}`
    default:
      return `pm_${rng.hex(8)}`
  }
}

function email(rng: Random, p: DemoPerson, login: string): string | null {
  const r = rng.next()
  if (r < 0.25) return `${qqNumber(rng)}@qq.com`
  if (r < 0.3) return `${p.mobile}@139.com`
  if (r < 0.75) {
    const local = login.startsWith('pm_')
      ? `${p.name.surname[1]}${givenPinyin(p.name)}${rng.digits(3)}`
      : login
    return `${local}@${rng.pickSkewed(['163.com', '126.com', 'gmail.com', 'outlook.com', 'foxmail.com', 'sina.com'])}`
  }
  return null
}

const ANDROID_MODELS = [
  'Xiaomi 14',
  'Redmi K70',
  'HUAWEI Mate 60',
  'HONOR 90',
  'OPPO Reno11',
  'vivo X100',
  'OnePlus 12',
]
const IPHONE_MODELS = ['iPhone 15 Pro', 'iPhone 14', 'iPhone 13', 'iPhone 12', 'iPhone 15']

function device(rng: Random): DemoDevice {
  if (rng.chance(0.35)) {
    return {
      platform: 'ios',
      deviceId: uuid(rng),
      imei: null,
      model: rng.pick(IPHONE_MODELS),
      osVersion: rng.pick(['16.7.8', '17.4.1', '17.5', '17.6.1', '18.0']),
    }
  }
  const osVersion = rng.pick(['9', '10', '11', '12', '13', '14'])
  return {
    platform: 'android',
    deviceId: androidId(rng),
    imei: Number(osVersion) < 10 || rng.chance(0.15) ? imei(rng) : null,
    model: rng.pick(ANDROID_MODELS),
    osVersion,
  }
}

/** Members 1..count with everything the other tables need; deterministic for (seed, count, now). */
export function buildMembers(seed: number, count: number, now: number): DemoMember[] {
  const rng = new Random(seed, 'members')
  const taken = new Set<string>()
  const fiveYearsAgo = addYears(now, -5)
  const members: DemoMember[] = []
  for (let id = 1; id <= count; id++) {
    const home = rng.pick(REGIONS)
    const person = randomPerson(rng, now, {
      minAge: 18,
      maxAge: 70,
      hukou: rng.chance(0.6) ? home : undefined,
    })
    let login = username(rng, person)
    if (taken.has(login)) login = `${login}${id}`
    taken.add(login)
    const createdAt = rng.float(fiveYearsAgo, now - 3 * DAY_MS)
    const addresses: DemoAddress[] = []
    for (let i = rng.int(0, 3) === 0 ? 0 : rng.int(1, 3); i > 0; i--) {
      const self = addresses.length === 0 || rng.chance(0.6)
      const other = self
        ? person
        : randomPerson(rng, now, { minAge: 18, maxAge: 70, surname: person.name.surname })
      const region = addresses.length === 0 || rng.chance(0.6) ? home : rng.pick(REGIONS)
      addresses.push({
        receiverName: other.name.name,
        receiverPhone: rng.chance(0.05) ? landline(rng) : other.mobile,
        region,
        detail: randomAddressLine(rng, region),
      })
    }
    members.push({
      ...person,
      id,
      username: login,
      nickname: randomNickname(rng, person.name),
      email: email(rng, person, login),
      home,
      createdAt,
      lastLoginAt: createdAt + (now - createdAt) * rng.next() ** 0.25,
      verified: rng.chance(0.75),
      addresses,
      cards: Array.from({ length: rng.chance(0.3) ? 2 : 1 }, () => bankCard(rng)),
      devices: Array.from({ length: rng.chance(0.25) ? 2 : 1 }, () => device(rng)),
    })
  }
  return members
}
