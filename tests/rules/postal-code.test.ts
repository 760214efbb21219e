import { describe, expect, it } from 'vitest'
import { postalCode } from '../../rules/postal-code.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

testRule(postalCode, {
  detect: [
    { value: '100080', as: 'shape' },
    { value: '518057', as: 'shape' },
    { value: '98122', as: 'shape' },
    { value: '98052-6399', as: 'shape' },
    { value: 'WG2 7LT', as: 'shape' },
    { value: 'T2F 8M4', as: 'shape' },
    'EC2 7JR',
    'SW1A 1AA',
    'M11AA',
    'GIR 0AA',
    { name: 'zip_code' },
    { name: 'postal_code' },
    { name: 'ZipCode' },
    { name: 'yzbm' },
    { name: 'x', comment: '邮政编码' },
  ],
  ignore: [
    '1000801',
    'hello',
    '12',
    { value: 'M1 1CA', shapeOnly: true },
    { value: 'QA1 1AA', shapeOnly: true },
    { name: 'zip_file' },
    { name: 'zip_level' },
    { name: 'territory_id' },
  ],
})

describe('postal-code in free text', () => {
  it('finds UK postcodes with a real area and valid inward letters only', () => {
    expect(textFinds(postalCode, 'From SW1A 1AA to EC1A 1BB').map((f) => f.text)).toEqual([
      'SW1A 1AA',
      'EC1A 1BB',
    ])
    expect(textFinds(postalCode, 'QA1 1AA, M1 1CA, ABCM11AADEF, X1 2GB')).toEqual([])
  })
})
