import { cardCvv } from '../../rules/card-cvv.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(cardCvv, {
  detect: [
    '123',
    '4567',
    '12/27',
    '09/2028',
    { name: 'cvv' },
    { name: 'cvv2' },
    { name: 'card_cvc' },
    { name: 'card_expiry' },
    { name: 'card_expire_date' },
    { name: 'cc_exp' },
    { name: 'expiry_date', strength: 'ambiguous' },
    { name: 'x', comment: '信用卡有效期' },
    { name: 'x', comment: 'CVV2码' },
  ],
  ignore: [
    '12345',
    '13/27',
    'abc',
    { name: 'cvv_length' },
    { name: 'cvv_required' },
    { name: 'coupon_expiry_date' },
  ],
})
