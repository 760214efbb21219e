import { medicalRecord } from '../../rules/medical-record.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(medicalRecord, {
  detect: [
    'J45',
    'E11.9',
    'S72.001A',
    { name: 'diagnosis' },
    { name: 'icd_code' },
    { name: 'medical_history' },
    { name: 'allergies' },
    { name: 'medication' },
    { name: 'chronic_diseases' },
    { name: 'mrn' },
    { name: 'blh' },
    { name: 'treatment', strength: 'ambiguous' },
    { name: 'x', comment: '过敏史' },
    { name: 'x', comment: '慢性病史' },
    { name: 'x', comment: '诊断结果' },
  ],
  ignore: [
    'U07.1',
    'J4',
    'ABC',
    'hello world',
    { name: 'disease_dict' },
    { name: 'diagnosis_type' },
    { name: 'medication_price' },
    { name: 'ab_treatment' },
    { name: 'x', comment: '疾病类型' },
  ],
})
