import { defineRule } from '../src/rule/rule.js'
import { isPrcId18, prcIdBirthDate } from './validators/gb11643.js'

/**
 * Residence permits: the 2023 foreign permanent-resident ID (18 digits starting with 9, MOD 11-2, shared
 * reference §3.1) validates. HK/Macau/Taiwan residence permits (810000/820000/830000…) and mainland 居住证 carry
 * ordinary ID numbers, which the `prc-resident-id` rule reports; here they only confirm a permit-named field.
 */
export const residencePermit = defineRule({
  id: 'residence-permit',
  category: 'id.residence_permit',
  description: 'Residence permit or foreign permanent-resident ID (18 digits starting with 9, MOD 11-2)',
  references: ['GB/T 35273-2020 Table B.1 (居住证)', 'shared reference §3.1'],
  names: [
    'residence permit',
    'residence permit no',
    'residence permit number',
    'resident permit',
    'residence card',
    'permanent resident id',
    'permanent residence card',
    'permanent resident card',
    'foreign permanent resident',
    'foreigner permanent resident',
    'green card',
    'jzz',
    'jzzh',
    'jzzhm',
    'juzhuzheng',
    'yongjuzheng',
    'yjz',
  ],
  keywords: [
    '居住证',
    '居住证号',
    '居住证号码',
    '永居证',
    '永久居留身份证',
    '外国人永久居留身份证',
    '港澳台居民居住证',
    '永久居留证',
    '居留许可',
  ],
  excludeTokens: [
    'type',
    'photo',
    'image',
    'img',
    'scan',
    'front',
    'back',
    'url',
    'expiry',
    'expire',
    'status',
  ],
  types: ['text', 'other', 'json', 'array'],
  prefilter: { minLength: 8, maxLength: 20, allow: ['digit', 'upper', 'lower'] },
  normalize: (v) => v.toUpperCase(),
  patterns: [
    { name: 'id18', regex: /^[1-9]\d{16}[\dX]$/, score: 0.3 },
    { name: 'foreign-pr-old', regex: /^[A-Z]{3}\d{12}$/, score: 0.3 },
    // Local 居住证 numbering varies by city (area code + year + sequence…).
    { name: 'local', regex: /^(?=[A-Z]{0,3}\d)[A-Z0-9]{8,20}$/, score: 0.1 },
  ],
  validate: (v, pattern) => {
    if (pattern !== 'id18') return undefined
    if (!isPrcId18(v, { allowForeignPermanentResident: true })) return false
    return v.startsWith('9') ? true : undefined
  },
  birthDate: (v, pattern) => (pattern === 'id18' ? prcIdBirthDate(v) : undefined),
})
