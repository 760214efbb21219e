import { militaryId } from '../../rules/military-id.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(militaryId, {
  detect: [
    '南字第12345678号',
    '军字第1234567号',
    { name: 'military_id' },
    { name: 'officer_card_no' },
    { name: 'jgzh' },
    { name: 'police_id' },
    { name: 'x', comment: '军官证号' },
    { name: 'x', comment: '工作证号' },
  ],
  ignore: [
    '第12345678号',
    'ABC12345678',
    { name: 'military_id_type' },
    { name: 'officer_name' },
    { name: 'x', comment: '证件类型' },
  ],
})
