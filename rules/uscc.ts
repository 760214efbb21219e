import { defineRule } from '../src/rule/rule.js'
import { isValidUscc } from './validators/uscc.js'

/**
 * Unified social credit codes of organisations (GB 32100-2015). Recognised so that an 18-character company code
 * is reported as NOT personal (category sensitivity `none`) instead of being mistaken for an ID number. Prefix 92
 * (individual businesses) can be linked to a person; the category description says so.
 */
export const uscc = defineRule({
  id: 'uscc',
  category: 'organization.uscc',
  description: 'Unified social credit code of an organisation (check character, GB 32100); not personal',
  references: ['GB 32100-2015', 'shared reference §3.2'],
  names: [
    'uscc',
    'unified social credit code',
    'social credit code',
    'credit code',
    'tyshxydm',
    'tyxydm',
    'shxydm',
    'business license no',
    'business license number',
    'business licence no',
    'org code',
    'organization code',
    'organisation code',
    'company credit code',
    'enterprise credit code',
  ],
  keywords: [
    '统一社会信用代码',
    '社会信用代码',
    '信用代码',
    '营业执照号',
    '营业执照号码',
    '营业执照注册号',
    '组织机构代码',
    '纳税人识别号',
  ],
  excludeTokens: ['type', 'photo', 'image', 'img', 'url', 'status', 'expiry', 'expire'],
  types: ['text', 'other', 'json', 'array'],
  prefilter: { minLength: 18, maxLength: 18, allow: ['digit', 'upper', 'lower'] },
  normalize: (v) => v.toUpperCase(),
  patterns: [{ name: 'uscc', regex: /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, score: 0.3 }],
  validate: (v) => isValidUscc(v),
  valuesExpected: true,
})
