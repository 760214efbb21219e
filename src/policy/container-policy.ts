/**
 * What the policy says about one container: its purposes (from mappings), legal holds, and the retention that
 * governs its records. A record can only go once every rule that applies to it has expired, so the longest
 * applicable period governs; its action is `delete` only if that rule says so.
 */
import picomatch from 'picomatch'
import type { FieldMeta } from '../connector/connector.js'
import { durationDays, parseDuration } from './duration.js'
import type { Policy } from './load-policy.js'
import type { Clock, Mapping, Purpose, RetentionSpec } from './policy-schema.js'
import { clockField } from './clock-fields.js'

export interface EffectiveRetention {
  readonly duration: string
  readonly from: Clock
  readonly action: 'delete' | 'anonymize'
  /** Where the governing rule comes from: `purpose order_fulfilment` or `retention[financial.transaction]`. */
  readonly origin: string
  readonly basis?: string
}

export interface ContainerPolicy {
  /** Mapped purposes (empty: no declared purpose covers the container). */
  readonly purposes: readonly Purpose[]
  readonly mappings: readonly Mapping[]
  readonly hold?: { readonly reason: string; readonly until?: string }
  /** Governing retention, when any rule applies. */
  readonly retention?: EffectiveRetention
  /** The field holding the retention clock, when it exists and is a timestamp. */
  readonly clockField?: FieldMeta
  /** Primary-key field enforcement works with. */
  readonly keyField?: string
}

/** True when category `id` is covered by a declared category (itself or an ancestor). */
export function declares(declared: readonly string[], id: string): boolean {
  return declared.some((d) => id === d || id.startsWith(`${d}.`))
}

export function containerPolicy(
  policy: Policy,
  sourceId: string,
  containerId: string,
  fields: readonly FieldMeta[],
  categories: readonly string[],
  primaryKey: readonly string[] | undefined,
  now: Date,
): ContainerPolicy {
  const key = `${sourceId}:${containerId}`
  const matches = (glob: string) => picomatch(glob, { dot: true })(key)
  const mappings = policy.mappings.filter((m) => matches(m.match))
  const purposeIds = new Set(mappings.flatMap((m) => m.purposes))
  const purposes = policy.purposes.filter((p) => purposeIds.has(p.id))
  const hold = policy.legalHolds.find((h) => matches(h.match) && (!h.until || new Date(h.until) > now))
  const candidates: (RetentionSpec & { origin: string })[] = [
    ...purposes.flatMap((p) => (p.retention ? [{ ...p.retention, origin: `purpose ${p.id}` }] : [])),
    ...policy.retention
      .filter((r) => categories.some((c) => declares([r.category], c)))
      .map((r) => ({ ...r, origin: `retention[${r.category}]` })),
  ]
  const governing = candidates.sort(
    (a, b) => durationDays(parseDuration(b.duration)) - durationDays(parseDuration(a.duration)),
  )[0]
  const declaredClocks = Object.assign({}, ...mappings.map((m) => m.clocks ?? {}))
  const retention: EffectiveRetention | undefined = governing && {
    duration: governing.duration,
    from: governing.from,
    action: governing.action,
    origin: governing.origin,
    ...(governing.basis ? { basis: governing.basis } : {}),
  }
  const clock = retention ? clockField(retention.from, fields, declaredClocks) : undefined
  const keyField = mappings.find((m) => m.key)?.key ?? (primaryKey?.length === 1 ? primaryKey[0] : undefined)
  return {
    purposes,
    mappings,
    ...(hold ? { hold: { reason: hold.reason, ...(hold.until ? { until: hold.until } : {}) } } : {}),
    ...(retention ? { retention } : {}),
    ...(clock ? { clockField: clock } : {}),
    ...(keyField ? { keyField } : {}),
  }
}
