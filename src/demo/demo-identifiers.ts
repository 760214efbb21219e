/**
 * Identifier generators with real structure and check digits: resident IDs (GB 11643), bank cards and IMEIs
 * (Luhn), mobile numbers, public IPs, device ids. The scanner validates check digits, so fake-looking data
 * would make the demo under-report.
 */
import { gb11643CheckChar } from '../../rules/validators/gb11643.js'
import { luhnCheckDigit } from '../../rules/validators/luhn.js'
import type { Random } from './random.js'

/** Mobile prefixes of China Mobile, Unicom, Telecom and virtual operators (`1[3-9]x`). */
const MOBILE_PREFIXES = (
  '130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 170 171 173 175 176 ' +
  '177 178 180 181 182 183 184 185 186 187 188 189 191 195 198 199'
).split(' ')

export function mobileNumber(rng: Random): string {
  return rng.pickSkewed(MOBILE_PREFIXES, 1.3) + rng.digits(8)
}

/** Landline with area code (`010-62345678`): local numbers never start with 0 or 1. */
export function landline(rng: Random): string {
  const area = rng.pick(['010', '021', '020', '0755', '0571', '028', '027', '029'])
  const local = String(rng.int(2, 8)) + rng.digits(area.length === 3 ? 7 : 6)
  return `${area}-${local}`
}

/**
 * 18-digit resident ID: address code, birth date, sequence (odd for men, even for women), check character.
 * `birthDate` is `YYYY-MM-DD`.
 */
export function residentId(rng: Random, adcode: string, birthDate: string, gender: 'M' | 'F'): string {
  const seq = String(rng.int(0, 499) * 2 + (gender === 'M' ? 1 : 0)).padStart(3, '0')
  const first17 = adcode + birthDate.replace(/-/g, '') + seq
  return first17 + gb11643CheckChar(first17)
}

/** The pre-1999 15-digit form of an 18-digit ID (drops the century and the check character). */
export function legacyResidentId(id18: string): string {
  return id18.slice(0, 6) + id18.slice(8, 17)
}

/** `[bank, IIN prefix, length]`: UnionPay debit (62…), Visa (4…) and Mastercard (5…) cards of Chinese banks. */
export const CARD_BINS = [
  ['中国工商银行', '622202', 19],
  ['中国工商银行', '621226', 19],
  ['中国建设银行', '621700', 19],
  ['中国建设银行', '436742', 16],
  ['中国农业银行', '622848', 19],
  ['中国银行', '621661', 19],
  ['中国银行', '456351', 16],
  ['招商银行', '622588', 16],
  ['招商银行', '621483', 16],
  ['招商银行', '552534', 16],
  ['交通银行', '622260', 17],
  ['中信银行', '520108', 16],
  ['中国邮政储蓄银行', '621799', 19],
  ['浦发银行', '622521', 16],
  ['平安银行', '622155', 18],
] as const

export interface BankCard {
  readonly bank: string
  readonly number: string
}

export function bankCard(rng: Random): BankCard {
  const [bank, bin, length] = rng.pickSkewed(CARD_BINS, 1.4)
  const payload = bin + rng.digits(length - bin.length - 1)
  return { bank, number: payload + luhnCheckDigit(payload) }
}

/** Type allocation codes of phones sold in China (Xiaomi, Huawei, OPPO, vivo, Samsung). */
const TACS = ['86891203', '86769704', '86446205', '86120904', '86698705', '35332510', '35290611']

/** 15-digit IMEI: TAC, serial, Luhn check digit. */
export function imei(rng: Random): string {
  const payload = rng.pick(TACS) + rng.digits(6)
  return payload + luhnCheckDigit(payload)
}

/** 16-hex Android ID. */
export function androidId(rng: Random): string {
  return rng.hex(16)
}

/** Upper-case UUID, the shape of an iOS IDFV. */
export function uuid(rng: Random): string {
  const h = rng.hex(32).toUpperCase()
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89AB'[rng.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`
}

/** First octets of public IPv4 blocks allocated to Chinese ISPs (no private, CGNAT or documentation ranges). */
const IPV4_FIRST = [
  36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,
  123, 124, 125, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223,
]

/** Public client address; about `ipv6Share` are IPv6 from Telecom (240e), Unicom (2408) or Mobile (2409). */
export function publicIp(rng: Random, ipv6Share = 0.15): string {
  if (rng.chance(ipv6Share)) {
    const groups = [rng.pick(['240e', '2408', '2409']), rng.hex(3)]
    for (let i = 0; i < 6; i++) groups.push(rng.hex(4).replace(/^0+(?=.)/, ''))
    return groups.join(':')
  }
  return [rng.pick(IPV4_FIRST), rng.int(1, 254), rng.int(0, 255), rng.int(1, 254)].join('.')
}

const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** bcrypt-shaped hash (`$2b$10$` + 22 salt + 31 hash characters = 60); not the hash of anything. */
export function bcryptHash(rng: Random): string {
  return `$2b$10$${rng.chars(BCRYPT_ALPHABET, 53)}`
}

/** `5` to `10`-digit QQ number (first digit not 0). */
export function qqNumber(rng: Random): string {
  return String(rng.int(1, 9)) + rng.digits(rng.int(5, 9))
}
