import { defineRule } from '../src/rule/rule.js'
import { isTaiwanId } from './validators/regional-id.js'

/** Taiwan national identification number, `A123456789`, with its check digit (shared reference §3.15). */
export const taiwanId = defineRule({
  id: 'taiwan-id',
  category: 'id.national',
  description: 'Taiwan national ID number (letter, sex digit, 8 digits, weighted check digit)',
  references: ['shared reference §3.15'],
  names: ['taiwan id', 'tw id', 'tw id no', 'taiwan id no', 'taiwan national id', 'roc id', 'tw national id'],
  keywords: [
    '台湾身份证',
    '台湾身份证号',
    '台湾居民身份证',
    '身分证字号',
    '身分證',
    '身分證字號',
    '國民身分證',
  ],
  excludeTokens: ['type', 'photo', 'image', 'img', 'scan', 'front', 'back', 'url', 'status'],
  types: ['text', 'other', 'json', 'array'],
  prefilter: { minLength: 10, maxLength: 10, allow: ['digit', 'upper'] },
  patterns: [{ name: 'tw-id', regex: /^[A-Z][12]\d{8}$/, score: 0.3 }],
  validate: (v) => isTaiwanId(v),
  valuesExpected: true,
})
