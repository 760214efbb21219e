import { socialSecurity } from '../../rules/social-security.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(socialSecurity, {
  detect: [
    '11010519491231002X',
    { value: 'A12345678', as: 'shape' },
    { value: '3301000123456789', as: 'shape' },
    { name: 'social_security_card_no' },
    { name: 'medical_insurance_no' },
    { name: 'housing_fund_account' },
    { name: 'sbkh' },
    { name: 'ybkh' },
    { name: 'sbh', strength: 'ambiguous' },
    { name: 'x', comment: '社保卡号' },
    { name: 'x', comment: '医保卡号' },
  ],
  ignore: [
    '110105194912310021',
    'ABCDEFGH',
    '000000000',
    { name: 'social_security_base' },
    { name: 'medical_insurance_amount' },
    { name: 'ssn' },
    { name: 'x', comment: '社保缴费基数' },
  ],
})
