import { describe, expect, it } from 'vitest'
import { phoneNumber } from '../../rules/phone-number.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

testRule(phoneNumber, {
  detect: [
    '13812345678',
    '+8619912345678',
    '86-17012345678',
    '138 1234 5678',
    '010-62345678',
    '0755-86013388',
    '(021)68881234',
    '+14155552671',
    '+442071838750',
    '0044 20 7183 8750',
    '(206) 555-9857',
    '415-555-0132',
    { value: '2065559857', as: 'shape' },
    { value: '13812345678', type: 'integer' },
    { name: 'mobile' },
    { name: 'mobile_no' },
    { name: 'receiver_phone' },
    { name: 'consignee_mobile' },
    { name: 'sjhm' },
    { name: 'lxdh' },
    { name: 'phoneNumber' },
    { name: 'homephone' },
    { name: 'x', comment: '收货人电话' },
    { name: 'x', comment: '手机号（加密存储）' },
    { name: 'sj', strength: 'ambiguous' },
  ],
  ignore: [
    '12812345678',
    '1381234567',
    '138123456789',
    '11111111111',
    '1700000000000',
    '+0123456789',
    { value: '4155550132', shapeOnly: true },
    '(123) 555-0132',
    { name: 'is_phone_bound' },
    { name: 'phone_verified' },
    { name: 'phone_brand' },
    { name: 'mobile_model' },
    { name: 'headphone' },
    { name: 'microphone' },
    { name: 'x', comment: '是否绑定手机' },
    { name: 'x', comment: '手机号验证状态' },
  ],
})

describe('phone-number in free text', () => {
  it('finds CN mobiles, +86 forms, E.164 numbers and CN landlines', () => {
    const text =
      '新号码13812345678，备用 +86 139 8765 4321，座机 010-62345678，伦敦 +44 20 7183 8750，NY (415) 555-0132'
    expect(textFinds(phoneNumber, text).map((f) => f.text)).toEqual([
      '13812345678',
      '+86 139 8765 4321',
      '010-62345678',
      '+44 20 7183 8750',
      '(415) 555-0132',
    ])
  })

  it('ignores mobile-shaped runs inside longer numbers (timestamps, order numbers)', () => {
    expect(textFinds(phoneNumber, 'ts=1718000000000 order 202406181381234567890 id 12812345678')).toEqual([])
  })
})
