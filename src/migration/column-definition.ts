/**
 * A column definition as the fallback parser reads it: `name type [attributes…]`, where the type may be
 * written any way the dialects allow and the attributes may carry a MySQL `COMMENT '…'`.
 */
import { describe, StatementSyntaxError } from './statement-errors.js'
import type { ColumnDef } from './schema-change.js'
import { unquoteString } from './sql-lexer.js'
import type { TokenCursor } from './sql-tokens.js'

/** Words that end a column's type and start its attributes. */
const COLUMN_ATTRIBUTES = new Set([
  'not',
  'null',
  'default',
  'primary',
  'unique',
  'references',
  'check',
  'constraint',
  'collate',
  'generated',
  'auto_increment',
  'comment',
  'on',
  'charset',
  'as',
  'visible',
  'invisible',
  'storage',
  'compression',
  'first',
  'after',
  'using',
  'identity',
  'srid',
  'stored',
  'virtual',
  'column_format',
  'engine_attribute',
  'secondary_engine_attribute',
  'key',
  'deferrable',
  'initially',
  'options',
])

/** `name type [attributes…]` up to the next `,` or `)`. */
export function columnDef(c: TokenCursor): ColumnDef {
  const name = c.identifier()
  if (name === undefined) throw new StatementSyntaxError(`column name expected, found ${describe(c.peek())}`)
  const dataType = typeName(c)
  let comment: string | undefined
  const rest = c.skipItem()
  for (let i = 0; i < rest.length; i++) {
    if (rest[i]!.kind === 'word' && rest[i]!.lower === 'comment' && rest[i + 1]?.kind === 'string') {
      comment = unquoteString(rest[i + 1]!.raw, c.dialect)
    }
  }
  return { name, dataType, ...(comment !== undefined ? { comment } : {}) }
}

/**
 * A type written any way the dialects allow: `varchar(18)`, `character varying(20)`, `double precision`,
 * `timestamp(3) with time zone`, `int unsigned`, `enum('a','b')`, `public.my_type`, `text[]`.
 */
export function typeName(c: TokenCursor): string {
  const parts: string[] = []
  while (!c.done) {
    const t = c.peek()!
    if (t.kind === 'punct') {
      if (t.raw === '(') {
        parts.push(`(${parenthesised(c)})`)
        continue
      }
      if (t.raw === '[') {
        c.next()
        const size = c.peek()?.kind === 'number' ? c.next()!.raw : ''
        if (!c.accept(']')) throw new StatementSyntaxError('"]" expected in an array type')
        parts.push(`[${size}]`)
        continue
      }
      if (t.raw === '.' && parts.length > 0) {
        c.next()
        parts.push('.')
        continue
      }
      break
    }
    if (t.kind === 'string' || t.kind === 'number') break
    if (t.kind === 'word' && parts.length > 0 && COLUMN_ATTRIBUTES.has(t.lower)) break
    // `character set` / `char set` is an attribute; `character varying` is a type.
    if (t.kind === 'word' && (t.lower === 'character' || t.lower === 'char') && c.peek(1)?.lower === 'set')
      break
    c.next()
    parts.push(t.kind === 'quoted' ? t.raw : t.lower)
  }
  if (parts.length === 0) throw new StatementSyntaxError(`type expected, found ${describe(c.peek())}`)
  return parts.reduce(
    (acc, p) => (acc === '' || /^[([.]/.test(p) || acc.endsWith('.') ? acc + p : `${acc} ${p}`),
    '',
  )
}

/** `( … )` as compact text (`10,2`, `'a','b'`), consumed. */
function parenthesised(c: TokenCursor): string {
  c.next()
  const inner: string[] = []
  let depth = 0
  while (!c.done) {
    const t = c.next()!
    if (t.raw === '(') depth++
    else if (t.raw === ')') {
      if (depth === 0) return inner.join('')
      depth--
    }
    inner.push(t.kind === 'word' ? t.lower : t.raw)
  }
  throw new StatementSyntaxError('")" expected')
}
