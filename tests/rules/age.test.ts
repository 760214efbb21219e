import { age } from '../../rules/age.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(age, {
  detect: [
    { value: '35', type: 'integer' },
    '7',
    '102',
    '18岁',
    { name: 'age' },
    { name: 'user_age' },
    { name: 'nianling' },
    { name: 'nl', strength: 'ambiguous' },
    { name: 'x', comment: '年龄' },
  ],
  ignore: [
    '151',
    '-3',
    '35.5',
    'abc',
    { name: 'max_age' },
    { name: 'age_range' },
    { name: 'age_group' },
    { name: 'cache_age' },
    { name: 'mileage' },
    { name: 'message' },
    { name: 'usage' },
    { name: 'agent' },
  ],
})
