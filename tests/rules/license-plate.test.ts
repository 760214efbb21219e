import { licensePlate } from '../../rules/license-plate.js'
import { testRule } from '../helpers/rule-tester.js'

// Vectors from shared/reference/china-pii.md §3.6.
testRule(licensePlate, {
  detect: [
    '京A12345',
    '粤BD12345',
    '沪A12345D',
    '苏E1234学',
    '粤Z1234港',
    '京A·12345',
    '浙a 12345',
    { name: 'plate_no' },
    { name: 'license_plate' },
    { name: 'car_no' },
    { name: 'hphm' },
    { name: 'cph' },
    { name: 'plate', strength: 'ambiguous' },
    { name: 'x', comment: '车牌号码' },
  ],
  ignore: [
    '京I12345',
    '粤B1234',
    '沪AO1234D',
    'AB12345',
    '哈A12345',
    { name: 'plate_color' },
    { name: 'plate_type' },
    { name: 'license_plate_image' },
    { name: 'x', comment: '号牌种类' },
  ],
})
