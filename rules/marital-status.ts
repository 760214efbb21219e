import { defineRule } from '../src/rule/rule.js'

/** Marital status and history (婚史 is sensitive per GB/T 35273 Table B.1). */
export const maritalStatus = defineRule({
  id: 'marital-status',
  category: 'person.marital_status',
  description: 'Marital status or marital history (未婚/已婚/离异/丧偶, single/married/divorced)',
  references: ['GB/T 35273-2020 Table B.1'],
  names: [
    'marital status',
    'marriage status',
    'marital',
    'marriage',
    'marital history',
    'marriage history',
    'married status',
    'hunyin',
    'hyzk',
    'hunyin zhuangkuang',
    'hunyinzhuangkuang',
  ],
  weakNames: ['hs'],
  keywords: ['婚姻状况', '婚姻', '婚史', '婚否', '婚姻状态', '婚姻情况'],
  excludeTokens: ['list', 'dict', 'option', 'options', 'leave', 'holiday', 'certificate', 'cert'],
  types: ['text', 'integer', 'other', 'json', 'array'],
  prefilter: { maxLength: 12 },
  patterns: [
    {
      name: 'status',
      regex:
        /^(?:未婚|已婚|离异|离婚|丧偶|再婚|复婚|初婚|分居|未说明|single|married|divorced|widowed|separated)$/i,
      score: 0.4,
    },
  ],
})
