/**
 * Which purposes of `pimap.yml` cover a table a migration touches. Mappings match `"<source id>:<schema.table>"`
 * globs, as in `scan`; a migration does not know its source, so:
 *
 * - with `--source-id ID`, the source part of each glob must match ID (exactly as `scan` would);
 * - without it (`*`), the source part is ignored: `shop:public.orders` and `crm:public.orders` both cover
 *   `public.orders`, and the table gets the purposes of every mapping that names it;
 * - when the schema is unknown (MySQL without `--schema`, unqualified table), only the table part of the
 *   container glob is compared (`shop:shop.orders` covers `orders`).
 */
import picomatch from 'picomatch'
import type { Policy } from '../policy/load-policy.js'
import type { Purpose } from '../policy/policy-schema.js'

/** Any source: the source part of mapping globs is not compared. */
export const ANY_SOURCE = '*'

export interface TableRefForPolicy {
  /** Schema, when known. */
  readonly schema?: string
  readonly name: string
}

export function mappedPurposes(policy: Policy, sourceId: string, table: TableRefForPolicy): Purpose[] {
  const ids = new Set<string>()
  for (const mapping of policy.mappings) {
    if (matches(mapping.match, sourceId, table)) for (const p of mapping.purposes) ids.add(p)
  }
  return policy.purposes.filter((p) => ids.has(p.id))
}

function matches(glob: string, sourceId: string, table: TableRefForPolicy): boolean {
  const colon = glob.indexOf(':')
  const sourceGlob = colon === -1 ? '*' : glob.slice(0, colon)
  const containerGlob = colon === -1 ? glob : glob.slice(colon + 1)
  if (sourceId !== ANY_SOURCE && !picomatch.isMatch(sourceId, sourceGlob, { dot: true })) return false
  if (table.schema !== undefined) {
    return picomatch.isMatch(`${table.schema}.${table.name}`, containerGlob, { dot: true })
  }
  const dot = containerGlob.indexOf('.')
  const tableGlob = dot === -1 ? containerGlob : containerGlob.slice(dot + 1)
  return picomatch.isMatch(table.name, tableGlob, { dot: true })
}
