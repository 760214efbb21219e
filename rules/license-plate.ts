import { defineRule } from '../src/rule/rule.js'

/** Province abbreviations that start a Chinese plate (GA 36, shared reference §3.6). */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'

/**
 * Chinese vehicle licence plates: ordinary 7-character plates and 8-character new-energy plates. The shape takes
 * any Chinese character first; only a real province abbreviation validates (哈A12345 is not a plate).
 */
export const licensePlate = defineRule({
  id: 'license-plate',
  category: 'vehicle.plate',
  description: 'Chinese licence plate (ordinary and new-energy; province abbreviation checked)',
  references: ['GA 36-2018', 'shared reference §3.6'],
  names: [
    'plate no',
    'plate number',
    'plate num',
    'license plate',
    'licence plate',
    'license plate no',
    'license plate number',
    'car no',
    'car number',
    'car plate',
    'car plate no',
    'vehicle no',
    'vehicle number',
    'vehicle plate',
    'vehicle plate no',
    'lpn',
    'cph',
    'cphm',
    'hphm',
    'chepai',
    'chepaihao',
    'chepaihaoma',
  ],
  weakNames: ['plate'],
  keywords: ['车牌号', '车牌号码', '号牌号码', '车牌', '车牌照', '车辆号牌'],
  excludeTokens: [
    'type',
    'color',
    'colour',
    'kind',
    'category',
    'image',
    'img',
    'photo',
    'pic',
    'url',
    'status',
    'size',
    'dish',
    'food',
    'license',
  ],
  types: ['text', 'other', 'json', 'array'],
  prefilter: { minLength: 7, maxLength: 10, require: ['han'] },
  normalize: (v) => v.replace(/[\s·.\-•]/g, '').toUpperCase(),
  patterns: [
    {
      name: 'plate',
      regex:
        /^\p{Script=Han}[A-HJ-NP-Z](?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]|[A-HJK][A-HJ-NP-Z0-9]\d{4}|\d{5}[A-HJK])$/u,
      score: 0.5,
    },
  ],
  validate: (v) => PROVINCES.includes(v[0]!),
  valuesExpected: true,
})
