import { defineRule } from '../src/rule/rule.js'
import { BIOMETRIC_PATTERNS, validateBiometric } from './validators/biometric.js'

/** Voiceprints and speaker embeddings (声纹). */
export const voiceprint = defineRule({
  id: 'voiceprint',
  category: 'biometric.voiceprint',
  description: 'Voiceprint or speaker embedding (声纹)',
  references: ['GB/T 35273-2020 Table B.1 (声纹)', 'PIPL Art. 28'],
  names: [
    'voiceprint',
    'voice print',
    'voiceprint feature',
    'voiceprint template',
    'voice feature',
    'voice features',
    'voice template',
    'voice embedding',
    'voice vector',
    'speaker embedding',
    'speaker vector',
    'speaker template',
    'speaker feature',
    'shengwen',
    'swtz',
  ],
  keywords: ['声纹', '声纹特征', '声纹模板', '声纹数据', '声纹向量'],
  excludeTokens: ['type', 'count', 'enabled', 'status', 'model', 'version', 'config', 'score', 'threshold'],
  types: ['text', 'binary', 'array', 'json', 'other'],
  prefilter: { minLength: 8 },
  patterns: BIOMETRIC_PATTERNS,
  validate: validateBiometric,
  valueEvidence: 'weak',
})
