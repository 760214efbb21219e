/**
 * Discovery for MySQL and MariaDB: one information_schema query (bound parameters) for tables, columns, types,
 * comments, row estimates and primary keys, plus, on MariaDB, one for the `json_valid()` CHECK constraints
 * that mark JSON columns (MariaDB's JSON is LONGTEXT utf8mb4_bin with a constraint; users with only SELECT
 * do not see constraints, so such columns are flagged `jsonLikely` instead).
 *
 * kysely's MysqlIntrospector (`db.introspection.getTables()`) is not used: in kysely 0.28 it reads only the
 * current `database()` (nothing when the URL names no database) and returns DATA_TYPE without COLUMN_TYPE
 * (so `tinyint(1)` booleans look like integers), no table comments, no TABLE_ROWS and no keys. The query below
 * returns what it returns (column comments included) and the rest in the same round trip.
 */
import type { Kysely } from 'kysely'
import type { ContainerRef, FieldMeta } from '../../src/connector/connector.js'
import { mysqlTypeClass, mysqlTypeName } from './mysql-types.js'

/** Databases the server uses for itself, never scanned when the URL names no database. */
export const SYSTEM_DATABASES = ['mysql', 'information_schema', 'performance_schema', 'sys'] as const

/** What sampling needs to know about a column beyond {@link FieldMeta}. */
export interface MysqlColumn {
  /** information_schema DATA_TYPE, lower case (`varchar`, `longtext`, `point`). */
  readonly dataType: string
  /** Longest value in characters for character types (CHARACTER_MAXIMUM_LENGTH), else undefined. */
  readonly maxChars?: number
  /** JSON column (native on MySQL, `json_valid()` LONGTEXT on MariaDB). */
  readonly json: boolean
  /**
   * MariaDB LONGTEXT in utf8mb4_bin whose `json_valid()` constraint is not visible (information_schema hides
   * CHECK constraints from users with only SELECT): how MariaDB stores JSON, so objects and arrays in it are
   * flattened, other values read as text.
   */
  readonly jsonLikely?: boolean
  /** Column of an integer type (candidate key for random pk ranges). */
  readonly integer: boolean
}

export interface MysqlContainer extends ContainerRef {
  readonly namespace: string
  readonly columns: ReadonlyMap<string, MysqlColumn>
}

/** The information_schema columns read, typed for kysely's query builder. */
interface InformationSchema {
  'information_schema.COLUMNS': {
    TABLE_SCHEMA: string
    TABLE_NAME: string
    COLUMN_NAME: string
    ORDINAL_POSITION: number
    DATA_TYPE: string
    COLUMN_TYPE: string
    IS_NULLABLE: string
    CHARACTER_MAXIMUM_LENGTH: string | number | null
    COLLATION_NAME: string | null
    COLUMN_COMMENT: string
  }
  'information_schema.TABLES': {
    TABLE_SCHEMA: string
    TABLE_NAME: string
    TABLE_TYPE: string
    TABLE_ROWS: string | number | null
    TABLE_COMMENT: string
  }
  'information_schema.STATISTICS': {
    TABLE_SCHEMA: string
    TABLE_NAME: string
    COLUMN_NAME: string
    INDEX_NAME: string
    SEQ_IN_INDEX: number
  }
  'information_schema.CHECK_CONSTRAINTS': {
    CONSTRAINT_SCHEMA: string
    TABLE_NAME: string
    CHECK_CLAUSE: string
  }
}

export type CatalogDb = Kysely<InformationSchema>

/** TABLE_TYPE values scanned; `SEQUENCE`, `SYSTEM VIEW` and `TEMPORARY` are not. */
const TABLE_TYPES = ['BASE TABLE', 'SYSTEM VERSIONED', 'VIEW']

export interface DiscoverOptions {
  /** Databases to scan; undefined: every database except {@link SYSTEM_DATABASES}. */
  readonly databases?: readonly string[]
  readonly mariadb: boolean
}

