import { maritalStatus } from '../../rules/marital-status.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(maritalStatus, {
  detect: [
    '已婚',
    '未婚',
    '离异',
    'married',
    'Divorced',
    { name: 'marital_status' },
    { name: 'marriage' },
    { name: 'hyzk' },
    { name: 'hunyin' },
    { name: 'hs', strength: 'ambiguous' },
    { name: 'x', comment: '婚姻状况' },
    { name: 'x', comment: '婚姻状态' },
  ],
  ignore: [
    '结婚纪念日',
    'marry',
    { name: 'marriage_leave_days' },
    { name: 'marriage_certificate' },
    { name: 'is_married' },
    { name: 'x', comment: '婚姻类型' },
  ],
})
