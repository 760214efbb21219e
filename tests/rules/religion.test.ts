import { religion } from '../../rules/religion.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(religion, {
  detect: [
    '佛教',
    '无',
    'Christian',
    'buddhism',
    { name: 'religion' },
    { name: 'religious_belief' },
    { name: 'zjxy' },
    { name: 'belief', strength: 'ambiguous' },
    { name: 'x', comment: '宗教信仰' },
  ],
  ignore: [
    '教育',
    'church',
    { name: 'religion_list' },
    { name: 'religious_building' },
    { name: 'x', comment: '宗教场所' },
  ],
})
