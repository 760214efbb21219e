/**
 * Payment card brand by issuer prefix (IIN) and length; shared reference §3.3. Returns undefined for numbers
 * whose prefix and length match no known scheme, which is what separates card numbers from Luhn-valid noise.
 */
export type CardBrand =
  'unionpay' | 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'diners' | 'mir' | 'maestro' | 'dankort'

const MAESTRO = new Set([5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763])

export function cardBrand(digits: string): CardBrand | undefined {
  const n = digits.length
  const p2 = +digits.slice(0, 2)
  const p3 = +digits.slice(0, 3)
  const p4 = +digits.slice(0, 4)
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay'
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa'
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard'
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex'
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) && n >= 16 && n <= 19) return 'discover'
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb'
  if ((p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305)) && n >= 14 && n <= 19) return 'diners'
  if (p4 >= 2200 && p4 <= 2204 && n >= 16 && n <= 19) return 'mir'
  // Narrow Maestro and Dankort IIN blocks (card-scheme published ranges; not in shared reference §3.3).
  if (MAESTRO.has(p4) && n >= 12 && n <= 19) return 'maestro'
  if (p4 === 5019 && n === 16) return 'dankort'
  return undefined
}
