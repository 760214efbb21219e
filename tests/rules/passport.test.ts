import { describe, expect, it } from 'vitest'
import { passport } from '../../rules/passport.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

// Vectors from shared/reference/china-pii.md §3.5.
testRule(passport, {
  detect: [
    'E12345678',
    'EA1234567',
    'G12345678',
    'PE1234567',
    'e12345678',
    { value: 'K12345678', as: 'shape' },
    { value: 'A12345678', as: 'shape' },
    { name: 'passport' },
    { name: 'passport_no' },
    { name: 'passportNumber' },
    { name: 'hzhm' },
    { name: 'huzhao' },
    { name: 'x', comment: '护照号码' },
  ],
  ignore: [
    { value: 'E1234567', shapeOnly: true },
    { value: 'EI1234567', shapeOnly: true },
    'E00000000',
    'X1234567890',
    { name: 'passenger' },
    { name: 'passenger_name' },
    { name: 'passport_type' },
    { name: 'passport_expiry' },
    { name: 'passport_photo' },
    { name: 'password' },
    { name: 'x', comment: '护照类型' },
  ],
})

describe('passport in free text', () => {
  it('finds Chinese passport numbers only', () => {
    const text = '护照 E12345678 已更新；发票 X12345678；旧号 EI1234567；订单E1234567890'
    expect(textFinds(passport, text).map((f) => f.text)).toEqual(['E12345678'])
  })
})
