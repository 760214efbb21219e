/** Luhn (ISO/IEC 7812) checksum over a string of ASCII digits; false for anything else. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return digits.length > 1 && sum % 10 === 0
}

/** Check digit that makes `payload + digit` Luhn-valid (used to generate test data). */
export function luhnCheckDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) if (isLuhnValid(payload + d)) return String(d)
  throw new Error(`no luhn check digit for ${payload}`)
}
