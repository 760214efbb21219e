import { voiceprint } from '../../rules/voiceprint.js'
import { testRule } from '../helpers/rule-tester.js'

const vector = (n: number) =>
  '[' + Array.from({ length: n }, (_, i) => (Math.cos(i) / 9).toFixed(5)).join(',') + ']'

testRule(voiceprint, {
  detect: [
    vector(192),
    { name: 'voiceprint' },
    { name: 'speaker_embedding' },
    { name: 'voice_feature' },
    { name: 'shengwen' },
    { name: 'x', comment: '声纹特征' },
  ],
  ignore: [
    vector(10),
    'hello',
    { name: 'voice_message' },
    { name: 'voiceprint_enabled' },
    { name: 'speaker_name' },
  ],
})
