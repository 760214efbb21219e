import { taiwanId } from '../../rules/taiwan-id.js'
import { testRule } from '../helpers/rule-tester.js'

// Vectors from shared/reference/china-pii.md §3.15.
testRule(taiwanId, {
  detect: [
    'A123456789',
    'F131104093',
    'B223456782',
    { name: 'taiwan_id' },
    { name: 'tw_id_no' },
    { name: 'x', comment: '身分證字號' },
  ],
  ignore: [
    'A123456788',
    'A323456789',
    'a123456789',
    'A12345678',
    { name: 'taiwan_id_type' },
    { name: 'tw_id_photo' },
  ],
})
