/**
 * Vehicle identification number (ISO 3779): 17 characters without I, O, Q. North-American and Chinese
 * (GB 16735) VINs carry a check digit in position 9; European ones need not, so a mismatch is not a rejection.
 */
const VALUES: Readonly<Record<string, number>> = Object.fromEntries(
  [...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c, i) => [
    c,
    [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i]!,
  ]),
)
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const

/** Check digit of a 17-character VIN (`0`–`9` or `X`), or undefined for illegal characters. */
export function vinCheckDigit(vin: string): string | undefined {
  if (vin.length !== 17) return undefined
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : VALUES[c]
    if (v === undefined) return undefined
    sum += v * WEIGHTS[i]!
  }
  const r = sum % 11
  return r === 10 ? 'X' : String(r)
}
