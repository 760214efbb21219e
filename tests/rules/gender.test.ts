import { gender } from '../../rules/gender.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(gender, {
  detect: [
    '男',
    '女',
    'M',
    'f',
    'Female',
    '1',
    { value: '2', type: 'integer' },
    '未知',
    { name: 'gender' },
    { name: 'sex' },
    { name: 'user_gender' },
    { name: 'xingbie' },
    { name: 'gender_code' },
    { name: 'xb', strength: 'ambiguous' },
    { name: 'col_3', comment: '性别 0未知 1男 2女' },
  ],
  ignore: [
    '3',
    'X',
    '男女',
    'males',
    { name: 'gender_ratio' },
    { name: 'is_gender_visible' },
    { name: 'gender_type' },
    { name: 'sexual_orientation' },
    { name: 'target_gender' },
    { name: 'x', comment: '性别类型' },
  ],
})
