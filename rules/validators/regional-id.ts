/**
 * Hong Kong identity card and Taiwan national ID check characters (shared reference §3.15).
 */

/** HKID: 1–2 letters, 6 digits, check character (0–9 or A), parentheses optional. */
export function isHkid(value: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/.exec(value)
  if (!m) return false
  const [, letters, digits, check] = m as unknown as [string, string, string, string]
  const first = letters.length === 1 ? 36 : letters.charCodeAt(0) - 55
  const second = letters.charCodeAt(letters.length - 1) - 55
  let sum = first * 9 + second * 8
  for (let i = 0; i < 6; i++) sum += (digits.charCodeAt(i) - 48) * (7 - i)
  const r = 11 - (sum % 11)
  return (r === 11 ? '0' : r === 10 ? 'A' : String(r)) === check
}

/** Letter values of the Taiwan ID (not alphabetical: I=34, O=35, W=32, X=30, Y=31, Z=33). */
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO'

/** Taiwan national ID: letter, sex digit 1 or 2, 8 digits; weighted sum ≡ 0 (mod 10). */
export function isTaiwanId(value: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(value)) return false
  const v = TW_LETTERS.indexOf(value[0]!) + 10
  let sum = Math.floor(v / 10) + (v % 10) * 9
  for (let i = 1; i <= 8; i++) sum += (value.charCodeAt(i) - 48) * (9 - i)
  sum += value.charCodeAt(9) - 48
  return sum % 10 === 0
}
