import { describe, expect, it } from 'vitest'
import { bankCard } from '../../rules/bank-card.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

// shared/reference/china-pii.md §3.3 vectors.
testRule(bankCard, {
  detect: [
    '6200000000000005',
    '6205500000000000004',
    '4111111111111111',
    '5555555555554444',
    '2223003122003222',
    '378282246310005',
    '6011111111111117',
    '3566002020360505',
    '36227206271667',
    '6217000000000000004',
    '6228480012345671',
    '622202123456789012',
    '4111 1111 1111 1111',
    // Maestro and Dankort test numbers (card-scheme published).
    '6759649826438453',
    '5019717010103742',
    '4111-1111-1111-1111',
    { value: '6214832018989180', as: 'shape' },
    { name: 'bank_card_no' },
    { name: 'card_number' },
    { name: 'yhkh' },
    { name: 'x', comment: '银行卡号' },
    { name: 'card', strength: 'ambiguous' },
  ],
  ignore: [
    '6200000000000006',
    '4111111111111112',
    '1234567812345670',
    '37828224631000',
    '622202123456789',
    '62220212345678901234',
    '0000000000000000',
    { name: 'card_type' },
    { name: 'card_holder' },
    { name: 'card_expiry' },
    { name: 'gift_card_no' },
    { name: 'member_card_no' },
  ],
})

describe('bank-card in free text', () => {
  it('requires Luhn and a known issuer, plain or grouped', () => {
    const text =
      '卡号 6228480012345671，另一张 4111 1111 1111 1111，错号 6228480012345672，券码 1234567812345670'
    expect(textFinds(bankCard, text).map((f) => f.text)).toEqual(['6228480012345671', '4111 1111 1111 1111'])
  })

  it('does not accept mixed separators or a card inside a longer digit run', () => {
    expect(textFinds(bankCard, '4111-1111 1111-1111 and 941111111111111111')).toEqual([])
  })
})
