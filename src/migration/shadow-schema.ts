/**
 * The shadow run: applies migrations in order to a fresh in-memory PGlite (PostgreSQL in WebAssembly),
 * statement by statement, and compares the catalog before and after each checked statement. It sees what
 * reading SQL cannot: `CREATE TABLE … AS SELECT`, `LIKE`, inheritance, DO blocks, procedures, dynamic SQL.
 * History migrations (the ones before a checked file) are applied first and only build the baseline.
 * Introspection reuses the PGlite connector, so columns come back exactly as `scan` would list them.
 */
import type { Extensions } from '@electric-sql/pglite'
import type { ContainerRef } from '../connector/connector.js'
import { errorMessage } from '../errors.js'
import type { ColumnChange, ColumnEvent } from './migration-columns.js'
import type { MigrationWarning } from './migration-result.js'
import { splitStatements } from './split-statements.js'

export interface ShadowFile {
  /** Path relative to the working directory (reports). */
  readonly relativePath: string
  readonly role: 'checked' | 'history'
  readonly source: string
}

export interface ShadowResult {
  /** Columns each checked statement added or changed, with the catalog's tables before and after it. */
  readonly events: readonly ColumnEvent[]
  /** Statements the shadow database rejected. */
  readonly warnings: readonly MigrationWarning[]
  /** `path:line` of every checked statement that applied cleanly. */
  readonly applied: ReadonlySet<string>
  readonly statements: number
  readonly failed: number
}

/** PGlite contrib modules a migration may create (the SQL name of `uuid_ossp` is `uuid-ossp`). */
const CONTRIB_MODULES = [
  'btree_gin',
  'btree_gist',
  'citext',
  'cube',
  'earthdistance',
  'fuzzystrmatch',
  'hstore',
  'intarray',
  'isn',
  'lo',
  'ltree',
  'moddatetime',
  'pg_trgm',
  'pgcrypto',
  'seg',
  'tablefunc',
  'tsm_system_rows',
  'tsm_system_time',
  'unaccent',
  'uuid_ossp',
]
const CONTRIB: Readonly<Record<string, string>> = {
  ...Object.fromEntries(CONTRIB_MODULES.map((m) => [m, m])),
  'uuid-ossp': 'uuid_ossp',
}

/** Statements that cannot change the catalog's columns: no snapshot after them. */
const NO_SCHEMA_CHANGE =
  /^\s*(?:insert|update|delete|merge|set|reset|grant|revoke|begin|start|commit|end|rollback|savepoint|release|analyze|vacuum|reindex|cluster|lock|notify|listen|unlisten|copy|refresh|create\s+(?:unique\s+)?index|drop\s+index|truncate)\b/i

export function statementKey(path: string, line: number): string {
  return `${path}:${line}`
}

export async function runShadow(files: readonly ShadowFile[]): Promise<ShadowResult> {
  // Loaded only for --shadow: PGlite is a large WebAssembly module.
  const { PGlite } = await import('@electric-sql/pglite')
  const { PgliteConnector } = await import('../../connectors/pglite/pglite-connector.js')
  const pglite = await PGlite.create({ extensions: await contribExtensions(files) })
  const connector = new PgliteConnector(
    { instance: pglite },
    { statementTimeoutMs: 60_000, maxConnections: 1 },
  )
  const events: ColumnEvent[] = []
  const warnings: MigrationWarning[] = []
  const applied = new Set<string>()
  let statements = 0
  let failed = 0
  try {
    await connector.connect()
    let snapshot: Map<string, ContainerRef> | undefined
    for (const file of files) {
      const checked = file.role === 'checked'
      if (checked && !snapshot) snapshot = await tables(connector)
      for (const stmt of splitStatements(file.source, 'postgres')) {
        statements++
        try {
          await pglite.exec(stmt.text)
        } catch (error) {
          failed++
          warnings.push({
            path: file.relativePath,
            line: stmt.line,
            kind: 'shadow-error',
            message: `the shadow database rejected this statement: ${errorMessage(error)}`,
            checked,
          })
          // Leave a failed transaction block, so later statements are not all refused with it.
          await pglite.exec('ROLLBACK').catch(() => {})
          continue
        }
        if (!checked) continue
        applied.add(statementKey(file.relativePath, stmt.line))
        if (NO_SCHEMA_CHANGE.test(stmt.text)) continue
        const next = await tables(connector)
        events.push(...diff(snapshot!, next, { path: file.relativePath, line: stmt.line }))
        snapshot = next
      }
    }
  } finally {
    await connector.close().catch(() => {})
    await pglite.close().catch(() => {})
  }
  return { events, warnings, applied, statements, failed }
}

/** Contrib extensions that the migrations create and PGlite ships, loaded up front. */
async function contribExtensions(files: readonly ShadowFile[]): Promise<Extensions> {
  const wanted = new Set<string>()
  for (const f of files) {
    for (const m of f.source.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?"?([a-z0-9_-]+)"?/gi)) {
      const module = CONTRIB[m[1]!.toLowerCase()]
      if (module) wanted.add(module)
    }
  }
  const out: Extensions = {}
  for (const module of wanted) {
    const mod = (await import(`@electric-sql/pglite/contrib/${module}`)) as Record<string, Extensions[string]>
    out[module] = mod[module]!
  }
  return out
}

async function tables(connector: {
  listContainers(): Promise<ContainerRef[]>
}): Promise<Map<string, ContainerRef>> {
  const list = await connector.listContainers()
  return new Map(list.filter((c) => c.kind === 'table').map((c) => [c.id, c]))
}

/** Columns added, retyped or re-commented between two catalog snapshots. */
function diff(
  before: ReadonlyMap<string, ContainerRef>,
  after: ReadonlyMap<string, ContainerRef>,
  location: ColumnEvent['location'],
): ColumnEvent[] {
  const events: ColumnEvent[] = []
  for (const [id, table] of after) {
    const old = before.get(id)
    const contextChanged = old !== undefined && (old.comment ?? '') !== (table.comment ?? '')
    for (const field of table.fields) {
      const was = old?.fields.find((f) => f.name === field.name)
      const change: ColumnChange | undefined = !was
        ? 'added'
        : was.dataType !== field.dataType
          ? 'retyped'
          : (was.comment ?? '') !== (field.comment ?? '')
            ? 'commented'
            : contextChanged
              ? 'context'
              : undefined
      if (change)
        events.push({ location, after: table, ...(old ? { before: old } : {}), column: field.name, change })
    }
  }
  return events
}
