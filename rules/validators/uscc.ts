/**
 * Unified social credit code (GB 32100-2015): 18 characters over a 31-character alphabet (no I, O, S, V, Z),
 * weights 3^(i-1) mod 31, check character in position 18 (shared reference §3.2).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

export function isValidUscc(value: string): boolean {
  if (value.length !== 18) return false
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(value[i]!)
    if (v < 0) return false
    sum += v * WEIGHTS[i]!
  }
  return ALPHABET[(31 - (sum % 31)) % 31] === value[17]
}
