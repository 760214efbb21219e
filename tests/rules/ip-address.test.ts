import { describe, expect, it } from 'vitest'
import { ipAddress } from '../../rules/ip-address.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

testRule(ipAddress, {
  detect: [
    '8.8.8.8',
    '114.114.114.114',
    '36.112.5.9',
    '2400:c401::5054:ff:fe1b:b031',
    '240e:3b7::1',
    '8.8.8.8/32',
    { value: '192.168.1.1', as: 'shape' },
    { value: '2001:db8::1', as: 'shape' },
    { value: '127.0.0.1', as: 'shape' },
    { name: 'ip' },
    { name: 'ip2' },
    { name: 'client_ip' },
    { name: 'last_login_ip' },
    { name: 'remote_addr' },
    { name: 'ipAddress' },
    { name: 'x', comment: '登录IP' },
  ],
  ignore: [
    '256.1.1.1',
    '192.168.01.1',
    '1.2.3',
    '6.1.7601.23505',
    '2001:db8:::1',
    '12345::',
    'gggg::1',
    '12:34:56',
    { value: '10.0.0.1', shapeOnly: true },
    { name: 'server_ip' },
    { name: 'ip_whitelist' },
    { name: 'ip_country' },
    { name: 'zip' },
  ],
})

describe('ip-address in free text', () => {
  it('finds public IPv4 and IPv6 addresses', () => {
    const text = 'login from 36.112.5.9, then 2400:c401::5054:ff:fe1b:b031.'
    expect(textFinds(ipAddress, text).map((f) => f.text)).toEqual([
      '36.112.5.9',
      '2400:c401::5054:ff:fe1b:b031',
    ])
  })

  it('skips version strings, longer dotted runs and private ranges', () => {
    const text =
      'version 6.1.2.4, v1.2.3.4, app_version: 8.8.4.4, build 1.2.3.4.5, gateway 192.168.1.1, 12:34:56'
    expect(textFinds(ipAddress, text)).toEqual([])
  })

  it('still finds an address after a word that merely ends in "ver", and in URLs', () => {
    expect(textFinds(ipAddress, 'server 36.112.5.9').map((f) => f.text)).toEqual(['36.112.5.9'])
    expect(textFinds(ipAddress, 'GET http://36.112.5.9:8080/x').map((f) => f.text)).toEqual(['36.112.5.9'])
  })

  it('skips product versions inside user agents', () => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36'
    expect(textFinds(ipAddress, ua)).toEqual([])
  })
})
