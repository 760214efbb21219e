/**
 * One-pass character-class mask of a value. Rules declare which classes a value must contain and may contain,
 * so the classifier skips a rule's regex for values that cannot match: the reason a column of timestamps or
 * prices costs a table lookup per character instead of twenty regex runs.
 */
export const CHAR_CLASSES = [
  'digit',
  'upper',
  'lower',
  'space',
  'at',
  'dot',
  'colon',
  'dash',
  'plus',
  'slash',
  'comma',
  'underscore',
  'star',
  'paren',
  'dollar',
  'equals',
  'symbol',
  'han',
  'unicode',
  'control',
] as const
export type CharClass = (typeof CHAR_CLASSES)[number]

export const CHAR_BIT: Readonly<Record<CharClass, number>> = Object.fromEntries(
  CHAR_CLASSES.map((name, i) => [name, 1 << i]),
) as Record<CharClass, number>

const ASCII_TABLE = new Uint32Array(128)
for (let c = 0; c < 128; c++) ASCII_TABLE[c] = asciiBit(c)

function asciiBit(c: number): number {
  if (c >= 48 && c <= 57) return CHAR_BIT.digit
  if (c >= 65 && c <= 90) return CHAR_BIT.upper
  if (c >= 97 && c <= 122) return CHAR_BIT.lower
  if (c === 32 || c === 9) return CHAR_BIT.space
  if (c < 32 || c === 127) return CHAR_BIT.control
  const ch = String.fromCharCode(c)
  if (ch === '@') return CHAR_BIT.at
  if (ch === '.') return CHAR_BIT.dot
  if (ch === ':') return CHAR_BIT.colon
  if (ch === '-') return CHAR_BIT.dash
  if (ch === '+') return CHAR_BIT.plus
  if (ch === '/' || ch === '\\') return CHAR_BIT.slash
  if (ch === ',') return CHAR_BIT.comma
  if (ch === '_') return CHAR_BIT.underscore
  if (ch === '*') return CHAR_BIT.star
  if (ch === '(' || ch === ')') return CHAR_BIT.paren
  if (ch === '$') return CHAR_BIT.dollar
  if (ch === '=') return CHAR_BIT.equals
  return CHAR_BIT.symbol
}

/** Bit mask of the classes present in `value` (stops early at `limit` characters). */
export function charMask(value: string, limit = 4096): number {
  let mask = 0
  const n = value.length < limit ? value.length : limit
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i)
    if (c < 128) mask |= ASCII_TABLE[c]!
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) mask |= CHAR_BIT.han
    else mask |= CHAR_BIT.unicode
  }
  return mask
}

/** Mask of a list of class names. */
export function maskOf(classes: readonly CharClass[]): number {
  let mask = 0
  for (const c of classes) mask |= CHAR_BIT[c]
  return mask
}
