import { callRecord } from '../../rules/call-record.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(callRecord, {
  detect: [
    '13812345678',
    '+8619912345678',
    '010-62345678',
    { value: '10086', as: 'shape' },
    { value: '95588', as: 'shape' },
    { value: '125', type: 'integer', as: 'shape' },
    { name: 'caller' },
    { name: 'caller_number' },
    { name: 'callee' },
    { name: 'called_number' },
    { name: 'call_duration' },
    { name: 'call_log' },
    { name: 'bjhm' },
    { name: 'zjhm', strength: 'ambiguous' },
    { name: 'x', comment: '主叫号码' },
    { name: 'x', comment: '被叫号码' },
    { name: 'x', comment: '通话时长（秒）' },
  ],
  ignore: [
    { value: '12812345678', shapeOnly: true },
    '+0123456789',
    '11111111111',
    'abc',
    { name: 'call_center' },
    { name: 'callback_url' },
    { name: 'caller_type' },
    { name: 'call_fee' },
    { name: 'x', comment: '呼叫方向' },
  ],
})
