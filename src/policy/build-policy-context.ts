/** Assembles what policy checks read from the scan's inventory and per-container policy resolution. Pure. */
import type { ContainerScan, SourceScan } from '../sampler/scan-source.js'
import type { FieldEntry } from '../scan-result.js'
import type { Policy } from './load-policy.js'
import type { ContainerContext, IdentityOverlap, PolicyContext } from './policy-context.js'
import { groupBy } from '../util/group-by.js'

export function buildPolicyContext(
  policy: Policy,
  scans: readonly SourceScan[],
  fields: readonly FieldEntry[],
  findCategoryLabel: (id: string) => string,
): PolicyContext {
  const byContainer = groupBy(fields, (f) => `${f.sourceId}\u0000${f.container}`)
  const containers: ContainerContext[] = []
  for (const scan of scans) {
    for (const c of scan.containers) {
      if (c.coverage.status !== 'scanned' || !c.policy) continue
      containers.push({
        source: scan.report.url,
        sourceId: scan.report.id,
        container: c.container,
        fields: byContainer.get(`${scan.report.id}\u0000${c.container.id}`) ?? [],
        policy: c.policy,
        ...(c.retention ? { retention: c.retention } : {}),
        ...(c.retentionProblem ? { retentionProblem: c.retentionProblem } : {}),
      })
    }
  }
  return {
    policy,
    containers,
    identity: identityOverlaps(scans),
    findCategoryLabel,
    isSensitive: (f) => f.sensitivity === 'sensitive',
  }
}

/** Identifier hashes in containers no purpose covers that also occur in covered containers. */
function identityOverlaps(scans: readonly SourceScan[]): IdentityOverlap[] {
  const known = new Map<string, Set<string>>() // hash -> containers where a purpose covers it
  const unmapped: { scan: SourceScan; c: ContainerScan }[] = []
  for (const scan of scans) {
    for (const c of scan.containers) {
      if (!c.policy) continue
      if (c.policy.purposes.length === 0) {
        unmapped.push({ scan, c })
        continue
      }
      for (const f of c.fields) {
        for (const hashes of f.identities?.values() ?? []) {
          for (const h of hashes) {
            let where = known.get(h)
            if (!where) known.set(h, (where = new Set()))
            where.add(`${scan.report.id}:${c.container.id}`)
          }
        }
      }
    }
  }
  const out: IdentityOverlap[] = []
  for (const { scan, c } of unmapped) {
    for (const f of c.fields) {
      for (const [category, hashes] of f.identities ?? []) {
        const knownIn = new Set<string>()
        let shared = 0
        for (const h of hashes) {
          const where = known.get(h)
          if (!where) continue
          shared++
          for (const w of where) knownIn.add(w)
        }
        if (shared > 0) {
          out.push({
            source: scan.report.url,
            sourceId: scan.report.id,
            container: c.container.id,
            field: f.field.name,
            category,
            shared,
            knownIn: [...knownIn].sort(),
          })
        }
      }
    }
  }
  return out
}
