/**
 * The fallback parser: a careful token-level reader of exactly the statements that add or change columns,
 * for when node-sql-parser rejects one (PostgreSQL `RENAME COLUMN`, `character varying(20)`, `geography(…)`,
 * MySQL `ADD (a int, b text)`, …). It never backtracks; an unexpected token ends the statement with a reason.
 */
import type { ColumnDef, SchemaChange, TableName } from './schema-change.js'
import { columnDef, typeName } from './column-definition.js'
import { describe, OpaqueStatementError, StatementSyntaxError } from './statement-errors.js'
import { identifierName, unquoteString } from './sql-lexer.js'
import type { SqlToken, TokenCursor } from './sql-tokens.js'

/** Items of a `CREATE TABLE (…)` list that are constraints or indexes, not columns. */
const TABLE_CONSTRAINTS = new Set([
  'constraint',
  'primary',
  'unique',
  'key',
  'index',
  'foreign',
  'check',
  'fulltext',
  'spatial',
  'exclude',
  'period',
])

/** Reads `CREATE TABLE`, `ALTER TABLE`, `COMMENT ON`, `RENAME TABLE` and `DROP TABLE`. */
export function parseWithTokens(c: TokenCursor): SchemaChange[] {
  if (c.accept('alter', 'table')) return alterTable(c)
  if (c.accept('comment', 'on')) return commentOn(c)
  if (c.accept('rename', 'table')) return renameTables(c)
  if (c.accept('drop', 'table')) return dropTables(c)
  if (c.accept('create')) return createTable(c)
  throw new StatementSyntaxError('not a table statement')
}

export function tableName(parts: readonly string[] | undefined): TableName {
  if (!parts?.length) throw new StatementSyntaxError('table name expected')
  const name = parts[parts.length - 1]!
  return parts.length > 1 ? { schema: parts[parts.length - 2]!, name } : { name }
}

function createTable(c: TokenCursor): SchemaChange[] {
  c.accept('or', 'replace')
  while (c.isWord('global', 'local', 'temporary', 'temp', 'unlogged')) c.next()
  if (!c.accept('table')) throw new StatementSyntaxError('CREATE TABLE expected')
  c.accept('if', 'not', 'exists')
  const table = tableName(c.dottedName())
  if (c.accept('like'))
    return [{ kind: 'create-table-like', table, like: tableName(c.dottedName()), comments: true }]
  if (c.accept('partition', 'of')) {
    return [{ kind: 'create-table-like', table, like: tableName(c.dottedName()), comments: false }]
  }
  if (c.isWord('as', 'select', 'of'))
    throw new OpaqueStatementError(`the columns of ${table.name} come from a query`)
  if (!c.accept('(')) throw new StatementSyntaxError('column list expected after the table name')
  const columns: ColumnDef[] = []
  const likes: SchemaChange[] = []
  while (!c.done && !c.isPunct(')')) {
    if (c.accept('like')) {
      const like = tableName(c.dottedName())
      const options = c.skipItem().map((t) => t.lower)
      const comments = /including (?:comments|all)\b/.test(options.join(' '))
      likes.push({ kind: 'create-table-like', table, like, comments })
    } else if (c.isWord(...TABLE_CONSTRAINTS) && !isColumnNamedLikeKeyword(c)) {
      c.skipItem()
    } else {
      columns.push(columnDef(c))
    }
    if (!c.accept(',')) break
  }
  if (!c.accept(')')) throw new StatementSyntaxError('")" expected at the end of the column list')
  const options = c.rest()
  if (options.some((t) => t.kind === 'word' && (t.lower === 'as' || t.lower === 'select'))) {
    throw new OpaqueStatementError(`some columns of ${table.name} come from a query`)
  }
  for (const parent of inheritedTables(options, c)) {
    likes.push({ kind: 'create-table-like', table, like: parent, comments: false })
  }
  const comment = tableOptionComment(options, c)
  // A table built from another one: copy it first, then add the columns listed here.
  if (likes.length > 0) {
    const [first, ...more] = likes
    return [
      first!,
      ...more,
      ...columns.map((column): SchemaChange => ({ kind: 'add-column', table, column })),
      ...(comment !== undefined ? [{ kind: 'table-comment' as const, table, comment }] : []),
    ]
  }
  return [{ kind: 'create-table', table, columns, ...(comment !== undefined ? { comment } : {}) }]
}

