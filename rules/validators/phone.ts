/**
 * Phone-number shapes and checks shared by the rules that hold phone numbers: `phone-number` (contact details)
 * and `call-record` (caller and callee numbers of call detail records). Shared reference §3.4 and §3.16.
 */
import { isValidPhoneNumber } from 'libphonenumber-js/max'
import type { ValuePattern } from '../../src/rule/rule.js'

/** Mobile segments in use (shared reference §3.4); ages slowly, so it only refines the broad 1[3-9] shape. */
export const CN_MOBILE_SEGMENT = /^1(?:3\d|4[014-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}$/

/** Phone shapes on the normalised value (separators stripped), most specific first. */
export const PHONE_PATTERNS: readonly ValuePattern[] = [
  { name: 'cn-mobile', regex: /^(?:\+?86|0086)?1[3-9]\d{9}$/, score: 0.5 },
  { name: 'cn-landline', regex: /^(?:\+?86|0086)?0(?:10|2\d|[3-9]\d{2})[2-9]\d{6,7}$/, score: 0.4 },
  { name: 'international', regex: /^(?:\+|00)[1-9]\d{6,14}$/, score: 0.3 },
  { name: 'local', regex: /^\d{7,12}$/, score: 0.1 },
]

/**
 * US/Canada numbers written the national way, `(415) 555-0132` or `415-555-0132`. Only the punctuated forms
 * count: ten bare digits could be anything, a North-American layout is a phone number.
 */
const NANP_FORMATTED = /^(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[-.])[2-9]\d{2}[-.]\d{4}$/

/** Strips the separators people type inside phone numbers; punctuated North-American numbers gain `+1`. */
export function normalizePhone(value: string): string {
  if (NANP_FORMATTED.test(value)) return `+1${value.replace(/\D/g, '')}`
  return value.replace(/[\s\-().]/g, '')
}

/** True confirms, false rejects, undefined leaves a shape match (a bare local number). */
export function validatePhone(value: string, pattern: string): boolean | undefined {
  if (value.length > 20) return false
  if (pattern === 'cn-mobile')
    return CN_MOBILE_SEGMENT.test(
      value.charCodeAt(0) === 49 /* 1 */ ? value : value.replace(/^(?:\+?86|0086)/, ''),
    )
  if (pattern === 'cn-landline') return true
  if (pattern === 'international') return isValidPhoneNumber(value.replace(/^00/, '+'))
  return undefined
}

/** Placeholders such as 11111111111 or +0000000. */
export function isPlaceholderPhone(value: string): boolean {
  // A loop rather than /^(\d)\1+$/: this runs on every phone-shaped value of a full scan.
  const start = value.charCodeAt(0) === 43 /* + */ ? 1 : 0
  const first = value.charCodeAt(start)
  if (value.length - start < 2 || first < 48 || first > 57) return false
  for (let i = start + 1; i < value.length; i++) if (value.charCodeAt(i) !== first) return false
  return true
}

/**
 * Phone numbers inside free text: CN mobiles (optionally +86/0086/86, grouped 3-4-4), international numbers
 * written with `+` and separator-delimited groups, CN landlines written `0area-number`, punctuated
 * North-American numbers. Digit lookarounds keep 13-digit timestamps and longer serials out; every group is
 * delimited, so the regex cannot backtrack badly.
 */
export const PHONE_SCAN = new RegExp(
  [
    '(?<![\\d+])(?:(?:\\+|00)?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?!\\d)',
    '(?<![\\w+])\\+[1-9]\\d*(?:[ .-]\\(?\\d+\\)?|\\(\\d+\\))*(?!\\d)',
    '(?<!\\d)0(?:10|2\\d|[3-9]\\d{2})-[2-9]\\d{6,7}(?!\\d)',
    '(?<![\\w+(.-])(?:\\([2-9]\\d{2}\\) ?|[2-9]\\d{2}[-.])[2-9]\\d{2}[-.]\\d{4}(?![\\d-])',
  ].join('|'),
  'g',
)
