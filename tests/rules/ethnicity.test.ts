import { ethnicity } from '../../rules/ethnicity.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(ethnicity, {
  detect: [
    '汉族',
    '汉',
    '维吾尔族',
    '蒙古族',
    { name: 'ethnicity' },
    { name: 'ethnic_group' },
    { name: 'minzu' },
    { name: 'nation', strength: 'ambiguous' },
    { name: 'mz', strength: 'ambiguous' },
    { name: 'x', comment: '民族' },
  ],
  ignore: [
    '北京',
    '中国',
    '汉堡',
    'Han',
    { name: 'nation_code_list' },
    { name: 'donation' },
    { name: 'destination' },
  ],
})
