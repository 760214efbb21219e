import { defineRule } from '../src/rule/rule.js'
import { cardBrand } from './validators/card-brand.js'
import { isLuhnValid } from './validators/luhn.js'

/**
 * Payment card numbers (PAN). Luhn plus a known issuer prefix validates; a 62-prefixed UnionPay number that
 * fails Luhn is still a shape match, because some Chinese debit cards do not pass Luhn (shared reference §3.3).
 */
export const bankCard = defineRule({
  id: 'bank-card',
  category: 'financial.bank_card',
  description:
    'Bank card number: Luhn-valid with a known issuer prefix (UnionPay, Visa, Mastercard, Amex, JCB…)',
  references: ['ISO/IEC 7812', 'GB/T 35273-2020 Table B.1', 'PIPL Art. 28'],
  names: [
    'bank card',
    'bank card no',
    'bank card number',
    'card no',
    'card number',
    'card num',
    'cardno',
    'credit card',
    'credit card no',
    'credit card number',
    'debit card',
    'debit card no',
    'cc number',
    'cc num',
    'ccnum',
    'pan',
    'yhkh',
    'yinhangka',
    'yinhangkahao',
    'kahao',
    'xykh',
    'jjkh',
    'bankcard',
    'card pan',
    'payment card',
  ],
  weakNames: ['card', 'kh'],
  keywords: ['银行卡号', '银行卡', '卡号', '信用卡号', '借记卡号', '储蓄卡', '信用卡', '借记卡'],
  excludeTokens: [
    'type',
    'brand',
    'bin',
    'holder',
    'name',
    'expiry',
    'expire',
    'cvv',
    'cvc',
    'bank',
    'level',
    'image',
    'gift',
    'member',
    'vip',
    'club',
    'coupon',
    'game',
  ],
  types: ['text', 'integer', 'decimal', 'other', 'json', 'array'],
  prefilter: { minLength: 13, maxLength: 23, require: ['digit'], allow: ['digit', 'space', 'dash'] },
  normalize: (v) => v.replace(/[\s-]/g, ''),
  patterns: [{ name: 'pan', regex: /^\d{13,19}$/, score: 0.2 }],
  validate: (v) => {
    if (isLuhnValid(v) && cardBrand(v)) return true
    return v.startsWith('62') && v.length >= 16 ? undefined : false
  },
  invalidate: (v) => /^(\d)\1+$/.test(v),
  valuesExpected: true,
  // Plain runs of 13–19 digits, or 4-4-4-4(-3), 4-6-5 and 4-6-4 groups with one consistent separator. Only
  // Luhn-valid numbers with a known issuer validate, so a match in text always passed Luhn.
  scan: /(?<![\d-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|\d{4}([ -])\d{6}\2\d{4,5})(?!\d|-\d)/g,
})
