import { isIPv6 } from 'node:net'
import { defineRule } from '../src/rule/rule.js'
import { isInfrastructureIp } from './validators/ip-ranges.js'

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
/**
 * IPv6 candidates: a run of hex groups and colons that contains `::` or eight groups, optionally ending in a
 * dotted quad (`::ffff:192.0.2.1`); node:net decides. IPv4: a dotted quad not preceded by `v`, `ver`,
 * `version`, 版本号 or a product token (`Chrome/120.0.0.0` in user agents) and not followed by another `.digit`
 * (version strings such as 6.1.2.4.1 or "version 1.2.3.4").
 */
const IP_SCAN = new RegExp(
  '(?<![\\w:.])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){7})[0-9A-Fa-f:]*[0-9A-Fa-f:](?:\\.\\d{1,3}){0,3}(?![\\w:])' +
    `|(?<![\\w.:-])(?<!(?:^|[^A-Za-z])(?:v|ver|version)[\\s:=]{0,2}|版本号?[\\s:：=]{0,2}|[A-Za-z_]\\/)` +
    `(?:${OCTET}\\.){3}${OCTET}(?![\\w-]|\\.\\d)`,
  'gi',
)

/**
 * IPv4 and IPv6 addresses. Public addresses validate; private, loopback and documentation ranges are shape
 * matches only, because they are usually infrastructure rather than a person's address (shared reference §3.8).
 */
export const ipAddress = defineRule({
  id: 'ip-address',
  category: 'network.ip',
  description: 'IP address (IPv4 dotted quad or IPv6); public addresses validate',
  references: ['GB/T 35273-2020 Table A.1'],
  names: [
    'ip',
    'ip addr',
    'ip address',
    'ipv4',
    'ipv6',
    'client ip',
    'remote addr',
    'remote ip',
    'remote address',
    'x forwarded for',
    'last login ip',
    'login ip',
    'register ip',
    'reg ip',
    'source ip',
    'src ip',
    'user ip',
    'dlip',
    'ipaddress',
    'real ip',
    'origin ip',
    'visitor ip',
  ],
  keywords: ['IP地址', '登录IP', '注册IP', '客户端IP', '访问IP'],
  excludeTokens: [
    'server',
    'gateway',
    'proxy',
    'dns',
    'host',
    'node',
    'cluster',
    'db',
    'whitelist',
    'blacklist',
    'allowlist',
    'denylist',
    'range',
    'cidr',
    'subnet',
    'mask',
    'country',
    'city',
    'region',
    'location',
    'isp',
  ],
  types: ['text', 'network', 'other', 'json', 'array'],
  prefilter: {
    minLength: 2,
    maxLength: 45,
    requireAny: ['dot', 'colon'],
    allow: ['digit', 'dot', 'colon', 'upper', 'lower', 'slash'],
  },
  normalize: (v) => (v.includes('/') ? v.replace(/\/(?:32|128)$/, '') : v),
  patterns: [
    {
      name: 'ipv4',
      regex: /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/,
      score: 0.4,
    },
    { name: 'ipv6', regex: /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/, score: 0.3 },
  ],
  validate: (v, pattern) => {
    if (v.length > 45 || (pattern === 'ipv6' && !isIPv6(v))) return false
    return isInfrastructureIp(v) ? undefined : true
  },
  valuesExpected: true,
  scan: IP_SCAN,
})
