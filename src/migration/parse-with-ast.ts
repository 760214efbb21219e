/**
 * Maps node-sql-parser ASTs of `CREATE TABLE`, `ALTER TABLE` and `COMMENT ON` to schema changes. The AST is
 * untyped JSON whose shape differs between dialects (MySQL column refs are strings, PostgreSQL ones carry
 * `{ expr: { type, value } }`), so every access is checked; an unknown shape returns undefined and the token
 * parser takes over rather than guessing.
 */
import { OpaqueStatementError } from './statement-errors.js'
import type { ColumnDef, SchemaChange, TableName } from './schema-change.js'
import { type SqlDialect, unquoteString } from './sql-lexer.js'

type Json = Record<string, unknown>

/** Statement-level facts the AST does not keep: which table names were quoted (case kept in PostgreSQL). */
export interface AstContext {
  readonly dialect: SqlDialect
  readonly quotedNames: ReadonlySet<string>
}

export function changesFromAst(ast: unknown, ctx: AstContext): SchemaChange[] | undefined {
  if (!isObject(ast)) return undefined
  if (ast.type === 'create' && ast.keyword === 'table') return createTable(ast, ctx)
  if (ast.type === 'alter') return alterTable(ast, ctx)
  if (ast.type === 'comment') return commentOn(ast, ctx)
  return undefined
}

function createTable(ast: Json, ctx: AstContext): SchemaChange[] | undefined {
  const table = firstTable(ast.table, ctx)
  if (!table) return undefined
  if (ast.query_expr) throw new OpaqueStatementError(`the columns of ${table.name} come from a query`)
  if (isObject(ast.like)) {
    const like = firstTable(ast.like.table, ctx)
    return like ? [{ kind: 'create-table-like', table, like, comments: true }] : undefined
  }
  if (!Array.isArray(ast.create_definitions)) return undefined
  const columns: ColumnDef[] = []
  for (const d of ast.create_definitions) {
    if (!isObject(d)) return undefined
    if (d.resource === 'constraint' || d.resource === 'index') continue
    if (d.resource !== 'column') return undefined
    const column = columnDef(d, ctx)
    if (!column) return undefined
    columns.push(column)
  }
  const comment = tableOptionComment(ast.table_options, ctx)
  return [{ kind: 'create-table', table, columns, ...(comment !== undefined ? { comment } : {}) }]
}

function alterTable(ast: Json, ctx: AstContext): SchemaChange[] | undefined {
  if (ast.keyword !== undefined && ast.keyword !== 'table') return undefined
  const table = firstTable(ast.table, ctx)
  if (!table || !Array.isArray(ast.expr)) return undefined
  const changes: SchemaChange[] = []
  for (const e of ast.expr) {
    if (!isObject(e)) return undefined
    const change = alterAction(e, table, ctx)
    if (change === undefined) return undefined
    changes.push(...change)
  }
  return changes
}

/** One action; undefined for a shape not understood, [] for one that cannot add or change columns. */
function alterAction(e: Json, table: TableName, ctx: AstContext): SchemaChange[] | undefined {
  if (e.resource === 'comment') {
    const comment = typeof e.comment === 'string' ? literal(e.comment, ctx) : undefined
    return [{ kind: 'table-comment', table, comment: comment || undefined }]
  }
  if (e.resource === 'constraint' || e.resource === 'index') return []
  if (e.resource === 'table' && e.action === 'rename' && typeof e.table === 'string') {
    return [{ kind: 'rename-table', from: table, to: { ...schemaOf(table), name: folded(e.table, ctx) } }]
  }
  if (e.resource !== 'column') return undefined
  const name = columnName(e.column, ctx)
  if (name === undefined) return undefined
  switch (e.action) {
    case 'add': {
      const column = columnDef(e, ctx)
      return column ? [{ kind: 'add-column', table, column }] : undefined
    }
    case 'drop':
      return [{ kind: 'drop-column', table, column: name }]
    case 'rename': {
      const from = columnName(e.old_column, ctx)
      return from === undefined ? undefined : [{ kind: 'rename-column', table, from, to: name }]
    }
    case 'alter': {
      if (!isObject(e.definition)) return [] // SET DEFAULT, SET NOT NULL, …
      const dataType = typeText(e.definition)
      return dataType === undefined
        ? undefined
        : [{ kind: 'alter-column-type', table, column: name, dataType }]
    }
    case 'modify': {
      const column = columnDef(e, ctx)
      return column ? [{ kind: 'redefine-column', table, from: column.name, column }] : undefined
    }
    case 'change': {
      const from = columnName(e.old_column, ctx)
      const column = columnDef(e, ctx)
      return from !== undefined && column ? [{ kind: 'redefine-column', table, from, column }] : undefined
    }
    default:
      return undefined
  }
}

