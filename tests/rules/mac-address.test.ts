import { describe, expect, it } from 'vitest'
import { macAddress } from '../../rules/mac-address.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

testRule(macAddress, {
  detect: [
    '00:1A:2B:3C:4D:5E',
    '00-1a-2b-3c-4d-5e',
    '001a.2b3c.4d5e',
    'a1:b2:c3:d4:e5:f6',
    { name: 'mac' },
    { name: 'mac_address' },
    { name: 'x', comment: 'MAC地址' },
  ],
  ignore: [
    '00:1A:2B:3C:4D',
    '00:1A:2B-3C:4D:5E',
    'FF:FF:FF:FF:FF:FF',
    '00:00:00:00:00:00',
    '02:42:ac:11:00:02',
    { name: 'router_mac' },
    { name: 'mac_vendor' },
    { name: 'machine' },
  ],
})

describe('mac-address in free text', () => {
  it('finds colon, dash and Cisco notations', () => {
    const text = 'MACs: 00:1A:2B:3C:4D:5E and 0012.3456.789a, also 01-b3-4a-67-d9-cf'
    expect(textFinds(macAddress, text).map((f) => f.text)).toEqual([
      '00:1A:2B:3C:4D:5E',
      '0012.3456.789a',
      '01-b3-4a-67-d9-cf',
    ])
  })

  it('skips mixed separators, broadcast and longer hex runs', () => {
    expect(textFinds(macAddress, '10:2F:33-AC-29-C3 FF:FF:FF:FF:FF:FF 00:1A:2B:3C:4D:5E:6F')).toEqual([])
  })
})
