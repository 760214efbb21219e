import { defineRule } from '../src/rule/rule.js'

/** MAC addresses in colon, dash or Cisco dot notation; all-zero and broadcast are not devices (reference §3.11). */
export const macAddress = defineRule({
  id: 'mac-address',
  category: 'network.mac',
  description: 'Hardware MAC address of a device',
  references: ['GB/T 35273-2020 Table A.1', 'GB/T 43697-2024 Annex B'],
  names: [
    'mac',
    'mac address',
    'mac addr',
    'macaddress',
    'macaddr',
    'wifi mac',
    'wlan mac',
    'bluetooth mac',
    'bt mac',
    'hw addr',
    'hardware address',
    'device mac',
    'eth mac',
  ],
  keywords: ['MAC地址', '物理地址', '网卡地址'],
  excludeTokens: ['ap', 'router', 'gateway', 'switch', 'server', 'bssid', 'vendor', 'oui'],
  types: ['text', 'network', 'other', 'json', 'array'],
  prefilter: { minLength: 12, maxLength: 17, allow: ['digit', 'upper', 'lower', 'colon', 'dash', 'dot'] },
  patterns: [
    { name: 'separated', regex: /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$/, score: 0.5 },
    { name: 'cisco', regex: /^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$/, score: 0.5 },
  ],
  validate: (v) => {
    const hex = v.replace(/[:.-]/g, '').toLowerCase()
    // 02:42:… is the prefix Docker gives container interfaces: a virtual NIC, not a person's device.
    return hex !== '000000000000' && hex !== 'ffffffffffff' && !hex.startsWith('0242')
  },
  valuesExpected: true,
  scan: /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)/g,
})
