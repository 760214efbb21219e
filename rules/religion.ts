import { defineRule } from '../src/rule/rule.js'

/** Religious belief (宗教信仰, sensitive under PIPL Art. 28). */
export const religion = defineRule({
  id: 'religion',
  category: 'special.religion',
  description: 'Religion or religious belief (宗教信仰)',
  references: ['PIPL Art. 28', 'GB/T 35273-2020 Table B.1'],
  names: ['religion', 'religious', 'religious belief', 'religious affiliation', 'faith', 'zongjiao', 'zjxy'],
  weakNames: ['belief', 'beliefs'],
  keywords: ['宗教信仰', '宗教', '信仰'],
  excludeTokens: [
    'type',
    'list',
    'dict',
    'option',
    'options',
    'building',
    'site',
    'place',
    'holiday',
    'network',
    'propagation',
  ],
  prefilter: { maxLength: 16 },
  patterns: [
    {
      name: 'religion',
      regex:
        /^(?:佛教|道教|伊斯兰教|基督教|天主教|东正教|新教|无宗教信仰|无|buddhism|buddhist|christian|christianity|catholic|catholicism|islam|muslim|hindu|hinduism|jewish|judaism|taoism|taoist|atheist|agnostic|sikh|none)$/iu,
      score: 0.4,
    },
  ],
})
