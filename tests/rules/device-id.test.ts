import { deviceId } from '../../rules/device-id.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(deviceId, {
  detect: [
    '460001234567890',
    '89860012345678901234',
    { value: '6F9619FF-8B86-D011-B42D-00C04FC964FF', as: 'shape' },
    { value: '9774d56d682e549c', as: 'shape' },
    { name: 'device_id' },
    { name: 'idfa' },
    { name: 'oaid' },
    { name: 'android_id' },
    { name: 'x', comment: '设备唯一标识' },
  ],
  ignore: [
    '00000000-0000-0000-0000-000000000000',
    '123456789012345',
    'hello',
    { name: 'device_type' },
    { name: 'device_model' },
    { name: 'device_count' },
  ],
})
