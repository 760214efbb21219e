import { describe, expect, it } from 'vitest'
import { prcResidentId } from '../../rules/prc-resident-id.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

// Vectors from shared/reference/china-pii.md §3.1 (verified by verify-vectors.js).
testRule(prcResidentId, {
  detect: [
    '11010519491231002X',
    '440524188001010014',
    '110101200001010010',
    '810000199001010019',
    '11010519491231002x',
    '１１０１０５１９４９１２３１００２Ｘ',
    '110105491231002',
    '440524800101001',
    '310101650704123',
    { name: 'id_card_no' },
    { name: 'idCardNo' },
    { name: 'sfzh' },
    { name: 'gmsfhm' },
    { name: 'djrsfzh' },
    { name: 'holder_id_number' },
    { name: 'col_7', comment: '身份证号码' },
    { name: '身份证号' },
    { name: 'id_card_enc' },
  ],
  ignore: [
    '110105194912310021',
    '110105194902300014',
    '990105194912310023',
    '110105209912310010',
    '931156199001010014',
    '110105491331002',
    '990105491231002',
    '11010549123100',
    '202406181234567890',
    '20240618123456789X',
    { name: 'id_card_type' },
    { name: 'id_card_photo' },
    { name: 'is_id_card_verified' },
    { name: 'id_card_verified_at' },
    { name: 'order_id' },
    { name: 'col_8', comment: '证件类型' },
  ],
})

describe('prc-resident-id in free text', () => {
  it('finds checksum-valid 18-digit IDs only', () => {
    const text = '身份证 11010519491231002X，错号 110105194912310021，订单 202406181234567890'
    expect(textFinds(prcResidentId, text).map((f) => f.text)).toEqual(['11010519491231002X'])
  })

  it('does not cut an ID out of a longer run', () => {
    expect(textFinds(prcResidentId, 'x911010519491231002X1')).toEqual([])
  })

  it('gives the birth date for the children-under-14 count', () => {
    expect(prcResidentId.birthDate?.('110101200001010010', 'id18')).toBe('2000-01-01')
  })
})
