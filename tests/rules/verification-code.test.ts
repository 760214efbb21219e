import { verificationCode } from '../../rules/verification-code.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(verificationCode, {
  detect: [
    '123456',
    { value: '8421', type: 'integer' },
    'A7K9Q2',
    { name: 'sms_code' },
    { name: 'verify_code' },
    { name: 'verification_code' },
    { name: 'otp' },
    { name: 'yzm' },
    { name: 'auth_code', strength: 'ambiguous' },
    { name: 'x', comment: '短信验证码' },
  ],
  ignore: [
    'ABCDEF',
    '123',
    '123456789',
    { name: 'sms_code_template' },
    { name: 'verify_code_expire' },
    { name: 'sms_code_sent_at' },
    { name: 'country_phone_code' },
    { name: 'coupon_code' },
    { name: 'x', comment: '验证码类型' },
    { name: 'x', comment: '验证码有效期' },
  ],
})
