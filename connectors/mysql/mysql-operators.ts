/**
 * Anonymization operators as MySQL/MariaDB expressions, mirroring src/enforce/operators.ts and the PostgreSQL
 * expressions (connectors/postgres/postgres-operators.ts) so the same value anonymizes to the same result in
 * every store, and the predicate "this value is not anonymized yet" used both to pick enforcement batches and
 * to count what is still due. Column names are quoted by kysely (`sql.id`), never concatenated.
 *
 * Comparisons go through `cast(… as binary)`: MySQL compares strings under the column's collation, which is
 * usually case-, accent- and trailing-space-insensitive, while "already anonymized" means byte-identical.
 */
import { type RawBuilder, sql } from 'kysely'
import type { ContainerRef, RetentionTask } from '../../src/connector/connector.js'
import { HASH_PREFIX } from '../../src/enforce/operators.js'
import type { MysqlContainer } from './mysql-catalog.js'

export type PendingField = RetentionTask['fields'][number]

/** information_schema DATA_TYPEs whose values are text (not JSON, not ENUM/SET, which only take listed values). */
const TEXT_TYPES = new Set(['char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext'])
const DECIMAL_TYPES = new Set(['decimal', 'numeric', 'float', 'double', 'real', 'double precision'])
const DATETIME_TYPES = new Set(['datetime', 'timestamp'])
/** Types a retention clock can have: the cutoff is compared with them as a date and time. */
export const CLOCK_TYPES = new Set(['date', 'datetime', 'timestamp'])

/**
 * The column's type as the operators see it: information_schema DATA_TYPE, `json` for JSON columns (MariaDB
 * stores them as LONGTEXT), `text` when the container was not listed by this connector (as in PostgreSQL).
 */
export function columnType(container: ContainerRef, field: string): string {
  const columns = (container as Partial<MysqlContainer>).columns
  const column = columns instanceof Map ? columns.get(field) : undefined
  if (!column) return 'text'
  return column.json ? 'json' : column.dataType
}

export function isTextType(type: string): boolean {
  return TEXT_TYPES.has(type)
}

/** `maskText` in SQL: characters (not bytes) kept at both ends by length, the rest `*`. */
function maskSql(col: RawBuilder<unknown>): RawBuilder<unknown> {
  const n = sql`char_length(${col})`
  return sql`(case when ${n} <= 3 then concat(left(${col}, 1), repeat('*', ${n} - 1))
      when ${n} <= 6 then concat(left(${col}, 1), repeat('*', ${n} - 2), right(${col}, 1))
      when ${n} <= 11 then concat(left(${col}, 3), repeat('*', ${n} - 3 - least(4, ${n} - 5)), right(${col}, least(4, ${n} - 5)))
      else concat(left(${col}, 6), repeat('*', ${n} - 10), right(${col}, 4)) end)`
}

/** SQL computing an operator on a column, or undefined when it must run in JS (hash, text generalization). */
export function operatorSql(
  type: string,
  f: PendingField,
  col: RawBuilder<unknown>,
): RawBuilder<unknown> | undefined {
  if (f.operator === 'nullify') return sql`null`
  if (f.operator === 'mask' && TEXT_TYPES.has(type)) return maskSql(col)
  if (f.operator === 'generalize') {
    // PostgreSQL: make_date(year, 1, 1), date_trunc('year', …), round(…::numeric, 2).
    if (type === 'date') return sql`makedate(year(${col}), 1)`
    if (DATETIME_TYPES.has(type)) return sql`cast(makedate(year(${col}), 1) as datetime)`
    // Exact decimal rounding (half away from zero) for floats too, as PostgreSQL's numeric cast does.
    if (DECIMAL_TYPES.has(type)) return sql`round(cast(${col} as decimal(65, 30)), 2)`
  }
  return undefined
}

/** Byte-wise "differs" (NULL-safe): collations must not hide a change. */
function differs(a: RawBuilder<unknown>, b: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`not (cast(${a} as binary) <=> cast(${b} as binary))`
}

/** True where the column still holds a value its operator would change; undefined when SQL cannot tell. */
export function pendingSql(
  type: string,
  f: PendingField,
  col: RawBuilder<unknown>,
): RawBuilder<unknown> | undefined {
  if (f.operator === 'nullify') return sql`(${col} is not null)`
  if (f.operator === 'hash' && TEXT_TYPES.has(type))
    return sql`(${col} is not null and cast(left(${col}, 3) as binary) <> cast(${HASH_PREFIX} as binary))`
  if (f.operator === 'mask' && TEXT_TYPES.has(type)) {
    // A value without '*' longer than one character always changes; only values with '*' need the full check.
    return sql`(case when ${col} is null then false when instr(${col}, '*') = 0 then char_length(${col}) > 1
      else ${differs(col, maskSql(col))} end)`
  }
  if (f.operator === 'generalize' && type === 'date')
    return sql`(month(${col}) <> 1 or dayofmonth(${col}) <> 1)`
  // Dates and numbers compare as values (a DATETIME(6) and its year start differ in text, not in value).
  const expr = operatorSql(type, f, col)
  return expr ? sql`not (${col} <=> ${expr})` : undefined
}

/** Any field still pending, or undefined when one of them cannot be judged in SQL. */
export function anyPendingSql(
  container: ContainerRef,
  fields: readonly PendingField[],
  alias: string,
): RawBuilder<unknown> | undefined {
  const parts = fields.map((f) => pendingSql(columnType(container, f.field), f, sql.id(alias, f.field)))
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined
  return sql`(${sql.join(parts as RawBuilder<unknown>[], sql` or `)})`
}
