import { defineRule } from '../src/rule/rule.js'
import { isHkid } from './validators/regional-id.js'

/** Hong Kong identity card number, `A123456(3)`, with its check character (shared reference §3.15). */
export const hkid = defineRule({
  id: 'hkid',
  category: 'id.national',
  description: 'Hong Kong identity card number with check character (A123456(3))',
  references: ['shared reference §3.15'],
  names: [
    'hkid',
    'hk id',
    'hkid no',
    'hkid number',
    'hk id no',
    'hk id card',
    'hk identity card',
    'hong kong id',
    'hong kong id no',
    'hong kong identity card',
    'xianggang shenfenzheng',
  ],
  keywords: ['香港身份证', '香港身份证号', '香港身份证号码', '香港居民身份证'],
  excludeTokens: ['type', 'photo', 'image', 'img', 'scan', 'front', 'back', 'url', 'status'],
  types: ['text', 'other', 'json', 'array'],
  prefilter: { minLength: 8, maxLength: 12, allow: ['digit', 'upper', 'lower', 'paren', 'space'] },
  normalize: (v) => v.replace(/\s/g, '').toUpperCase(),
  patterns: [{ name: 'hkid', regex: /^[A-Z]{1,2}\d{6}\(?[0-9A]\)?$/, score: 0.3 }],
  validate: (v) => isHkid(v),
  valuesExpected: true,
})
