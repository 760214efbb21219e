/**
 * Builds the read-only sampling query for one table. Identifiers come from the scanned database, so they are
 * quoted by kysely (`sql.id`), never concatenated. Values are converted to bounded text on the server so a
 * 1 MB column or a 10 MB bytea never crosses the wire whole.
 */
import { type RawBuilder, sql } from 'kysely'
import type { FieldMeta, SamplePlan } from '../../src/connector/connector.js'

/** How a selected column's text is turned into sampled values. */
export type ColumnDecoding = 'text' | 'json' | 'json-array'

export interface SelectedColumn {
  readonly field: FieldMeta
  readonly decoding: ColumnDecoding
}

export interface SampleQuery {
  readonly query: RawBuilder<unknown>
  readonly columns: readonly SelectedColumn[]
  readonly method: 'full' | 'limit' | 'tablesample-system'
}

/** Above this many estimated rows per requested row, TABLESAMPLE SYSTEM reads a fraction of the pages. */
const TABLESAMPLE_FACTOR = 10
/** Largest JSON document parsed per value; bigger documents are skipped (and counted) rather than truncated. */
export const MAX_JSON_BYTES = 1_048_576
const BINARY_PREFIX_BYTES = 64

export function buildSampleQuery(
  schema: string,
  table: string,
  fields: readonly FieldMeta[],
  typnames: ReadonlyMap<string, string>,
  plan: SamplePlan,
  estimatedRows: number,
): SampleQuery {
  const columns: SelectedColumn[] = []
  const exprs = fields.map((field) => {
    const { expr, decoding } = selectExpression(
      field,
      typnames.get(field.name) ?? 'text',
      plan.maxValueLength,
    )
    // Aliases keep row objects (PGlite) from collapsing columns that share an expression name.
    const alias = sql.id(`c${columns.length}`)
    columns.push({ field, decoding })
    return sql`${expr} as ${alias}`
  })
  const from = sql`${sql.id(schema, table)} as t`
  if (plan.limit === 'all') {
    return { query: sql`select ${sql.join(exprs)} from ${from}`, columns, method: 'full' }
  }
  if (estimatedRows > plan.limit * TABLESAMPLE_FACTOR) {
    // About three times the requested rows in expectation, so LIMIT is rarely starved by page clustering.
    const percent = Math.min(100, Math.max(0.0001, ((plan.limit * 3) / estimatedRows) * 100))
    return {
      query: sql`select ${sql.join(exprs)} from ${from} tablesample system (${sql.lit(Number(percent.toFixed(6)))}) limit ${sql.lit(plan.limit)}`,
      columns,
      method: 'tablesample-system',
    }
  }
  return {
    query: sql`select ${sql.join(exprs)} from ${from} limit ${sql.lit(plan.limit)}`,
    columns,
    method: 'limit',
  }
}

/** A plain `limit` query, used when TABLESAMPLE returned too few rows (stale estimate, clustered pages). */
export function buildLimitQuery(
  schema: string,
  table: string,
  columns: readonly SelectedColumn[],
  typnames: ReadonlyMap<string, string>,
  limit: number,
  maxValueLength: number,
): RawBuilder<unknown> {
  const exprs = columns.map(
    (c, i) =>
      sql`${selectExpression(c.field, typnames.get(c.field.name) ?? 'text', maxValueLength).expr} as ${sql.id(`c${i}`)}`,
  )
  return sql`select ${sql.join(exprs)} from ${sql.id(schema, table)} as t limit ${sql.lit(limit)}`
}

function selectExpression(
  field: FieldMeta,
  typname: string,
  maxLength: number,
): { expr: RawBuilder<unknown>; decoding: ColumnDecoding } {
  const col = sql.id('t', field.name)
  const max = sql.lit(maxLength)
  if (typname === 'json' || typname === 'jsonb') {
    return {
      expr: sql`case when octet_length(${col}::text) <= ${sql.lit(MAX_JSON_BYTES)} then ${col}::text end`,
      decoding: 'json',
    }
  }
  if (typname === 'hstore') return { expr: sql`hstore_to_json(${col})::text`, decoding: 'json' }
  if (typname === 'bytea') {
    return {
      expr: sql`'\\x' || encode(substring(${col} from 1 for ${sql.lit(BINARY_PREFIX_BYTES)}), 'hex')`,
      decoding: 'text',
    }
  }
  if (typname === 'geometry' || typname === 'geography')
    return { expr: sql`left(ST_AsText(${col}), ${max})`, decoding: 'text' }
  if (typname.startsWith('_') && field.typeClass !== 'array') {
    return {
      expr: sql`case when octet_length(${col}::text) <= ${sql.lit(MAX_JSON_BYTES)} then array_to_json(${col})::text end`,
      decoding: 'json-array',
    }
  }
  // Server-side cost matters on full scans: left() on every value doubled COPY time; the length guard is free.
  if (TEXT_TYPES.has(typname))
    return {
      expr: sql`case when octet_length(${col}) <= ${max} then ${col} else left(${col}, ${max}) end`,
      decoding: 'text',
    }
  if (SHORT_TEXT_FORM.has(typname)) return { expr: sql`${col}::text`, decoding: 'text' }
  return { expr: sql`left(${col}::text, ${max})`, decoding: 'text' }
}

const TEXT_TYPES = new Set(['text', 'varchar', 'bpchar', 'citext', 'name'])
/** Types whose text form is short and bounded: no truncation needed. */
const SHORT_TEXT_FORM = new Set([
  'int2',
  'int4',
  'int8',
  'float4',
  'float8',
  'bool',
  'date',
  'time',
  'timetz',
  'timestamp',
  'timestamptz',
  'uuid',
  'inet',
  'cidr',
  'macaddr',
  'macaddr8',
  'money',
  'oid',
  'interval',
])
