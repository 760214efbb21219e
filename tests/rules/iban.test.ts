import { describe, expect, it } from 'vitest'
import { iban } from '../../rules/iban.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

// Vectors from shared/reference/china-pii.md §3.14.
testRule(iban, {
  detect: [
    'GB82WEST12345698765432',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'GB82 WEST 1234 5698 7654 32',
    'NO9386011117947',
    'gb82west12345698765432',
    { name: 'iban' },
    { name: 'iban_no' },
    { name: 'bankIban' },
    { name: 'x', comment: '国际银行账号' },
  ],
  ignore: [
    'GB82WEST12345698765433',
    'DE8937040044053201300',
    'XX00ABCD',
    'XX8937040044053201300012',
    { name: 'iban_country' },
    { name: 'iban_verified' },
  ],
})

describe('iban in free text', () => {
  it('finds printed IBANs, grouped by spaces or dashes, that pass mod 97', () => {
    const text =
      'pay to DE89 3704 0044 0532 0130 00 or AL47-2121-1009-0000-0002-3569-8741, not GB82WEST12345698765433'
    expect(textFinds(iban, text).map((f) => f.text)).toEqual([
      'DE89 3704 0044 0532 0130 00',
      'AL47-2121-1009-0000-0002-3569-8741',
    ])
  })
})
