import { birthDate } from '../../rules/birth-date.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(birthDate, {
  detect: [
    '1985-03-02',
    '1985/3/2',
    '19850302',
    '1985年3月2日',
    { value: '1985-03-02 00:00:00+00', type: 'timestamp' },
    { name: 'birthday' },
    { name: 'birth_date' },
    { name: 'dob' },
    { name: 'date_of_birth' },
    { name: 'csrq' },
    { name: 'x', comment: '出生日期' },
  ],
  ignore: [
    '1985-02-30',
    '1850-01-01',
    '2999-01-01',
    'not a date',
    { name: 'priviledge_birthday' },
    { name: 'birthday_coupon' },
    { name: 'birth_place' },
    { name: 'birthday_reminder_enabled' },
    { name: 'x', comment: '是否发送生日祝福' },
  ],
})