/** `INHERITS (a, b)` among the table options (PostgreSQL). */
function inheritedTables(options: readonly SqlToken[], c: TokenCursor): TableName[] {
  const at = options.findIndex((t) => t.kind === 'word' && t.lower === 'inherits')
  if (at === -1) return []
  const names: TableName[] = []
  let parts: string[] = []
  for (const t of options.slice(at + 2)) {
    if (t.raw === ')' || t.raw === ',') {
      if (parts.length) names.push(tableName(parts))
      parts = []
      if (t.raw === ')') break
    } else if (t.kind === 'word' || t.kind === 'quoted') parts.push(identifierName(t.raw, c.dialect))
  }
  return names
}

/** `key varchar(10)` is a column named `key`; `key idx (a)` is an index. */
function isColumnNamedLikeKeyword(c: TokenCursor): boolean {
  const next = c.peek(1)
  if (!next || next.kind !== 'word') return false
  const word = c.peek()!.lower
  if (word === 'key' || word === 'index') return /^(?:[a-z]+)$/.test(next.lower) && isTypeWord(next.lower)
  return false
}

function isTypeWord(word: string): boolean {
  return /^(?:varchar|char|text|int|integer|bigint|smallint|tinyint|json|jsonb|uuid|date|timestamp|datetime|boolean|bool|numeric|decimal)$/.test(
    word,
  )
}

/** MySQL table option `COMMENT [=] '…'` among the tokens after the column list. */
function tableOptionComment(after: readonly SqlToken[], c: TokenCursor): string | undefined {
  for (let i = 0; i < after.length; i++) {
    if (after[i]!.kind === 'word' && after[i]!.lower === 'comment') {
      const value = after[i + 1]?.raw === '=' ? after[i + 2] : after[i + 1]
      if (value?.kind === 'string') return unquoteString(value.raw, c.dialect)
    }
  }
  return undefined
}

function alterTable(c: TokenCursor): SchemaChange[] {
  c.accept('if', 'exists')
  c.accept('only')
  const table = tableName(c.dottedName())
  c.accept('*')
  const changes: SchemaChange[] = []
  while (!c.done) {
    changes.push(...alterAction(c, table))
    if (!c.accept(',')) break
  }
  if (!c.done) throw new StatementSyntaxError(`unexpected ${describe(c.peek())}`)
  return changes
}

