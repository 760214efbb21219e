import { personnelNumber } from '../../rules/personnel-number.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(personnelNumber, {
  detect: [
    { name: 'teacherId' },
    { name: 'employee_no' },
    { name: 'kuaidiyuan_id' },
    { name: 'x', comment: '工号' },
    { name: 'gh', strength: 'ambiguous' },
  ],
  ignore: [
    { name: 'approver_emp_no' },
    { name: 'employee_type' },
    { name: 'manager_employee_id' },
    { name: 'department_id' },
  ],
})
