import { politicalStatus } from '../../rules/political-status.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(politicalStatus, {
  detect: [
    '中共党员',
    '共青团员',
    '群众',
    { name: 'political_status' },
    { name: 'zzmm' },
    { name: 'politicalAffiliation' },
    { name: 'x', comment: '政治面貌' },
  ],
  ignore: ['党员活动', '党支部', 'member', { name: 'political_status_options' }, { name: 'policy' }],
})
