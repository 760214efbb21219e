import { transactionRecord } from '../../rules/transaction-record.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(transactionRecord, {
  detect: [
    { name: 'transaction_record' },
    { name: 'payment_history' },
    { name: 'purchase_history' },
    { name: 'consumption_record' },
    { name: 'jyjl' },
    { name: 'x', comment: '交易记录' },
    { name: 'x', comment: '银行流水' },
  ],
  ignore: [
    { name: 'amount' },
    { name: 'total_amount' },
    { name: 'order_no' },
    { name: 'trade_no' },
    { name: 'transaction_record_count' },
    { name: 'x', comment: '交易金额' },
  ],
})
