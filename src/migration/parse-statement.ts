/**
 * Parses one migration statement into schema changes: node-sql-parser first (`PostgresQL` / `MySQL`), the
 * token parser when node-sql-parser rejects it or returns a shape we do not know. Statements that cannot
 * touch columns are `ignored` without parsing; DO blocks, CALL and CREATE TABLE AS are `opaque` (only a
 * shadow run shows what they do); a table statement neither parser reads is `unparsed`, with the reason.
 */
import nodeSqlParser from 'node-sql-parser'
import { changesFromAst } from './parse-with-ast.js'
import { parseWithTokens } from './parse-with-tokens.js'
import { OpaqueStatementError } from './statement-errors.js'
import type { ParsedStatement } from './schema-change.js'
import { identifierName, type SqlDialect } from './sql-lexer.js'
import { type SqlToken, TokenCursor, tokenize } from './sql-tokens.js'

/** The part of node-sql-parser's `Parser` we use (an injectable seam for tests). */
export interface AstParser {
  astify(sql: string, options: { database: string }): unknown
}

const DATABASE: Record<SqlDialect, string> = { postgres: 'PostgresQL', mysql: 'MySQL' }

let defaultParser: AstParser | undefined

/** node-sql-parser's Parser, created once (its grammar tables are large). */
export function sqlParser(): AstParser {
  defaultParser ??= new nodeSqlParser.Parser()
  return defaultParser
}

export function parseStatement(
  text: string,
  dialect: SqlDialect,
  parser: AstParser = sqlParser(),
): ParsedStatement {
  const tokens = tokenize(text, dialect)
  const kind = statementKind(tokens, dialect)
  if (kind.type === 'ignored') return { changes: [], parser: 'ignored' }
  if (kind.type === 'opaque') return { changes: [], parser: 'opaque', problem: kind.reason }
  let astProblem: string | undefined
  if (kind.useAst) {
    try {
      const ast = parser.astify(text, { database: DATABASE[dialect] })
      const single = Array.isArray(ast) ? (ast.length === 1 ? ast[0] : undefined) : ast
      const quotedNames = new Set(
        tokens.filter((t) => t.kind === 'quoted').map((t) => identifierName(t.raw, dialect)),
      )
      const changes = changesFromAst(single, { dialect, quotedNames })
      if (changes) return { changes, parser: 'node-sql-parser' }
    } catch (error) {
      if (error instanceof OpaqueStatementError)
        return { changes: [], parser: 'opaque', problem: error.message }
      astProblem = firstLine(error)
    }
  }
  try {
    return { changes: parseWithTokens(new TokenCursor(tokens, dialect)), parser: 'fallback' }
  } catch (error) {
    if (error instanceof OpaqueStatementError)
      return { changes: [], parser: 'opaque', problem: error.message }
    const reason = firstLine(error)
    return {
      changes: [],
      parser: 'unparsed',
      problem: astProblem ? `${reason} (node-sql-parser: ${astProblem})` : reason,
    }
  }
}

type StatementKind =
  | { readonly type: 'table'; readonly useAst: boolean }
  | { readonly type: 'opaque'; readonly reason: string }
  | { readonly type: 'ignored' }

/** Decided from the leading keywords only. */
function statementKind(tokens: readonly SqlToken[], dialect: SqlDialect): StatementKind {
  const words = tokens.slice(0, 8).map((t) => (t.kind === 'word' ? t.lower : ''))
  const [w0, w1, w2] = words
  switch (w0) {
    case 'create': {
      const rest = words.slice(1)
      const at = rest.findIndex((w) => !['or', 'replace', 'global', 'local', 'unlogged'].includes(w))
      if (rest[at] === 'temporary' || rest[at] === 'temp') return { type: 'ignored' }
      if (rest[at] !== 'table') return { type: 'ignored' }
      // node-sql-parser would drop inherited columns silently; the token parser copies them.
      const inherits = tokens.some((t) => t.kind === 'word' && t.lower === 'inherits')
      return { type: 'table', useAst: !inherits }
    }
    case 'alter':
      return w1 === 'table' ? { type: 'table', useAst: true } : { type: 'ignored' }
    case 'comment':
      return w1 === 'on' && (w2 === 'column' || w2 === 'table')
        ? { type: 'table', useAst: true }
        : { type: 'ignored' }
    case 'rename':
    case 'drop':
      return w1 === 'table' ? { type: 'table', useAst: false } : { type: 'ignored' }
    case 'do':
      return { type: 'opaque', reason: 'a DO block can change tables in ways only running it shows' }
    case 'call':
    case 'execute':
    case 'exec':
      return { type: 'opaque', reason: `${w0?.toUpperCase()} runs code that can change tables` }
    case 'select':
      // PostgreSQL `SELECT … INTO new_table FROM …` creates a table.
      return dialect === 'postgres' && selectInto(tokens)
        ? { type: 'opaque', reason: 'SELECT INTO creates a table from a query' }
        : { type: 'ignored' }
    default:
      return { type: 'ignored' }
  }
}

function selectInto(tokens: readonly SqlToken[]): boolean {
  let depth = 0
  for (const t of tokens) {
    if (t.raw === '(') depth++
    else if (t.raw === ')') depth--
    else if (depth === 0 && t.kind === 'word') {
      if (t.lower === 'into') return true
      if (t.lower === 'from') return false
    }
  }
  return false
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const line = message.split('\n')[0] ?? message
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}
