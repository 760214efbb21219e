/**
 * Anonymization operators. Each is idempotent (op(op(x)) === op(x)), which is what makes enforcement safe to
 * rerun after a crash: rows already processed no longer change, so the batch predicate skips them.
 */
import { createHmac } from 'node:crypto'
import { ConfigError } from '../errors.js'

export const OPERATOR_NAMES = ['mask', 'hash', 'generalize', 'nullify'] as const
export type OperatorName = (typeof OPERATOR_NAMES)[number]

/** Default operator per category (the first matching prefix wins); a policy's `anonymize` map overrides. */
const DEFAULTS: readonly [string, OperatorName][] = [
  ['credential.', 'nullify'],
  ['biometric.', 'nullify'],
  ['id.document_image', 'nullify'],
  ['id.', 'generalize'],
  ['person.birthdate', 'generalize'],
  ['location.', 'generalize'],
  ['network.ip', 'generalize'],
  ['contact.address', 'generalize'],
  ['health.', 'nullify'],
  ['communication.content', 'nullify'],
]

export function defaultOperator(
  category: string,
  overrides: Readonly<Record<string, OperatorName>> = {},
): OperatorName {
  const explicit = Object.entries(overrides)
    .filter(([c]) => category === c || category.startsWith(`${c}.`))
    .sort(([a], [b]) => b.length - a.length)[0]
  if (explicit) return explicit[1]
  return DEFAULTS.find(([prefix]) => category.startsWith(prefix))?.[1] ?? 'mask'
}

/** Characters kept at the start and end of a masked value of `n` characters (same rule in SQL). */
export function maskKeep(n: number): [number, number] {
  if (n <= 3) return [1, 0]
  if (n <= 6) return [1, 1]
  if (n <= 11) return [3, Math.min(4, n - 5)]
  return [6, 4]
}

export function maskText(value: string): string {
  const chars = Array.from(value)
  const n = chars.length
  if (n === 0) return value
  const [k, m] = maskKeep(n)
  return chars.slice(0, k).join('') + '*'.repeat(n - k - m) + (m > 0 ? chars.slice(n - m).join('') : '')
}

/** Prefix of hashed values; a value that already has it is left alone. */
export const HASH_PREFIX = 'h1:'

export function hashText(value: string, key: Buffer): string {
  if (value.startsWith(HASH_PREFIX)) return value
  return HASH_PREFIX + createHmac('sha256', key).update(value).digest('base64url').slice(0, 32)
}

/** Coarser value by category: year of a date, ~1 km for coordinates, /24 for IPv4, region + birth year for IDs. */
export function generalizeText(value: string, category: string): string {
  if (category === 'person.birthdate' || /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const year = /^(\d{4})/.exec(value)?.[1]
    return year ? `${year}-01-01` : maskText(value)
  }
  if (category.startsWith('location.')) {
    return value.replace(/-?\d+\.\d+/g, (n) => (Math.round(Number(n) * 100) / 100).toFixed(2))
  }
  if (category === 'network.ip') {
    const v4 = /^(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}(\/\d+)?$/.exec(value)
    if (v4) return `${v4[1]}.0`
    if (value.includes(':')) return `${value.split(':').slice(0, 3).join(':')}::`
    return maskText(value)
  }
  if (category.startsWith('id.') && /^\d{17}[\dXx]$/.test(value))
    return `${value.slice(0, 10)}${'*'.repeat(8)}`
  if (category.startsWith('id.') && /^\d{17}[\dXx*]$|^\d{10}\*{8}$/.test(value)) return value
  if (category === 'contact.address') {
    // Keep the administrative area (first 6 characters: 省 + 市), drop the street and door number.
    const chars = Array.from(value)
    return chars.length <= 6 ? value : chars.slice(0, 6).join('') + '*'.repeat(Math.min(8, chars.length - 6))
  }
  return maskText(value)
}

/** Applies an operator to a text value (JS path: log lines, documents, and SQL engines for `hash`). */
export function applyOperator(
  op: OperatorName,
  value: string | null,
  category: string,
  hashKey?: Buffer,
): string | null {
  if (value === null) return null
  switch (op) {
    case 'nullify':
      return null
    case 'mask':
      return maskText(value)
    case 'generalize':
      return generalizeText(value, category)
    case 'hash':
      if (!hashKey) throw new ConfigError('the hash operator needs PIMAP_HASH_KEY (consistent across stores)')
      return hashText(value, hashKey)
  }
}
