import { residencePermit } from '../../rules/residence-permit.js'
import { testRule } from '../helpers/rule-tester.js'

// 931156199001010014 is the foreign permanent-resident vector of shared/reference/china-pii.md §3.1.
testRule(residencePermit, {
  detect: [
    '931156199001010014',
    { value: '810000199001010019', as: 'shape' },
    { value: '11010519491231002X', as: 'shape' },
    { value: 'USA310012345678', as: 'shape' },
    { name: 'residence_permit' },
    { name: 'residence_permit_no' },
    { name: 'permanent_resident_id' },
    { name: 'jzzh' },
    { name: 'x', comment: '外国人永久居留身份证号码' },
    { name: 'x', comment: '居住证号' },
  ],
  ignore: [
    '931156199001010015',
    '931156199013010014',
    '110105194912310021',
    { name: 'residence_permit_type' },
    { name: 'residence_permit_expiry' },
    { name: 'residence' },
  ],
})
