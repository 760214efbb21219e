import { relationship } from '../../rules/relationship.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(relationship, {
  detect: [
    '父亲',
    '配偶',
    'spouse',
    'Mother',
    { name: 'emergency_contact' },
    { name: 'guardian' },
    { name: 'spouse' },
    { name: 'jjlxr' },
    { name: 'jhr' },
    { name: 'relation', strength: 'ambiguous' },
    { name: 'parent', strength: 'ambiguous' },
    { name: 'x', comment: '紧急联系人' },
    { name: 'x', comment: '与本人关系' },
  ],
  ignore: [
    '同学会',
    'parents-teacher',
    { name: 'emergency_contact_phone' },
    { name: 'guardian_phone' },
    { name: 'parent_id' },
    { name: 'parent_category' },
    { name: 'relation_type' },
    { name: 'relation_table' },
    { name: 'x', comment: '紧急联系人电话' },
    { name: 'x', comment: '关系类型' },
  ],
})
