import { creditInfo } from '../../rules/credit-info.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(creditInfo, {
  detect: [
    { name: 'credit_score' },
    { name: 'credit_report' },
    { name: 'overdue_days' },
    { name: 'loan_amount' },
    { name: 'repayment' },
    { name: 'zmf' },
    { name: 'zxbg' },
    { name: 'credit', strength: 'ambiguous' },
    { name: 'x', comment: '征信报告' },
    { name: 'x', comment: '芝麻分' },
  ],
  ignore: [
    { name: 'credit_card' },
    { name: 'credit_code' },
    { name: 'social_credit_code' },
    { name: 'credit_note' },
    { name: 'loan_rate' },
    { name: 'credit_score_rule' },
    { name: 'x', comment: '逾期提醒模板' },
  ],
})
