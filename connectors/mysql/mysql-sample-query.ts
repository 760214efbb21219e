/**
 * Builds the read-only sampling statements for one MySQL/MariaDB table. Identifiers come from the scanned
 * database, so they are quoted by kysely (`sql.id` with MysqlDialect: backticks, embedded backticks doubled),
 * never concatenated; key bounds and limits are bound parameters. Values are converted to bounded text on the
 * server so a 1 MB TEXT or a 10 MB BLOB never crosses the wire whole.
 *
 * Every statement carries its own timeout: MariaDB `SET STATEMENT max_statement_time=<s> FOR SELECT …`,
 * MySQL the `/*+ MAX_EXECUTION_TIME(<ms>) *\/` optimizer hint (both abort only that statement).
 */
import { type RawBuilder, sql } from 'kysely'
import type { FieldMeta, SamplePlan } from '../../src/connector/connector.js'
import type { MysqlColumn, MysqlContainer } from './mysql-catalog.js'

export type Flavour = 'mariadb' | 'mysql'

/**
 * How a selected column's text is turned into sampled values: `json` parses and flattens (text when it does
 * not parse), `json-likely` flattens only objects and arrays, `hex` prefixes `\x`.
 */
export type ColumnDecoding = 'text' | 'json' | 'json-likely' | 'hex'

export interface SelectedColumn {
  readonly field: FieldMeta
  readonly decoding: ColumnDecoding
}

export type SampleMethod = 'full' | 'limit' | 'pk-ranges'

/** Largest JSON document parsed per value; bigger documents are skipped rather than truncated (invalid JSON). */
export const MAX_JSON_BYTES = 1_048_576
/** Binary columns send this many leading bytes (hex), enough for magic numbers. */
export const BINARY_PREFIX_BYTES = 64
/** Above this many estimated rows per requested row, random primary-key ranges replace `LIMIT n`. */
export const PK_RANGE_FACTOR = 10
/** Rows read per random key range, aimed at; the number of ranges is bounded below. */
const ROWS_PER_RANGE = 100
const MIN_RANGES = 16
const MAX_RANGES = 100

/** Select expressions for the fields to read, aliased `c0…cN` (rows are read as arrays, in this order). */
export function selectColumns(
  table: MysqlContainer,
  fields: readonly FieldMeta[],
  maxValueLength: number,
): { readonly exprs: RawBuilder<unknown>[]; readonly columns: SelectedColumn[] } {
  const columns: SelectedColumn[] = []
  const exprs = fields.map((field) => {
    const { expr, decoding } = selectExpression(field, table.columns.get(field.name), maxValueLength)
    const alias = sql.id(`c${columns.length}`)
    columns.push({ field, decoding })
    return sql`${expr} as ${alias}`
  })
  return { exprs, columns }
}

function selectExpression(
  field: FieldMeta,
  column: MysqlColumn | undefined,
  maxLength: number,
): { expr: RawBuilder<unknown>; decoding: ColumnDecoding } {
  const col = sql.id('t', field.name)
  const max = sql.lit(Math.max(1, Math.floor(maxLength)))
  if (column?.json || field.typeClass === 'json') {
    return {
      expr: sql`case when octet_length(${col}) <= ${sql.lit(MAX_JSON_BYTES)} then cast(${col} as char) end`,
      decoding: 'json',
    }
  }
  if (column?.jsonLikely) {
    return {
      expr: sql`case when octet_length(${col}) <= ${sql.lit(MAX_JSON_BYTES)} then ${col} else left(${col}, ${max}) end`,
      decoding: 'json-likely',
    }
  }
  switch (field.typeClass) {
    case 'binary':
      // `\x` is prepended while decoding: a backslash literal in SQL depends on NO_BACKSLASH_ESCAPES.
      return { expr: sql`lower(hex(left(${col}, ${sql.lit(BINARY_PREFIX_BYTES)})))`, decoding: 'hex' }
    case 'geometry':
      return { expr: sql`left(ST_AsText(${col}), ${max})`, decoding: 'text' }
    case 'text':
      // Short character columns need no truncation; the driver gets them as they are.
      if (column?.maxChars !== undefined && column.maxChars <= maxLength)
        return { expr: col, decoding: 'text' }
      return { expr: sql`left(${col}, ${max})`, decoding: 'text' }
    case 'boolean':
    case 'integer':
      // bit(n) reads as bytes unless made a number first.
      if (column?.dataType === 'bit') return { expr: sql`cast(${col} + 0 as char)`, decoding: 'text' }
      return { expr: sql`cast(${col} as char)`, decoding: 'text' }
    case 'decimal':
    case 'date':
    case 'timestamp':
    case 'time':
    case 'uuid':
    case 'network':
      // Short, bounded text forms.
      return { expr: sql`cast(${col} as char)`, decoding: 'text' }
    default:
      return { expr: sql`left(cast(${col} as char), ${max})`, decoding: 'text' }
  }
}

