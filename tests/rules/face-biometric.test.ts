import { faceBiometric } from '../../rules/face-biometric.js'
import { testRule } from '../helpers/rule-tester.js'

const vector = (n: number, open = '[', close = ']') =>
  open + Array.from({ length: n }, (_, i) => (Math.sin(i + 1) / 7).toFixed(6)).join(',') + close

testRule(faceBiometric, {
  detect: [
    vector(128),
    vector(512, '{', '}'),
    // Truncated on the server at 1,024 characters: no closing bracket.
    vector(512).slice(0, 1024),
    { value: '\\xffd8ffe000104a46494600010101', type: 'binary' },
    { value: '\\x0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071', type: 'binary', as: 'shape' },
    { name: 'face_feature' },
    { name: 'face_embedding' },
    { name: 'faceImageUrl' },
    { name: 'liveness_photo' },
    { name: 'rltz' },
    { name: 'x', comment: '人脸特征' },
    { name: 'x', comment: '面部识别特征值' },
  ],
  ignore: [
    vector(3),
    vector(4096),
    '{0.1,abc,0.3}',
    { name: 'face_value' },
    { name: 'face_match_score' },
    { name: 'face_verify_status' },
    { name: 'typeface' },
    { name: 'surface' },
    { name: 'x', comment: '人脸识别状态' },
  ],
})
