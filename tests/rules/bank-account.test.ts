import { bankAccount } from '../../rules/bank-account.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(bankAccount, {
  detect: [
    '6228480012345678901',
    '1001234509006789012',
    '中国工商银行',
    '招商银行深圳分行',
    '中国建设银行北京朝阳支行',
    'Bank of America',
    'China Merchants Bank',
    { name: 'bank_account' },
    { name: 'account_no' },
    { name: 'acct_no' },
    { name: 'bank_name' },
    { name: 'branch_name' },
    { name: 'alipay_account' },
    { name: 'khh' },
    { name: 'yhzh' },
    { name: 'bank', strength: 'ambiguous' },
    { name: 'x', comment: '开户行' },
    { name: 'x', comment: '银行账号' },
  ],
  ignore: [
    '1234567',
    '工商局',
    'hello world',
    { name: 'bank_code' },
    { name: 'bank_logo' },
    { name: 'account_balance' },
    { name: 'account_type' },
    { name: 'merchant_bank_account' },
    { name: 'x', comment: '账户类型' },
  ],
})
