import { defineRule } from '../src/rule/rule.js'

/** Chinese passports (shared reference §3.5); the letters I and O are never issued after the prefix. */
const CN_PASSPORT = /^(?:E(?:\d{8}|[A-HJ-NP-Z]\d{7})|G\d{8}|[DSP]E\d{7})$/

/**
 * Passport numbers. Chinese e-passports (E…, G…, DE/SE/PE…) validate; foreign and HK/Macau passports are plain
 * shapes. `[A-Z]\d{8}` also fits invoices and SKUs, so values only confirm a passport-named field; in free text
 * only the Chinese formats count.
 */
export const passport = defineRule({
  id: 'passport',
  category: 'id.travel',
  description: 'Passport number: Chinese e-passport formats validate; other passports by name',
  references: ['GB/T 35273-2020 Table B.1', 'shared reference §3.5'],
  names: [
    'passport',
    'passport no',
    'passport number',
    'passport num',
    'passport id',
    'passport code',
    'passportno',
    'hzh',
    'hzhm',
    'huzhao',
    'huzhaohao',
    'huzhaohaoma',
    'visa no',
    'visa number',
    'travel document no',
    'travel document number',
  ],
  keywords: ['护照号', '护照号码', '护照', '护照编号', '签证号', '签证号码'],
  excludeTokens: [
    'type',
    'country',
    'issue',
    'issued',
    'issuing',
    'expiry',
    'expire',
    'expires',
    'photo',
    'image',
    'img',
    'scan',
    'copy',
    'front',
    'back',
    'file',
    'url',
    'authority',
    'place',
    'nationality',
    'name',
    'status',
    'office',
  ],
  types: ['text', 'other', 'json', 'array'],
  prefilter: { minLength: 6, maxLength: 12, allow: ['digit', 'upper', 'lower', 'space'] },
  normalize: (v) => v.replace(/\s/g, '').toUpperCase(),
  patterns: [
    { name: 'cn-passport', regex: CN_PASSPORT, score: 0.5 },
    { name: 'hk-mo-passport', regex: /^(?:K\d{8}|MA\d{7})$/, score: 0.3 },
    { name: 'generic', regex: /^[A-Z]{1,2}\d{6,9}$/, score: 0.1 },
  ],
  validate: (v, pattern) => (pattern === 'cn-passport' ? true : undefined),
  invalidate: (v) => /^[A-Z]{0,2}(\d)\1+$/.test(v),
  valueEvidence: 'weak',
  scan: /(?<![0-9A-Za-z])(?:E(?:\d{8}|[A-HJ-NP-Z]\d{7})|G\d{8}|[DSP]E\d{7})(?![0-9A-Za-z])/g,
})
