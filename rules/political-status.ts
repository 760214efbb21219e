import { defineRule } from '../src/rule/rule.js'

/** Political status (政治面貌): party membership of a person. */
export const politicalStatus = defineRule({
  id: 'political-status',
  category: 'person.political',
  description: 'Political status or affiliation (政治面貌: 中共党员, 共青团员, 群众…)',
  references: ['GB/T 43697-2024 Annex B'],
  names: [
    'political status',
    'political affiliation',
    'political outlook',
    'political party',
    'party membership',
    'zzmm',
    'zhengzhi mianmao',
    'zhengzhimianmao',
  ],
  keywords: ['政治面貌', '党派', '政治身份', '党员身份'],
  excludeTokens: ['list', 'dict', 'option', 'options'],
  prefilter: { maxLength: 12, allow: ['han'] },
  patterns: [
    {
      name: 'status',
      regex:
        /^(?:中共党员|中共预备党员|中国共产党党员|共青团员|群众|民主党派|无党派人士|无党派|党员|团员|预备党员)$/u,
      score: 0.4,
    },
  ],
})
