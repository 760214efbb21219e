import { otherBiometric } from '../../rules/other-biometric.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(otherBiometric, {
  detect: [
    { value: '\\x0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', type: 'binary', as: 'shape' },
    { name: 'gait_feature' },
    { name: 'ear_shape' },
    { name: 'biometric_template' },
    { name: 'x', comment: '步态特征' },
    { name: 'x', comment: '生物识别信息' },
  ],
  ignore: [
    'hello',
    { name: 'biometric_login_enabled' },
    { name: 'biometric_type' },
    { name: 'x', comment: '生物识别登录开关' },
  ],
})
