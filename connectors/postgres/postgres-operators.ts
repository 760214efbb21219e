/**
 * Anonymization operators as PostgreSQL expressions, mirroring src/enforce/operators.ts, and the predicate
 * "this value is not anonymized yet" used both to pick enforcement batches and to count what is still due.
 */
import { type RawBuilder, sql } from 'kysely'
import type { RetentionTask } from '../../src/connector/connector.js'
import { HASH_PREFIX } from '../../src/enforce/operators.js'

export type PendingField = RetentionTask['fields'][number]
const TEXT_TYPES = new Set(['text', 'varchar', 'bpchar', 'citext'])

/** SQL computing an operator on a column, or undefined when it must run in JS (hash, text generalization). */
export function operatorSql(
  type: string,
  f: PendingField,
  col: RawBuilder<unknown>,
): RawBuilder<unknown> | undefined {
  if (f.operator === 'nullify') return sql`null`
  if (f.operator === 'mask' && TEXT_TYPES.has(type)) {
    const n = sql`char_length(${col})`
    return sql`case when ${n} <= 3 then left(${col}, 1) || repeat('*', ${n} - 1)
      when ${n} <= 6 then left(${col}, 1) || repeat('*', ${n} - 2) || right(${col}, 1)
      when ${n} <= 11 then left(${col}, 3) || repeat('*', ${n} - 3 - least(4, ${n} - 5)) || right(${col}, least(4, ${n} - 5))
      else left(${col}, 6) || repeat('*', ${n} - 10) || right(${col}, 4) end`
  }
  if (f.operator === 'generalize') {
    if (type === 'date') return sql`make_date(extract(year from ${col})::int, 1, 1)`
    if (type === 'timestamp' || type === 'timestamptz') return sql`date_trunc('year', ${col})`
    if (type === 'numeric' || type === 'float4' || type === 'float8') return sql`round(${col}::numeric, 2)`
    if (type === 'inet')
      return sql`host(network(set_masklen(${col}, case when family(${col}) = 4 then 24 else 48 end)))::inet`
  }
  return undefined
}

/** True where the column still holds a value its operator would change; undefined when SQL cannot tell. */
export function pendingSql(
  type: string,
  f: PendingField,
  col: RawBuilder<unknown>,
): RawBuilder<unknown> | undefined {
  if (f.operator === 'hash' && TEXT_TYPES.has(type))
    return sql`(${col} is not null and ${col} not like ${`${HASH_PREFIX}%`})`
  if (f.operator === 'mask' && TEXT_TYPES.has(type)) {
    // A value without '*' longer than one character always changes; only values with '*' need the full check.
    return sql`(case when ${col} is null then false when strpos(${col}, '*') = 0 then char_length(${col}) > 1
      else ${col} is distinct from ${operatorSql(type, f, col)!} end)`
  }
  if (f.operator === 'generalize' && type === 'date')
    return sql`(extract(month from ${col}) <> 1 or extract(day from ${col}) <> 1)`
  const expr = operatorSql(type, f, col)
  return expr ? sql`${col} is distinct from ${expr}` : undefined
}

/** Any field still pending, or undefined when one of them cannot be judged in SQL. */
export function anyPendingSql(
  types: ReadonlyMap<string, string>,
  fields: readonly PendingField[],
  alias: string,
): RawBuilder<unknown> | undefined {
  const parts = fields.map((f) =>
    pendingSql(types.get(f.field) ?? 'text', f, sql`${sql.id(alias)}.${sql.id(f.field)}`),
  )
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined
  return sql`(${sql.join(parts as RawBuilder<unknown>[], sql` or `)})`
}
