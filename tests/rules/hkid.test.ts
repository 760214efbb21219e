import { hkid } from '../../rules/hkid.js'
import { testRule } from '../helpers/rule-tester.js'

// Vectors from shared/reference/china-pii.md §3.15.
testRule(hkid, {
  detect: [
    'A123456(3)',
    'G123456(A)',
    'AB987654(3)',
    'C668668(9)',
    'a1234563',
    { name: 'hkid' },
    { name: 'hk_id_no' },
    { name: 'hong_kong_id' },
    { name: 'x', comment: '香港身份证号码' },
  ],
  ignore: [
    'A123456(4)',
    'A12345(3)',
    '1234567(8)',
    'G123456(B)',
    { name: 'hkid_type' },
    { name: 'hkid_photo' },
  ],
})
