import { gpsLatitude } from '../../rules/gps-latitude.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(gpsLatitude, {
  detect: [
    { value: '39.908722', type: 'decimal' },
    { value: '-33.8688', type: 'decimal' },
    { name: 'latitude' },
    { name: 'lat' },
    { name: 'gps_lat' },
    { name: 'x', comment: '纬度' },
  ],
  ignore: [
    { value: '91.0001', type: 'decimal' },
    { value: '39.9', type: 'decimal' },
    { value: 'abc', type: 'text' },
    { name: 'lat_min' },
    { name: 'store_lat' },
    { name: 'latest' },
  ],
})
