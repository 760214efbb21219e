import { criminalRecord } from '../../rules/criminal-record.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(criminalRecord, {
  detect: [
    { name: 'criminal_record' },
    { name: 'conviction' },
    { name: 'criminal_history' },
    { name: 'wffzjl' },
    { name: 'qk', strength: 'ambiguous' },
    { name: 'x', comment: '违法犯罪记录' },
    { name: 'x', comment: '前科' },
  ],
  ignore: [
    { name: 'criminal_record_check' },
    { name: 'support_case_no' },
    { name: 'test_case_no' },
    { name: 'x', comment: '犯罪记录查询状态' },
  ],
})
