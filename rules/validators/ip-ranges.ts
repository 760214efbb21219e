/**
 * Private, loopback, link-local, documentation, multicast and reserved ranges (RFC 1918, 5737, 3849, 6890).
 * Hand-rolled because node:net BlockList costs microseconds per check, which dominated full scans of IP columns.
 */
const V4_RANGES: readonly [number, number][] = (
  [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 3],
  ] as const
).map(([net, bits]) => {
  const mask = (~0 << (32 - bits)) >>> 0
  return [(ipv4ToInt(net)! & mask) >>> 0, mask] as [number, number]
})

/** IPv4 dotted quad to an unsigned 32-bit integer, or undefined. */
export function ipv4ToInt(ip: string): number | undefined {
  let value = 0
  let part = 0
  let digits = 0
  let dots = 0
  for (let i = 0; i < ip.length; i++) {
    const c = ip.charCodeAt(i)
    if (c === 46) {
      if (digits === 0 || ++dots > 3) return undefined
      value = value * 256 + part
      part = 0
      digits = 0
    } else if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48)
      if (++digits > 3 || part > 255) return undefined
    } else return undefined
  }
  if (dots !== 3 || digits === 0) return undefined
  return value * 256 + part
}

/** True for addresses that belong to networks rather than people: private, loopback, documentation, multicast. */
export function isInfrastructureIp(ip: string): boolean {
  if (ip.includes(':')) return isInfrastructureIpv6(ip.toLowerCase())
  const n = ipv4ToInt(ip)
  if (n === undefined) return false
  for (const [net, mask] of V4_RANGES) if ((n & mask) >>> 0 === net) return true
  return false
}

function isInfrastructureIpv6(ip: string): boolean {
  if (ip === '::' || ip === '::1') return true
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip)
  if (mapped) return isInfrastructureIp(mapped[1]!)
  const first = Number.parseInt(ip.split(':')[0] || '0', 16)
  if ((first & 0xfe00) === 0xfc00) return true // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true // fe80::/10 link local
  if ((first & 0xff00) === 0xff00) return true // ff00::/8 multicast
  return ip.startsWith('2001:db8:') || ip.startsWith('2001:0db8:') // documentation
}
