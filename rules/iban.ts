import { defineRule } from '../src/rule/rule.js'
import { isValidIban } from './validators/iban.js'

/** International bank account numbers: country length from the IBAN registry and mod 97 (reference §3.14). */
export const iban = defineRule({
  id: 'iban',
  category: 'financial.account',
  description: 'IBAN (ISO 13616): registry length per country and mod-97 check',
  references: ['ISO 13616', 'shared reference §3.14'],
  names: [
    'iban',
    'iban no',
    'iban code',
    'iban number',
    'bank iban',
    'account iban',
    'international bank account number',
  ],
  keywords: ['国际银行账号', 'IBAN号', 'IBAN账号'],
  excludeTokens: ['type', 'country', 'status', 'format', 'verified'],
  types: ['text', 'other', 'json', 'array'],
  prefilter: {
    minLength: 15,
    maxLength: 42,
    require: ['digit'],
    allow: ['digit', 'upper', 'lower', 'space', 'dash'],
  },
  normalize: (v) => v.replace(/[\s-]/g, '').toUpperCase(),
  patterns: [{ name: 'iban', regex: /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, score: 0.3 }],
  validate: (v) => isValidIban(v),
  valuesExpected: true,
  // Groups of four, separated by one space or dash at most; upper case only, as IBANs are printed.
  scan: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/g,
})
