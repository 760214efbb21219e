/**
 * The schema as migrations build it, statement by statement, and the columns each checked statement adds or
 * changes. Every event carries the table as it was just before and just after its statement, so the
 * classifier sees the same context `scan` would (other columns, table name and comment) and a change only
 * counts when it changes the verdict: renaming `phone` to `mobile` adds nothing, commenting `c1` as
 * `身份证号` adds an ID number.
 */
import type { ContainerRef, FieldMeta } from '../connector/connector.js'
import type { ColumnDef, SchemaChange, TableName } from './schema-change.js'
import type { SqlDialect } from './sql-lexer.js'
import { sqlTypeClass } from './sql-type-class.js'

/** Where a statement starts. */
export interface StatementLocation {
  /** Path relative to the working directory, with `/` separators. */
  readonly path: string
  readonly line: number
}

export const COLUMN_CHANGES = [
  'added',
  'renamed',
  'retyped',
  'commented',
  'redefined',
  'moved',
  'context',
] as const
/**
 * `moved`: the table was renamed or moved to another schema; `context`: the table comment changed, which
 * can change how its columns read (`用户表`).
 */
export type ColumnChange = (typeof COLUMN_CHANGES)[number]

/** One column a checked statement added or changed. */
export interface ColumnEvent {
  readonly location: StatementLocation
  /** The table right after the statement. */
  readonly after: ContainerRef
  /** The table right before it (undefined when the statement created the table). */
  readonly before?: ContainerRef
  /** Column name after the statement. */
  readonly column: string
  /** Name before the statement, when the statement renamed the column. */
  readonly previousName?: string
  readonly change: ColumnChange
}

export interface ApplyResult {
  readonly events: readonly ColumnEvent[]
  /** What could not be followed (a `LIKE` of a table no migration created). */
  readonly problems: readonly string[]
}

interface ColumnState {
  name: string
  dataType: string
  comment?: string
}

interface TableState {
  schema?: string
  name: string
  comment?: string
  columns: ColumnState[]
}

interface Touched {
  change: ColumnChange
  previousName?: string
}

/** Type recorded for a column a statement refers to but no migration declared. */
const UNKNOWN_TYPE = 'unknown'

export class SchemaModel {
  readonly #dialect: SqlDialect
  readonly #defaultSchema: string | undefined
  readonly #tables = new Map<string, TableState>()

  constructor(options: { readonly dialect: SqlDialect; readonly defaultSchema?: string }) {
    this.#dialect = options.dialect
    this.#defaultSchema = options.defaultSchema
  }

