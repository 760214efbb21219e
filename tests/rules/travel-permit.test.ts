import { travelPermit } from '../../rules/travel-permit.js'
import { testRule } from '../helpers/rule-tester.js'

// Vectors from shared/reference/china-pii.md §3.5.
testRule(travelPermit, {
  detect: [
    'H12345678',
    'M12345678',
    'H1234567801',
    'C12345678',
    'CA1234567',
    'L12345678',
    { value: '12345678', as: 'shape' },
    { value: '0561682001(D)', as: 'shape' },
    { name: 'travel_permit' },
    { name: 'hk_macau_permit' },
    { name: 'tw_permit' },
    { name: 'gatxz' },
    { name: 'tbz' },
    { name: 'permit_no', strength: 'ambiguous' },
    { name: 'x', comment: '往来港澳通行证号码' },
    { name: 'x', comment: '台胞证' },
  ],
  ignore: [
    'K1234567',
    'H1234567',
    'H123456789',
    'CI1234567',
    '1234567',
    'T1234567',
    { name: 'work_permit_no' },
    { name: 'permit_type' },
    { name: 'travel_permit_photo' },
    { name: 'x', comment: '通行证类型' },
  ],
})
