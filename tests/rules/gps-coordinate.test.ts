import { gpsCoordinate } from '../../rules/gps-coordinate.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(gpsCoordinate, {
  detect: [
    '39.9087,116.3975',
    '31.2304, 121.4737',
    '(116.397128,39.916527)',
    'POINT(116.397128 39.916527)',
    { value: '-33.8688,151.2093', as: 'shape' },
    { name: 'location' },
    { name: 'geo_point', strength: 'strong' },
    { name: 'x', comment: '经纬度' },
  ],
  ignore: [
    '91.0,116.3',
    '39.9,181.0',
    '116.3975,39.9087x',
    '1.5,2.5',
    { name: 'location_name' },
    { name: 'location_type' },
  ],
})
