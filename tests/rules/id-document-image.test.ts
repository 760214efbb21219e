import { idDocumentImage } from '../../rules/id-document-image.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(idDocumentImage, {
  detect: [
    { value: '\\xffd8ffe000104a46494600010101', type: 'binary' },
    'https://oss.example.com/kyc/110105/front.jpg',
    { name: 'id_card_front' },
    { name: 'id_card_back' },
    { name: 'idCardFrontUrl' },
    { name: 'id_photo' },
    { name: 'passport_scan' },
    { name: 'sfzzm' },
    { name: 'card_front', strength: 'ambiguous' },
    { name: 'x', comment: '身份证正面照片' },
    { name: 'x', comment: '身份证人像面' },
    { name: 'x', comment: '手持身份证照片' },
  ],
  ignore: [
    'https://example.com/kyc/110105/front.pdf',
    '11010519491231002X',
    { name: 'id_card_no' },
    { name: 'id_card_front_size' },
    { name: 'id_photo_status' },
    { name: 'x', comment: '身份证号码' },
    { name: 'x', comment: '证件照片审核状态' },
  ],
})
