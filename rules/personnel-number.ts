import { defineRule } from '../src/rule/rule.js'

/**
 * Employee, teacher and courier numbers (工号) in text form: `T2019001`, `KD00123`. Integer `employee_id` columns are
 * surrogate keys and foreign keys, so only text values count.
 */
export const personnelNumber = defineRule({
  id: 'personnel-number',
  category: 'person.job',
  description: 'Employee, teacher or courier number (工号) stored as text',
  references: ['GB/T 43697-2024 Annex B (个人工作信息)'],
  names: [
    'employee id',
    'employee no',
    'employee number',
    'staff id',
    'staff no',
    'teacher id',
    'teacher no',
    'courier id',
    'courier no',
    'kuaidiyuan id',
    'driver id',
    'worker id',
    'work no',
    'job number',
    'gonghao',
  ],
  weakNames: ['gh'],
  keywords: ['工号', '员工编号', '教师编号', '快递员编号', '职工号'],
  excludeTokens: ['manager', 'approver', 'reviewer', 'creator', 'operator', 'updater', 'modifier', 'type'],
  types: ['text'],
})
