import { defineRule } from '../src/rule/rule.js'
import { vinCheckDigit } from './validators/vin.js'

/**
 * Vehicle identification numbers (车架号), frame and engine numbers. A VIN whose position-9 check digit is right
 * validates (North-American and Chinese VINs carry one); other 17-character VINs are shapes.
 */
export const vin = defineRule({
  id: 'vin',
  category: 'vehicle.vin',
  description: 'VIN / frame number (17 characters, ISO 3779 check digit) and engine number',
  references: ['ISO 3779', 'GB 16735', 'GB/T 43697-2024 Annex B'],
  names: [
    'vin',
    'vin code',
    'vin no',
    'vin number',
    'vehicle identification number',
    'vehicle vin',
    'car vin',
    'frame no',
    'frame number',
    'chassis no',
    'chassis number',
    'engine no',
    'engine number',
    'cjh',
    'clsbdh',
    'clsbm',
    'fdjh',
    'chejiahao',
    'fadongjihao',
    'fadongji',
    'chejia',
  ],
  keywords: ['车架号', '车辆识别代号', '车辆识别码', '车辆识别号', '发动机号', '发动机号码', 'VIN码'],
  excludeTokens: ['type', 'image', 'img', 'photo', 'url', 'status', 'decoder', 'prefix'],
  types: ['text', 'other', 'json', 'array'],
  prefilter: { minLength: 17, maxLength: 17, allow: ['digit', 'upper', 'lower'] },
  normalize: (v) => v.toUpperCase(),
  patterns: [{ name: 'vin', regex: /^(?=[A-Z]{0,16}\d)(?=\d{0,16}[A-Z])[A-HJ-NPR-Z0-9]{17}$/, score: 0.3 }],
  validate: (v) => (vinCheckDigit(v) === v[8] ? true : undefined),
  invalidate: (v) => /^(.)\1+$/.test(v),
})
