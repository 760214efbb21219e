/**
 * PRC resident identity number (GB 11643-1999): 6-digit address code, YYYYMMDD birth date, 3-digit sequence
 * (odd = male), ISO 7064 MOD 11-2 check character. See shared reference §3.1.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'
/** Province prefixes; 81/82/83 are HK/Macau/Taiwan residence permits, which share the format. */
const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(
    ' ',
  ),
)

/** Check character for the first 17 digits. */
export function gb11643CheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!
  return CHECK_CHARS[sum % 11]!
}

export interface PrcIdOptions {
  /** Dates after this are impossible birth dates. */
  readonly now?: Date
  /** Accept the 2023 foreign permanent resident ID (starts with 9, same checksum). */
  readonly allowForeignPermanentResident?: boolean
}

/** Full validation of an 18-character ID: shape, province, real past date, check character. */
export function isPrcId18(value: string, options: PrcIdOptions = {}): boolean {
  if (value.length !== 18) return false
  const s = value.toUpperCase()
  for (let i = 0; i < 17; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  const last = s.charCodeAt(17)
  if (!((last >= 48 && last <= 57) || last === 88)) return false
  if (s[0] === '9' ? !options.allowForeignPermanentResident : !PROVINCES.has(s.slice(0, 2))) return false
  if (!isPastDate(+s.slice(6, 10), +s.slice(10, 12), +s.slice(12, 14), options.now)) return false
  return gb11643CheckChar(s) === s[17]
}

/** Legacy 15-digit ID (before 1999): 6 address + YYMMDD (19YY) + 3 sequence, no check digit. */
export function isPrcId15(value: string, options: PrcIdOptions = {}): boolean {
  if (!/^[1-9]\d{14}$/.test(value)) return false
  if (!PROVINCES.has(value.slice(0, 2))) return false
  return isPastDate(1900 + +value.slice(6, 8), +value.slice(8, 10), +value.slice(10, 12), options.now)
}

/** Converts a legacy 15-digit ID to 18 digits (inserts "19" and computes the check character). */
export function prcId15To18(value: string): string {
  const first17 = `${value.slice(0, 6)}19${value.slice(6)}`
  return first17 + gb11643CheckChar(first17)
}

/** Birth date encoded in a valid 15- or 18-digit ID, as `YYYY-MM-DD`, or undefined. */
export function prcIdBirthDate(value: string): string | undefined {
  if (value.length === 18) return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  if (value.length === 15) return `19${value.slice(6, 8)}-${value.slice(8, 10)}-${value.slice(10, 12)}`
  return undefined
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Real calendar date not after `now`; integer arithmetic because this runs for every 18-digit value scanned. */
function isPastDate(y: number, m: number, d: number, now?: Date): boolean {
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!)) return false
  return y * 10000 + m * 100 + d <= (now ? ymd(now) : today())
}

function ymd(date: Date): number {
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate()
}

let cachedDay = -1
let cachedToday = 0
function today(): number {
  const day = Math.floor(Date.now() / 86_400_000)
  if (day !== cachedDay) {
    cachedDay = day
    cachedToday = ymd(new Date())
  }
  return cachedToday
}
