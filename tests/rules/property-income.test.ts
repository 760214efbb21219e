import { propertyIncome } from '../../rules/property-income.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(propertyIncome, {
  detect: [
    '12500.00',
    { value: '8000', type: 'integer' },
    { name: 'monthly_income' },
    { name: 'annual_salary' },
    { name: 'account_balance' },
    { name: 'net_worth' },
    { name: 'real_estate' },
    { name: 'gjj' },
    { name: 'salary', strength: 'ambiguous' },
    { name: 'balance', strength: 'ambiguous' },
    { name: 'x', comment: '月收入' },
    { name: 'x', comment: '房产证号' },
  ],
  ignore: [
    '一万',
    '12,500',
    { name: 'stock_balance' },
    { name: 'salary_range' },
    { name: 'property_name' },
    { name: 'property_id' },
    { name: 'job_salary' },
    { name: 'points_balance' },
    { name: 'x', comment: '收入类型' },
  ],
})
