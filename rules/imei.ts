import { defineRule } from '../src/rule/rule.js'
import { isLuhnValid } from './validators/luhn.js'

/** IMEI (15 digits, Luhn) and MEID (14 hex); shared reference §3.10. */
export const imei = defineRule({
  id: 'imei',
  category: 'device.id',
  description: 'Mobile equipment identity: IMEI with Luhn check digit, or MEID',
  references: ['GB/T 35273-2020 Table A.1', 'GB/T 43697-2024 Annex B (不可变更的唯一设备识别码)'],
  names: [
    'imei',
    'imei no',
    'imei number',
    'meid',
    'imeisv',
    'chuanhao',
    'device imei',
    'imei code',
    'imei1',
    'imei2',
    'phone imei',
  ],
  keywords: ['串号', '手机串号', 'IMEI号', '国际移动设备识别码'],
  types: ['text', 'integer', 'other', 'json', 'array'],
  prefilter: { minLength: 14, maxLength: 17, allow: ['digit', 'upper', 'lower', 'dash', 'space'] },
  normalize: (v) => v.replace(/[\s-]/g, '').toUpperCase(),
  patterns: [
    { name: 'imei', regex: /^\d{15}$/, score: 0.2 },
    { name: 'meid', regex: /^[0-9A-F]{14}$/, score: 0.2 },
  ],
  validate: (v, pattern) => (pattern === 'imei' ? isLuhnValid(v) : undefined),
  invalidate: (v) => /^(\d)\1+$/.test(v),
  valuesExpected: true,
  scan: /(?<![\d-])(?:\d{15}|\d{2}([- ])\d{6}\1\d{6}\1\d)(?![\d-])/g,
})
