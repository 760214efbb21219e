import { defineRule } from '../src/rule/rule.js'
import { CN_ETHNIC_GROUPS } from './lexicons/cn-ethnic-groups.js'

/** Ethnic group (民族). `nation` is how many Chinese schemas translate 民族, so it counts with context. */
export const ethnicity = defineRule({
  id: 'ethnicity',
  category: 'person.ethnicity',
  description: 'Ethnic group (民族): one of the 56 groups confirms an ethnicity-named field',
  references: ['GB/T 35273-2020 Table A.1', 'GB 3304'],
  names: ['ethnicity', 'ethnic', 'ethnic group', 'minzu'],
  weakNames: ['nation', 'mz', 'race'],
  keywords: ['民族'],
  excludeTokens: ['type', 'list', 'dict', 'option', 'options', 'condition', 'data', 'car', 'game'],
  prefilter: { maxLength: 8, allow: ['han'] },
  patterns: [{ name: 'group', regex: new RegExp(`^(?:${CN_ETHNIC_GROUPS.join('|')})族?$`, 'u'), score: 0.4 }],
})