/**
 * How a table is sampled: everything (`full`), random primary-key ranges when the table is large and has a
 * single integer primary key (`pk-ranges`), else its first rows (`limit`).
 */
export function chooseMethod(table: MysqlContainer, plan: SamplePlan): SampleMethod {
  if (plan.limit === 'all') return 'full'
  const estimate = table.estimatedRows ?? -1
  if (table.kind !== 'table' || estimate <= plan.limit * PK_RANGE_FACTOR) return 'limit'
  return integerKey(table) ? 'pk-ranges' : 'limit'
}

/** The single integer primary-key column, if the table has one. */
export function integerKey(table: MysqlContainer): string | undefined {
  const pk = table.primaryKey
  if (pk?.length !== 1) return undefined
  return table.columns.get(pk[0]!)?.integer ? pk[0] : undefined
}

export interface StatementParts {
  readonly flavour: Flavour
  readonly timeoutMs: number
  readonly table: MysqlContainer
  readonly exprs: readonly RawBuilder<unknown>[]
  readonly where?: RawBuilder<unknown>
  readonly orderBy?: RawBuilder<unknown>
  readonly limit?: number
}

/** `SELECT exprs FROM db.table AS t [WHERE] [ORDER BY] [LIMIT ?]` with the flavour's statement timeout. */
export function selectStatement(parts: StatementParts): RawBuilder<unknown> {
  const from = sql`${sql.id(parts.table.namespace, parts.table.name)} as t`
  const where = parts.where ? sql` where ${parts.where}` : sql``
  const orderBy = parts.orderBy ? sql` order by ${parts.orderBy}` : sql``
  const limit = parts.limit !== undefined ? sql` limit ${Math.max(0, Math.floor(parts.limit))}` : sql``
  return timed(
    parts.flavour,
    parts.timeoutMs,
    sql`${sql.join(parts.exprs)} from ${from}${where}${orderBy}${limit}`,
  )
}

/** `SELECT CAST(MIN(k) AS CHAR), CAST(MAX(k) AS CHAR)`: two index lookups on InnoDB (the key's B-tree ends). */
export function keyBoundsStatement(
  flavour: Flavour,
  timeoutMs: number,
  table: MysqlContainer,
  key: string,
): RawBuilder<unknown> {
  const k = sql.id(key)
  return timed(
    flavour,
    timeoutMs,
    sql`cast(min(${k}) as char) as lo, cast(max(${k}) as char) as hi from ${sql.id(table.namespace, table.name)}`,
  )
}

/** Prefixes `rest` (everything after the SELECT keyword) with SELECT and the flavour's timeout. */
function timed(flavour: Flavour, timeoutMs: number, rest: RawBuilder<unknown>): RawBuilder<unknown> {
  const ms = Math.max(1, Math.round(Number.isFinite(timeoutMs) ? timeoutMs : 60_000))
  if (flavour === 'mariadb') {
    const seconds = Number((ms / 1000).toFixed(3))
    return sql`set statement max_statement_time=${sql.lit(seconds)} for select ${rest}`
  }
  return sql`select /*+ MAX_EXECUTION_TIME(${sql.lit(ms)}) */ ${rest}`
}

/** Number of random key ranges for a sample of `limit` rows. */
export function rangeCount(limit: number): number {
  return Math.max(1, Math.min(limit, MAX_RANGES, Math.max(MIN_RANGES, Math.ceil(limit / ROWS_PER_RANGE))))
}

/** `count` start keys drawn uniformly from [lo, hi], ascending (duplicates possible on tiny key spaces). */
export function randomStarts(lo: bigint, hi: bigint, count: number, random = Math.random): bigint[] {
  const span = hi - lo + 1n
  const scale = 2n ** 52n
  const starts: bigint[] = []
  for (let i = 0; i < count; i++) {
    const r = BigInt(Math.floor(random() * Number(scale)))
    starts.push(lo + (span * r) / scale)
  }
  return starts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
