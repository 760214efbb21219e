import { sexualOrientation } from '../../rules/sexual-orientation.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(sexualOrientation, {
  detect: [
    '异性恋',
    'bisexual',
    'Straight',
    { name: 'sexual_orientation' },
    { name: 'sexuality' },
    { name: 'xqx' },
    { name: 'orientation', strength: 'ambiguous' },
    { name: 'x', comment: '性取向' },
  ],
  ignore: [
    'landscape',
    'portrait',
    { name: 'screen_orientation' },
    { name: 'device_orientation' },
    { name: 'image_orientation' },
    { name: 'gender' },
  ],
})
