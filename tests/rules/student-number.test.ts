import { studentNumber } from '../../rules/student-number.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(studentNumber, {
  detect: [{ name: 'studentId' }, { name: 'student_no' }, { name: 'xuehao' }, { name: 'x', comment: '学号' }],
  ignore: [{ name: 'student_count' }, { name: 'is_student' }, { name: 'student_type' }],
})