function commentOn(ast: Json, ctx: AstContext): SchemaChange[] | undefined {
  const target = ast.target
  const value = isObject(ast.expr) && isObject(ast.expr.expr) ? ast.expr.expr : undefined
  if (!isObject(target) || !value) return undefined
  let comment: string | undefined
  if (value.type === 'null') comment = undefined
  else if (value.type === 'single_quote_string' && typeof value.value === 'string')
    comment = literal(`'${value.value}'`, ctx) || undefined
  else return undefined
  if (target.type === 'column' && isObject(target.name)) {
    const ref = target.name
    const column = columnName(ref, ctx)
    if (column === undefined || typeof ref.table !== 'string') return undefined
    const schema = typeof ref.schema === 'string' ? folded(ref.schema, ctx) : undefined
    const table = { ...(schema ? { schema } : {}), name: folded(ref.table, ctx) }
    return [{ kind: 'column-comment', table, column, comment }]
  }
  if (target.type === 'table' && isObject(target.name)) {
    const table = tableRef(target.name, ctx)
    return table ? [{ kind: 'table-comment', table, comment }] : undefined
  }
  return undefined
}

function columnDef(d: Json, ctx: AstContext): ColumnDef | undefined {
  const name = columnName(d.column, ctx)
  const dataType = isObject(d.definition) ? typeText(d.definition) : undefined
  if (name === undefined || dataType === undefined) return undefined
  let comment: string | undefined
  if (isObject(d.comment) && isObject(d.comment.value) && typeof d.comment.value.value === 'string') {
    comment = literal(`'${d.comment.value.value}'`, ctx)
  }
  return { name, dataType, ...(comment !== undefined ? { comment } : {}) }
}

/** `varchar(18)`, `numeric(10,2)`, `int unsigned`, `text[]`, `enum('a','b')` from a definition node. */
function typeText(def: Json): string | undefined {
  if (typeof def.dataType !== 'string') return undefined
  let t = def.dataType.toLowerCase()
  if (typeof def.length === 'number') {
    t += typeof def.scale === 'number' ? `(${def.length},${def.scale})` : `(${def.length})`
  } else if (isObject(def.expr) && Array.isArray(def.expr.value)) {
    const values = def.expr.value.map((v) =>
      isObject(v) && typeof v.value === 'string' ? `'${v.value}'` : '?',
    )
    t += `(${values.join(',')})`
  }
  if (Array.isArray(def.suffix)) {
    for (const s of def.suffix) if (typeof s === 'string') t += ` ${s.toLowerCase()}`
  }
  if (isObject(def.array)) t += '[]'.repeat(typeof def.array.dimension === 'number' ? def.array.dimension : 1)
  return t
}

/** Column name of a column_ref: MySQL gives a string, PostgreSQL `{ expr: { type, value } }`. */
function columnName(ref: unknown, ctx: AstContext): string | undefined {
  if (!isObject(ref)) return undefined
  const col = ref.column
  if (typeof col === 'string') return folded(col, ctx)
  if (isObject(col) && isObject(col.expr) && typeof col.expr.value === 'string') {
    const quoted = col.expr.type === 'double_quote_string' || col.expr.type === 'backticks_quote_string'
    return quoted || ctx.dialect === 'mysql' ? col.expr.value : col.expr.value.toLowerCase()
  }
  return undefined
}

function firstTable(list: unknown, ctx: AstContext): TableName | undefined {
  return Array.isArray(list) && list.length === 1 ? tableRef(list[0], ctx) : undefined
}

function tableRef(ref: unknown, ctx: AstContext): TableName | undefined {
  if (!isObject(ref) || typeof ref.table !== 'string') return undefined
  const schema = typeof ref.db === 'string' && ref.db ? folded(ref.db, ctx) : undefined
  return { ...(schema ? { schema } : {}), name: folded(ref.table, ctx) }
}

/** PostgreSQL folds unquoted names; the AST drops the quotes, so the statement's quoted names decide. */
function folded(name: string, ctx: AstContext): string {
  return ctx.dialect === 'postgres' && !ctx.quotedNames.has(name) ? name.toLowerCase() : name
}

function schemaOf(t: TableName): { schema?: string } {
  return t.schema ? { schema: t.schema } : {}
}

/** MySQL `COMMENT = '…'` table option (the AST keeps the quotes). */
function tableOptionComment(options: unknown, ctx: AstContext): string | undefined {
  if (!Array.isArray(options)) return undefined
  for (const o of options) {
    if (isObject(o) && o.keyword === 'comment' && typeof o.value === 'string') return literal(o.value, ctx)
  }
  return undefined
}

/** node-sql-parser keeps string bodies as written (`it''s`); apply the dialect's escapes once. */
function literal(raw: string, ctx: AstContext): string {
  return /^['"]/.test(raw) ? unquoteString(raw, ctx.dialect) : raw
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
