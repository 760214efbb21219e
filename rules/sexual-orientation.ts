import { defineRule } from '../src/rule/rule.js'

/** Sexual orientation (性取向, sensitive per GB/T 35273 Table B.1). `orientation` alone is usually a screen's. */
export const sexualOrientation = defineRule({
  id: 'sexual-orientation',
  category: 'special.sexual_orientation',
  description: 'Sexual orientation (性取向)',
  references: ['GB/T 35273-2020 Table B.1'],
  names: ['sexual orientation', 'sex orientation', 'sexuality', 'sexual preference', 'xqx', 'xingquxiang'],
  weakNames: ['orientation'],
  keywords: ['性取向', '性倾向'],
  excludeTokens: [
    'screen',
    'device',
    'image',
    'page',
    'print',
    'display',
    'text',
    'video',
    'camera',
    'photo',
    'type',
    'label',
    'chart',
    'layout',
    'paper',
    'map',
  ],
  prefilter: { maxLength: 16 },
  patterns: [
    {
      name: 'orientation',
      regex:
        /^(?:heterosexual|homosexual|gay|lesbian|bisexual|straight|asexual|pansexual|queer|异性恋|同性恋|双性恋|无性恋)$/iu,
      score: 0.5,
    },
  ],
  needsPersonContext: true,
})
