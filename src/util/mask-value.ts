/**
 * Masks a value for reports: shape and a few characters survive, so a DPO can tell `138****5678` from a UUID,
 * but the value cannot be recovered. Used for every example that leaves the classifier.
 */
export function maskValue(value: string): string {
  const chars = Array.from(value.length > 64 ? value.slice(0, 64) : value)
  const n = chars.length
  if (n === 0) return ''
  const at = chars.indexOf('@')
  if (at > 0) {
    const local = chars.slice(0, at)
    return `${local[0]}${'*'.repeat(Math.max(1, Math.min(local.length - 1, 6)))}@${chars.slice(at + 1).join('')}`
  }
  let keepStart: number
  let keepEnd: number
  if (n <= 2) [keepStart, keepEnd] = [1, 0]
  else if (n <= 4) [keepStart, keepEnd] = [1, 0]
  else if (n <= 8) [keepStart, keepEnd] = [1, 1]
  else if (n <= 12) [keepStart, keepEnd] = [3, 2]
  else [keepStart, keepEnd] = [Math.min(6, Math.floor(n / 3)), Math.min(4, Math.floor(n / 4))]
  const out = chars.map((c, i) => (i < keepStart || i >= n - keepEnd || /[\s\-.:,/@()]/.test(c) ? c : '*'))
  return out.join('') + (value.length > 64 ? '…' : '')
}