function alterAction(c: TokenCursor, table: TableName): SchemaChange[] {
  if (c.accept('add')) {
    if (c.isWord(...TABLE_CONSTRAINTS) && !c.isWord('key', 'index')) return skip(c)
    if (c.isWord('key', 'index') && !isColumnNamedLikeKeyword(c)) return skip(c)
    c.accept('column')
    c.accept('if', 'not', 'exists')
    if (c.accept('(')) {
      const added: SchemaChange[] = []
      while (!c.done && !c.isPunct(')')) {
        if (c.isWord(...TABLE_CONSTRAINTS)) c.skipItem()
        else added.push({ kind: 'add-column', table, column: columnDef(c) })
        if (!c.accept(',')) break
      }
      if (!c.accept(')')) throw new StatementSyntaxError('")" expected after the added columns')
      return added
    }
    return [{ kind: 'add-column', table, column: columnDef(c) }]
  }
  if (c.accept('drop')) {
    if (c.isWord('constraint', 'index', 'key', 'primary', 'foreign', 'check', 'partition')) return skip(c)
    c.accept('column')
    c.accept('if', 'exists')
    const column = c.identifier()
    if (column === undefined) throw new StatementSyntaxError('column name expected after DROP')
    c.skipItem()
    return [{ kind: 'drop-column', table, column }]
  }
  if (c.accept('rename')) {
    if (c.isWord('constraint', 'index', 'key')) return skip(c)
    if (c.accept('to') || c.accept('as'))
      return [{ kind: 'rename-table', from: table, to: tableName(c.dottedName()) }]
    const column = c.accept('column')
    const first = c.dottedName()
    if (!first) throw new StatementSyntaxError('RENAME [COLUMN] a TO b expected')
    if (!c.accept('to')) {
      // MySQL `RENAME new_name`: the table.
      if (column) throw new StatementSyntaxError('TO expected in RENAME COLUMN')
      return [{ kind: 'rename-table', from: table, to: tableName(first) }]
    }
    const to = c.identifier()
    if (to === undefined) throw new StatementSyntaxError('new column name expected after TO')
    return [{ kind: 'rename-column', table, from: first.at(-1)!, to }]
  }
  if (c.accept('alter')) {
    c.accept('column')
    const column = c.identifier()
    if (column === undefined) throw new StatementSyntaxError('column name expected after ALTER')
    if (c.accept('type') || c.accept('set', 'data', 'type')) {
      const dataType = typeName(c)
      c.skipItem()
      return [{ kind: 'alter-column-type', table, column, dataType }]
    }
    return skip(c)
  }
  if (c.accept('modify')) {
    c.accept('column')
    const column = columnDef(c)
    return [{ kind: 'redefine-column', table, from: column.name, column }]
  }
  if (c.accept('change')) {
    c.accept('column')
    const from = c.identifier()
    if (from === undefined) throw new StatementSyntaxError('column name expected after CHANGE')
    return [{ kind: 'redefine-column', table, from, column: columnDef(c) }]
  }
  if (c.accept('set', 'schema')) {
    const schema = c.identifier()
    if (schema === undefined) throw new StatementSyntaxError('schema name expected')
    return [{ kind: 'rename-table', from: table, to: { schema, name: table.name } }]
  }
  if (c.isWord('comment')) {
    const comment = tableOptionComment(c.skipItem(), c)
    return [{ kind: 'table-comment', table, comment: comment || undefined }]
  }
  return skip(c)
}

function skip(c: TokenCursor): SchemaChange[] {
  c.skipItem()
  return []
}

function commentOn(c: TokenCursor): SchemaChange[] {
  if (c.accept('column')) {
    const parts = c.dottedName()
    if (!parts || parts.length < 2) throw new StatementSyntaxError('COMMENT ON COLUMN table.column expected')
    const comment = commentValue(c)
    return [{ kind: 'column-comment', table: tableName(parts.slice(0, -1)), column: parts.at(-1)!, comment }]
  }
  if (c.accept('table')) {
    const table = tableName(c.dottedName())
    return [{ kind: 'table-comment', table, comment: commentValue(c) }]
  }
  return []
}

function commentValue(c: TokenCursor): string | undefined {
  if (!c.accept('is')) throw new StatementSyntaxError('IS expected')
  if (c.accept('null')) return undefined
  const t = c.next()
  if (t?.kind !== 'string') throw new StatementSyntaxError(`comment string expected, found ${describe(t)}`)
  return unquoteString(t.raw, c.dialect) || undefined
}

function renameTables(c: TokenCursor): SchemaChange[] {
  const changes: SchemaChange[] = []
  do {
    const from = tableName(c.dottedName())
    if (!c.accept('to')) throw new StatementSyntaxError('TO expected in RENAME TABLE')
    changes.push({ kind: 'rename-table', from, to: tableName(c.dottedName()) })
  } while (c.accept(','))
  return changes
}

function dropTables(c: TokenCursor): SchemaChange[] {
  c.accept('if', 'exists')
  const changes: SchemaChange[] = []
  do changes.push({ kind: 'drop-table', table: tableName(c.dottedName()) })
  while (c.accept(','))
  return changes
}
