import { gpsLongitude } from '../../rules/gps-longitude.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(gpsLongitude, {
  detect: [
    { value: '116.397128', type: 'decimal' },
    { name: 'longitude' },
    { name: 'lng' },
    { name: 'bd_lng' },
    { name: 'x', comment: '经度' },
  ],
  ignore: [
    { value: '181.123', type: 'decimal' },
    { value: '116.3', type: 'decimal' },
    { name: 'long_description' },
    { name: 'lng_max' },
  ],
})