export async function discoverMysql(
  db: Kysely<unknown>,
  options: DiscoverOptions,
): Promise<MysqlContainer[]> {
  const catalog = db as unknown as CatalogDb
  // From TABLES with a LEFT JOIN: a view the server cannot open in a read-only session (one that calls a
  // function that writes) has no COLUMNS rows, only a warning; it is still listed, with no fields.
  let query = catalog
    .selectFrom('information_schema.TABLES as t')
    .leftJoin('information_schema.COLUMNS as c', (join) =>
      join.onRef('c.TABLE_SCHEMA', '=', 't.TABLE_SCHEMA').onRef('c.TABLE_NAME', '=', 't.TABLE_NAME'),
    )
    .leftJoin('information_schema.STATISTICS as s', (join) =>
      join
        .onRef('s.TABLE_SCHEMA', '=', 'c.TABLE_SCHEMA')
        .onRef('s.TABLE_NAME', '=', 'c.TABLE_NAME')
        .onRef('s.COLUMN_NAME', '=', 'c.COLUMN_NAME')
        .on('s.INDEX_NAME', '=', 'PRIMARY'),
    )
    .select([
      't.TABLE_SCHEMA as schema',
      't.TABLE_NAME as table',
      't.TABLE_TYPE as tableType',
      't.TABLE_ROWS as estimate',
      't.TABLE_COMMENT as tableComment',
      'c.COLUMN_NAME as column',
      'c.DATA_TYPE as dataType',
      'c.COLUMN_TYPE as columnType',
      'c.IS_NULLABLE as nullable',
      'c.CHARACTER_MAXIMUM_LENGTH as maxChars',
      'c.COLLATION_NAME as collation',
      'c.COLUMN_COMMENT as comment',
      's.SEQ_IN_INDEX as pkPosition',
    ])
    .where('t.TABLE_TYPE', 'in', TABLE_TYPES)
  query = options.databases
    ? query.where('t.TABLE_SCHEMA', 'in', options.databases.length ? [...options.databases] : [''])
    : query.where('t.TABLE_SCHEMA', 'not in', [...SYSTEM_DATABASES])
  const rows = await query
    .orderBy('t.TABLE_SCHEMA')
    .orderBy('t.TABLE_NAME')
    .orderBy('c.ORDINAL_POSITION')
    .execute()
  const jsonColumns = options.mariadb ? await mariadbJsonColumns(catalog, options.databases) : new Set()

  const out: MysqlContainer[] = []
  let current: { ref: Mutable; pk: [number, string][] } | undefined
  const finish = () => {
    if (!current) return
    const pk = current.pk.sort((a, b) => a[0] - b[0]).map(([, name]) => name)
    out.push({ ...current.ref, ...(pk.length ? { primaryKey: pk } : {}) })
  }
  for (const row of rows) {
    if (!current || current.ref.namespace !== row.schema || current.ref.name !== row.table) {
      finish()
      const estimate = row.estimate === null || row.estimate === undefined ? -1 : Number(row.estimate)
      current = {
        ref: {
          id: `${row.schema}.${row.table}`,
          namespace: row.schema,
          name: row.table,
          kind: row.tableType === 'VIEW' ? 'view' : 'table',
          fields: [],
          // Views have no TABLE_ROWS; InnoDB's figure is an estimate (ANALYZE TABLE refreshes it).
          estimatedRows: row.tableType === 'VIEW' ? -1 : estimate,
          // A view's TABLE_COMMENT is `VIEW`, or the error that kept the server from opening it.
          ...(row.tableComment && row.tableType !== 'VIEW' ? { comment: row.tableComment } : {}),
          columns: new Map(),
        },
        pk: [],
      }
    }
    if (row.column === null || row.dataType === null) continue
    const dataType = row.dataType.toLowerCase()
    const json = dataType === 'json' || jsonColumns.has(key(row.schema, row.table, row.column))
    const typeClass = json ? 'json' : mysqlTypeClass(dataType, row.columnType ?? '')
    const field: FieldMeta = {
      name: row.column,
      dataType: mysqlTypeName(dataType, row.columnType ?? '', json),
      typeClass,
      nullable: row.nullable === 'YES',
      ...(row.comment ? { comment: row.comment } : {}),
    }
    current.ref.fields.push(field)
    const maxChars = row.maxChars === null || row.maxChars === undefined ? undefined : Number(row.maxChars)
    current.ref.columns.set(row.column, {
      dataType,
      ...(maxChars !== undefined && Number.isFinite(maxChars) ? { maxChars } : {}),
      json,
      ...(options.mariadb && !json && dataType === 'longtext' && row.collation === 'utf8mb4_bin'
        ? { jsonLikely: true }
        : {}),
      integer: typeClass === 'integer' && dataType !== 'bit' && dataType !== 'year',
    })
    if (row.pkPosition !== null && row.pkPosition !== undefined)
      current.pk.push([Number(row.pkPosition), row.column])
  }
  finish()
  return out
}

type Mutable = Omit<MysqlContainer, 'fields' | 'columns'> & {
  fields: FieldMeta[]
  columns: Map<string, MysqlColumn>
}

function key(schema: string, table: string, column: string): string {
  return `${schema}\u0000${table}\u0000${column}`
}

/**
 * MariaDB's JSON columns: a column-level `CHECK (json_valid(col))` constraint, which MariaDB adds to every
 * column declared JSON. Servers without information_schema.CHECK_CONSTRAINTS (before 10.2.22) get none.
 */
async function mariadbJsonColumns(db: CatalogDb, databases?: readonly string[]): Promise<Set<string>> {
  try {
    let query = db
      .selectFrom('information_schema.CHECK_CONSTRAINTS')
      .select(['CONSTRAINT_SCHEMA as schema', 'TABLE_NAME as table', 'CHECK_CLAUSE as clause'])
      .where('CHECK_CLAUSE', 'like', 'json_valid(%')
    query = databases
      ? query.where('CONSTRAINT_SCHEMA', 'in', databases.length ? [...databases] : [''])
      : query.where('CONSTRAINT_SCHEMA', 'not in', [...SYSTEM_DATABASES])
    const rows = await query.execute()
    const out = new Set<string>()
    for (const row of rows) {
      const m = /^json_valid\(`((?:[^`]|``)+)`\)$/i.exec(row.clause.trim())
      if (m) out.add(key(row.schema, row.table, m[1]!.replace(/``/g, '`')))
    }
    return out
  } catch {
    return new Set()
  }
}
