import { defineRule } from '../src/rule/rule.js'

/** Student numbers (学号) in text form; for children under 14 they are sensitive through the container. */
export const studentNumber = defineRule({
  id: 'student-number',
  category: 'person.education',
  description: 'Student number (学号) stored as text',
  references: ['GB/T 43697-2024 Annex B (个人教育信息)'],
  names: ['student id', 'student no', 'student number', 'xuehao', 'xsxh'],
  keywords: ['学号', '学籍号', '学生编号'],
  types: ['text'],
})