  /** Current tables, in creation order. */
  tables(): ContainerRef[] {
    return [...this.#tables.values()].map((t) => this.#ref(t))
  }

  /** The container id a table name resolves to (`public.members`, or `members` without a schema). */
  containerId(table: TableName): string {
    const schema = table.schema ?? this.#defaultSchema
    return schema ? `${schema}.${table.name}` : table.name
  }

  /**
   * Applies one statement's changes. With `record`, returns an event per column the statement added or
   * changed; history statements (before the checked ones) only build the schema.
   */
  apply(changes: readonly SchemaChange[], location: StatementLocation, record: boolean): ApplyResult {
    this.#assumeReferenced(changes)
    const touchedTables = new Set(changes.flatMap((c) => tableKeysOf(c).map((t) => this.#key(t))))
    const before = new Map<string, ContainerRef>()
    for (const key of touchedTables) {
      const t = this.#tables.get(key)
      if (t) before.set(key, this.#ref(t))
    }
    const touched = new Map<string, Map<string, Touched>>()
    const movedFrom = new Map<string, string>()
    const problems: string[] = []
    const touch = (tableKey: string, column: string, t: Touched) => {
      let columns = touched.get(tableKey)
      if (!columns) touched.set(tableKey, (columns = new Map()))
      const previous = columns.get(this.#columnKey(t.previousName ?? column))
      if (t.previousName !== undefined) columns.delete(this.#columnKey(t.previousName))
      columns.set(this.#columnKey(column), previous ?? t)
    }
    for (const change of changes) this.#applyOne(change, touch, movedFrom, problems)
    if (!record) return { events: [], problems }
    const events: ColumnEvent[] = []
    for (const [tableKey, columns] of touched) {
      const table = this.#tables.get(tableKey)
      if (!table) continue // dropped later in the same statement
      const after = this.#ref(table)
      const previous = before.get(movedFrom.get(tableKey) ?? tableKey)
      for (const [columnKey, t] of columns) {
        const column = table.columns.find((c) => this.#columnKey(c.name) === columnKey)
        if (!column) continue
        events.push({
          location,
          after,
          ...(previous ? { before: previous } : {}),
          column: column.name,
          ...(t.previousName !== undefined && t.previousName !== column.name
            ? { previousName: t.previousName }
            : {}),
          change: t.change,
        })
      }
    }
    return { events, problems }
  }

  #applyOne(
    change: SchemaChange,
    touch: (tableKey: string, column: string, t: Touched) => void,
    movedFrom: Map<string, string>,
    problems: string[],
  ): void {
    switch (change.kind) {
      case 'create-table': {
        const key = this.#key(change.table)
        if (this.#tables.has(key)) return // CREATE TABLE IF NOT EXISTS on an existing table
        this.#tables.set(key, {
          ...this.#names(change.table),
          ...(change.comment ? { comment: change.comment } : {}),
          columns: change.columns.map(columnState),
        })
        for (const c of change.columns) touch(key, c.name, { change: 'added' })
        return
      }
      case 'create-table-like': {
        const key = this.#key(change.table)
        const source = this.#tables.get(this.#key(change.like))
        if (!source) {
          problems.push(
            `the columns of ${this.containerId(change.table)} are copied from ${this.containerId(change.like)}, which no checked or earlier migration creates`,
          )
          this.#tables.set(key, { ...this.#names(change.table), columns: [] })
          return
        }
        const existing = this.#tables.get(key)
        const columns = source.columns.map((c) => ({
          name: c.name,
          dataType: c.dataType,
          ...(change.comments && c.comment ? { comment: c.comment } : {}),
        }))
        if (existing) existing.columns.push(...columns.filter((c) => !this.#find(existing, c.name)))
        else this.#tables.set(key, { ...this.#names(change.table), columns })
        for (const c of columns) touch(key, c.name, { change: 'added' })
        return
      }
      case 'add-column': {
        const key = this.#key(change.table)
        const table = this.#table(change.table)
        if (this.#find(table, change.column.name)) return // ADD COLUMN IF NOT EXISTS
        table.columns.push(columnState(change.column))
        touch(key, change.column.name, { change: 'added' })
        return
      }
      case 'redefine-column': {
        const key = this.#key(change.table)
        const column = this.#find(this.#table(change.table), change.from)!
        const previousName = column.name
        column.name = change.column.name
        column.dataType = change.column.dataType
        // MySQL MODIFY/CHANGE replaces the whole definition: no COMMENT clause removes the comment.
        if (change.column.comment) column.comment = change.column.comment
        else delete column.comment
        touch(key, column.name, { change: 'redefined', previousName })
        return
      }
      case 'rename-column': {
        const key = this.#key(change.table)
        const column = this.#find(this.#table(change.table), change.from)!
        const previousName = column.name
        column.name = change.to
        touch(key, change.to, { change: 'renamed', previousName })
        return
      }
      case 'alter-column-type': {
        const column = this.#find(this.#table(change.table), change.column)!
        column.dataType = change.dataType
        touch(this.#key(change.table), column.name, { change: 'retyped' })
        return
      }
      case 'column-comment': {
        const column = this.#find(this.#table(change.table), change.column)!
        if (change.comment) column.comment = change.comment
        else delete column.comment
        touch(this.#key(change.table), column.name, { change: 'commented' })
        return
      }
      case 'table-comment': {
        const table = this.#table(change.table)
        if (change.comment) table.comment = change.comment
        else delete table.comment
        for (const c of table.columns) touch(this.#key(change.table), c.name, { change: 'context' })
        return
      }
      case 'drop-column': {
        const table = this.#tables.get(this.#key(change.table))
        if (table) table.columns = table.columns.filter((c) => !this.#same(c.name, change.column))
        return
      }
      case 'rename-table': {
        const from = this.#key(change.from)
        const to = this.#key({ schema: change.to.schema ?? change.from.schema, name: change.to.name })
        const table = this.#table(change.from)
        this.#tables.delete(from)
        Object.assign(
          table,
          this.#names({ schema: change.to.schema ?? change.from.schema, name: change.to.name }),
        )
        this.#tables.set(to, table)
        movedFrom.set(to, movedFrom.get(from) ?? from)
        for (const c of table.columns) touch(to, c.name, { change: 'moved' })
        return
      }
      case 'drop-table':
        this.#tables.delete(this.#key(change.table))
        return
    }
  }

  /**
   * Tables and columns a statement changes but no migration declared (a file checked without its history)
   * are assumed to have existed, named as referenced and of unknown type, so the change still gets a before
   * and an after.
   */
  #assumeReferenced(changes: readonly SchemaChange[]): void {
    for (const change of changes) {
      const assume = (table: TableName, column: string, dataType = UNKNOWN_TYPE) => {
        const t = this.#table(table)
        if (!this.#find(t, column)) t.columns.push({ name: column, dataType })
      }
      switch (change.kind) {
        case 'redefine-column':
          assume(change.table, change.from, change.column.dataType)
          break
        case 'rename-column':
          assume(change.table, change.from)
          break
        case 'alter-column-type':
          assume(change.table, change.column, change.dataType)
          break
        case 'column-comment':
          assume(change.table, change.column)
          break
        case 'add-column':
        case 'table-comment':
          this.#table(change.table)
          break
        case 'rename-table':
          this.#table(change.from)
          break
        default:
          break
      }
    }
  }

  /** The table, created (as assumed, with no columns) when no migration declared it. */
  #table(name: TableName): TableState {
    const key = this.#key(name)
    let table = this.#tables.get(key)
    if (!table) this.#tables.set(key, (table = { ...this.#names(name), columns: [] }))
    return table
  }

  #names(name: TableName): { schema?: string; name: string } {
    const schema = name.schema ?? this.#defaultSchema
    return schema ? { schema, name: name.name } : { name: name.name }
  }

  #find(table: TableState, column: string): ColumnState | undefined {
    return table.columns.find((c) => this.#same(c.name, column))
  }

  /** MySQL column names are case-insensitive; PostgreSQL ones are exact (after folding). */
  #same(a: string, b: string): boolean {
    return this.#columnKey(a) === this.#columnKey(b)
  }

  #columnKey(name: string): string {
    return this.#dialect === 'mysql' ? name.toLowerCase() : name
  }

  #key(name: TableName): string {
    const id = this.containerId(name)
    return this.#dialect === 'mysql' ? id.toLowerCase() : id
  }

  #ref(t: TableState): ContainerRef {
    const fields: FieldMeta[] = t.columns.map((c) => ({
      name: c.name,
      dataType: c.dataType,
      typeClass: c.dataType === UNKNOWN_TYPE ? 'text' : sqlTypeClass(c.dataType),
      ...(c.comment ? { comment: c.comment } : {}),
    }))
    return {
      id: t.schema ? `${t.schema}.${t.name}` : t.name,
      ...(t.schema ? { namespace: t.schema } : {}),
      name: t.name,
      kind: 'table',
      fields,
      ...(t.comment ? { comment: t.comment } : {}),
    }
  }
}

function columnState(c: ColumnDef): ColumnState {
  return { name: c.name, dataType: c.dataType, ...(c.comment ? { comment: c.comment } : {}) }
}

function tableKeysOf(change: SchemaChange): TableName[] {
  switch (change.kind) {
    case 'rename-table':
      return [change.from]
    case 'create-table-like':
      return [change.table]
    default:
      return [change.table]
  }
}
