import { defineRule } from '../src/rule/rule.js'

/** Advertising and known-invalid numbers (shared reference §3.13). */
const BLOCKLIST = new Set(['078-05-1120', '219-09-9999', '123-45-6789'])
const SSN = /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/

/**
 * US Social Security numbers. With separators the area/group/serial rules and the blocklist validate; nine bare
 * digits match any ZIP+4 or order number, so they stay a shape that only confirms an SSN-named field.
 */
export const usSsn = defineRule({
  id: 'us-ssn',
  category: 'id.national',
  description:
    'US Social Security number (AAA-GG-SSSS; area not 000/666/9xx, blocklist of published numbers)',
  references: ['shared reference §3.13'],
  names: [
    'ssn',
    'us ssn',
    'ssn no',
    'ssn number',
    'social security number',
    'social security num',
    'soc sec no',
    'itin',
  ],
  excludeTokens: ['type', 'last4', 'verified', 'status'],
  types: ['text', 'integer', 'other', 'json', 'array'],
  prefilter: { minLength: 9, maxLength: 11, require: ['digit'], allow: ['digit', 'dash', 'space', 'dot'] },
  normalize: (v) => v.replace(/^(\d{3})([ .])(\d{2})\2(\d{4})$/, '$1-$3-$4'),
  patterns: [
    { name: 'dashed', regex: /^\d{3}-\d{2}-\d{4}$/, score: 0.5 },
    { name: 'bare', regex: /^\d{9}$/, score: 0.1 },
  ],
  validate: (v, pattern) => {
    const dashed = pattern === 'dashed' ? v : `${v.slice(0, 3)}-${v.slice(3, 5)}-${v.slice(5)}`
    if (!SSN.test(dashed) || BLOCKLIST.has(dashed)) return false
    return pattern === 'dashed' ? true : undefined
  },
  valuesExpected: true,
  scan: /(?<![\d.-])(?!000|666|9\d\d)\d{3}([- .])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-]|\.\d)/g,
})
