/**
 * Discovery for PostgreSQL and PGlite: kysely's introspector for tables, columns, types and column comments,
 * plus one catalog query for what it does not return (row estimates, table comments, primary keys, privileges).
 */
import { type Kysely, sql } from 'kysely'
import type { ContainerRef, FieldMeta } from '../../src/connector/connector.js'
import { postgresTypeClass, postgresTypeName } from './postgres-types.js'

export interface PostgresContainer extends ContainerRef {
  /** False when the current role lacks SELECT on the table; sampling would fail with permission denied. */
  readonly readable: boolean
  /** Raw `pg_type.typname` per column, for building select expressions. */
  readonly typnames: ReadonlyMap<string, string>
}

interface TableExtra {
  schema: string
  table: string
  estimate: string | number | null
  comment: string | null
  pk: string[] | string | null
  readable: boolean
}

export async function discoverPostgres(
  db: Kysely<unknown>,
  options: { schemas?: readonly string[] },
): Promise<PostgresContainer[]> {
  const tables = await db.introspection.getTables()
  const extras = await sql<TableExtra>`
    select ns.nspname as schema, c.relname as "table", c.reltuples::bigint as estimate,
      obj_description(c.oid, 'pg_class') as comment,
      has_table_privilege(c.oid, 'SELECT') as readable,
      (select array_agg(a.attname::text order by k.ord)
         from pg_index i
         cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
         join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
        where i.indrelid = c.oid and i.indisprimary) as pk
    from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
    where c.relkind in ('r', 'v', 'p', 'm') and ns.nspname !~ '^pg_' and ns.nspname <> 'information_schema'`.execute(
    db,
  )
  const extraByKey = new Map(extras.rows.map((e) => [`${e.schema}\u0000${e.table}`, e]))
  const wanted = options.schemas?.length ? new Set(options.schemas) : undefined
  const out: PostgresContainer[] = []
  for (const t of tables) {
    const schema = t.schema ?? 'public'
    if (wanted && !wanted.has(schema)) continue
    const extra = extraByKey.get(`${schema}\u0000${t.name}`)
    const typnames = new Map<string, string>()
    const fields: FieldMeta[] = t.columns.map((c) => {
      typnames.set(c.name, c.dataType)
      return {
        name: c.name,
        dataType: postgresTypeName(c.dataType),
        typeClass: postgresTypeClass(c.dataType),
        nullable: c.isNullable,
        ...(c.comment ? { comment: c.comment } : {}),
      }
    })
    const estimate = extra?.estimate === null || extra?.estimate === undefined ? -1 : Number(extra.estimate)
    out.push({
      id: `${schema}.${t.name}`,
      namespace: schema,
      name: t.name,
      kind: t.isView ? 'view' : 'table',
      fields,
      estimatedRows: estimate,
      ...(extra?.comment ? { comment: extra.comment } : {}),
      ...(extra?.pk ? { primaryKey: parsePgArray(extra.pk) } : {}),
      readable: extra?.readable ?? true,
      typnames,
    })
  }
  return out
}

/** pg returns `name[]` arrays parsed; PGlite may return the text form `{a,b}`. */
function parsePgArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .map((s) => s.replace(/^"|"$/g, ''))
    .filter(Boolean)
}
