import { uscc } from '../../rules/uscc.js'
import { testRule } from '../helpers/rule-tester.js'

// Vectors from shared/reference/china-pii.md §3.2.
testRule(uscc, {
  detect: [
    '91350100M000100Y43',
    '914403001922038216',
    '91110108551385082Q',
    '91110108551385082q',
    { name: 'uscc' },
    { name: 'unified_social_credit_code' },
    { name: 'credit_code' },
    { name: 'tyshxydm' },
    { name: 'x', comment: '统一社会信用代码' },
  ],
  ignore: [
    '91350100M000100Y44',
    '91350100M000100Y4I',
    '9135010M000100Y43',
    '11010519491231002X',
    { name: 'credit_score' },
    { name: 'uscc_photo' },
  ],
})
