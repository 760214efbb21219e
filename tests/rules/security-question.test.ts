import { securityQuestion } from '../../rules/security-question.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(securityQuestion, {
  detect: [
    { name: 'security_question' },
    { name: 'security_answer' },
    { name: 'password_hint' },
    { name: 'mbwt' },
    { name: 'mbda' },
    { name: 'x', comment: '密保问题' },
    { name: 'x', comment: '密保答案' },
  ],
  ignore: [
    { name: 'security_question_id' },
    { name: 'question' },
    { name: 'exam_answer' },
    { name: 'security_level' },
    { name: 'x', comment: '密保问题数量' },
  ],
})
