import { bio } from '../../rules/bio.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(bio, {
  detect: [
    { name: 'bio' },
    { name: 'about_me' },
    { name: 'self_introduction' },
    { name: 'personal_signature' },
    { name: 'resume' },
    { name: 'gxqm' },
    { name: 'signature', strength: 'ambiguous' },
    { name: 'x', comment: '个性签名' },
    { name: 'x', comment: '个人简介' },
  ],
  ignore: [
    { name: 'api_signature' },
    { name: 'sign_in' },
    { name: 'signature_algorithm' },
    { name: 'sms_signature' },
    { name: 'bio_updated_at' },
    { name: 'x', comment: '签名算法' },
  ],
})
