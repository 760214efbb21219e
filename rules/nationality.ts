import { defineRule } from '../src/rule/rule.js'

/** Nationality, citizenship and native place (籍贯). Name-only: country values are also plain locations. */
export const nationality = defineRule({
  id: 'nationality',
  category: 'person.nationality',
  description: 'Nationality, citizenship, native place (籍贯) or place of birth',
  references: ['GB/T 35273-2020 Table A.1', 'GB/T 43697-2024 Annex B'],
  names: [
    'nationality',
    'citizenship',
    'native place',
    'birth place',
    'birthplace',
    'place of birth',
    'hometown',
    'home town',
    'guoji',
    'jiguan',
    'native province',
    'ancestral home',
  ],
  weakNames: ['gj', 'jg'],
  keywords: ['国籍', '籍贯', '出生地', '祖籍', '原籍', '出生地点'],
  excludeTokens: ['type', 'list', 'dict', 'option', 'options', 'product', 'goods', 'item', 'wine', 'origin'],
  types: ['text', 'integer', 'other', 'json', 'array'],
})
