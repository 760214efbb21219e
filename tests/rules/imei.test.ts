import { describe, expect, it } from 'vitest'
import { imei } from '../../rules/imei.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

testRule(imei, {
  detect: [
    '490154203237518',
    '356938035643809',
    '353918057361475',
    { value: 'A0000012345678', as: 'shape' },
    { name: 'imei' },
    { name: 'meid' },
    { name: 'x', comment: '手机串号' },
  ],
  ignore: [
    '490154203237519',
    '35693803564380',
    '35693803564380A',
    '111111111111111',
    { name: 'imei_count' },
    { name: 'is_imei_bound' },
  ],
})

describe('imei in free text', () => {
  it('finds Luhn-valid IMEIs, plain or grouped', () => {
    const text = '设备 490154203237518，另一台 35-693803-564380-9，错号 490154203237519'
    expect(textFinds(imei, text).map((f) => f.text)).toEqual(['490154203237518', '35-693803-564380-9'])
  })
})
