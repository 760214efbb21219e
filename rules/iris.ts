import { defineRule } from '../src/rule/rule.js'
import { BIOMETRIC_PATTERNS, validateBiometric } from './validators/biometric.js'

/** Iris images and iris codes (虹膜). */
export const iris = defineRule({
  id: 'iris',
  category: 'biometric.iris',
  description: 'Iris image, iris code or template (虹膜)',
  references: ['GB/T 35273-2020 Table B.1 (虹膜)', 'PIPL Art. 28'],
  names: [
    'iris',
    'iris code',
    'iris template',
    'iris image',
    'iris feature',
    'iris data',
    'iris scan',
    'hongmo',
  ],
  keywords: ['虹膜', '虹膜特征', '虹膜图像', '虹膜模板', '虹膜数据'],
  excludeTokens: [
    'type',
    'count',
    'enabled',
    'status',
    'species',
    'flower',
    'dataset',
    'petal',
    'sepal',
    'class',
  ],
  types: ['text', 'binary', 'array', 'json', 'other'],
  prefilter: { minLength: 8 },
  patterns: BIOMETRIC_PATTERNS,
  validate: validateBiometric,
  valueEvidence: 'weak',
})
