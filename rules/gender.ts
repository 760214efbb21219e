import { defineRule } from '../src/rule/rule.js'

/** Sex or gender. Coded values (0/1/2, M/F) are everywhere, so values only confirm a gender-named field. */
export const gender = defineRule({
  id: 'gender',
  category: 'person.gender',
  description: 'Sex or gender (男/女, M/F, male/female, 0/1/2 codes confirm a gender-named field)',
  references: ['GB/T 35273-2020 Table A.1'],
  names: ['gender', 'sex', 'xingbie', 'user gender', 'user sex', 'gender code', 'sex code', 'biological sex'],
  weakNames: ['xb'],
  keywords: ['性别', '姓别'],
  excludeTokens: [
    'ratio',
    'distribution',
    'preference',
    'preferred',
    'target',
    'filter',
    'limit',
    'restriction',
    'requirement',
    'product',
    'item',
    'goods',
    'tag',
    'option',
    'options',
    'dict',
  ],
  types: ['text', 'integer', 'other', 'json', 'array'],
  prefilter: { maxLength: 8 },
  patterns: [
    {
      name: 'code',
      regex: /^(?:男|女|男性|女性|未知|保密|其他|[MFUmfu]|male|female|man|woman|unknown|[0129])$/i,
      score: 0.3,
    },
  ],
})
