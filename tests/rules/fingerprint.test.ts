import { fingerprint } from '../../rules/fingerprint.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(fingerprint, {
  detect: [
    { value: '\\x464d520020323000000001a4000000000000000000000000', type: 'binary', as: 'shape' },
    { value: '\\x89504e470d0a1a0a0000000d49484452', type: 'binary' },
    { name: 'fingerprint' },
    { name: 'fingerprint_template' },
    { name: 'finger_template' },
    { name: 'palmprint' },
    { name: 'zhiwen' },
    { name: 'x', comment: '指纹模板' },
  ],
  ignore: [
    'abc',
    { name: 'device_fingerprint' },
    { name: 'browser_fingerprint' },
    { name: 'cert_fingerprint' },
    { name: 'fingerprint_sha256' },
    { name: 'ssh_key_fingerprint' },
    { name: 'x', comment: '指纹登录开关' },
  ],
})
