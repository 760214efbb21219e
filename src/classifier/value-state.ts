/**
 * How a value is stored: in clear, masked (`138****5678`), hashed (bcrypt, SHA-256 hex) or encrypted
 * (base64 or hex ciphertext, `ENC(…)`). Masked and hashed identifiers are still personal information
 * (de-identified, PIPL Art. 73), so states are reported, not used to drop findings.
 */
import { CHAR_BIT } from '../rule/char-class.js'

export const VALUE_STATES = ['plain', 'masked', 'hashed', 'encrypted'] as const
export type ValueState = (typeof VALUE_STATES)[number]

const MASK_RUN = /[*＊•●]{2,}/
const HASH =
  /^(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{56}|[a-f0-9]{64}|[a-f0-9]{96}|[a-f0-9]{128}|[A-F0-9]{32}|[A-F0-9]{40}|[A-F0-9]{64})$/
const PASSWORD_HASH =
  /^(?:\$2[abxy]?\$\d{2}\$|\$argon2(?:id|i|d)\$|\$[156]\$|\$scrypt\$|\$pbkdf2|pbkdf2_sha\d+\$|\{SSHA)/
const CIPHER_PREFIX = /^(?:ENC\(|enc:|\{cipher\}|vault:v\d+:|AQICAH|aes:|sm4:)/i
const BASE64 = /^(?:[A-Za-z0-9+/]{4}){6,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const HEX_LONG = /^(?:[a-f0-9]{2}){24,}$|^(?:[A-F0-9]{2}){24,}$/

/** State of one value, given its character mask (computed once by the accumulator). */
export function valueState(value: string, mask: number): ValueState {
  if (mask & (CHAR_BIT.star | CHAR_BIT.unicode) && MASK_RUN.test(value)) {
    // A string of nothing but stars is a placeholder, not a masked value.
    if (!/^[*＊•●]+$/.test(value)) return 'masked'
  }
  if (value.length >= 32 && !(mask & (CHAR_BIT.space | CHAR_BIT.han))) {
    if (PASSWORD_HASH.test(value) || HASH.test(value)) return 'hashed'
    if (CIPHER_PREFIX.test(value)) return 'encrypted'
    if (HEX_LONG.test(value)) return 'encrypted'
    // Base64 of at least 24 bytes that mixes cases and digits: ciphertext, not a word.
    if (BASE64.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value))
      return 'encrypted'
  } else if (value.length >= 8 && CIPHER_PREFIX.test(value)) return 'encrypted'
  return 'plain'
}

export type StateCounts = Record<ValueState, number>

export function emptyStateCounts(): StateCounts {
  return { plain: 0, masked: 0, hashed: 0, encrypted: 0 }
}

/** The state most values are in; `mixed` when no state has a clear majority (>= 80 %). */
export function dominantState(counts: StateCounts): ValueState | 'mixed' | undefined {
  const total = counts.plain + counts.masked + counts.hashed + counts.encrypted
  if (total === 0) return undefined
  for (const s of VALUE_STATES) if (counts[s] / total >= 0.8) return s
  return 'mixed'
}
