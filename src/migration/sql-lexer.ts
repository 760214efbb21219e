/**
 * The lexical rules migrations need to be read safely: where strings, quoted identifiers, comments and
 * PostgreSQL dollar-quoted bodies start and end, per dialect. Both the statement splitter and the fallback
 * parser use it, so a `;` inside `'a;b'`, `$$ … $$` or a comment never ends a statement. Linear scans only:
 * no regular expression here can backtrack.
 */

export const SQL_DIALECTS = ['postgres', 'mysql'] as const
export type SqlDialect = (typeof SQL_DIALECTS)[number]

/** A span the splitter must not look inside. */
export interface SpecialSpan {
  readonly kind: 'string' | 'quoted-identifier' | 'comment' | 'dollar-string' | 'executable-comment'
  /** Offset just past the span (the source length when it is unterminated). */
  readonly end: number
  readonly terminated: boolean
}

/** True for characters that continue an unquoted identifier (letters, digits, `_`, `$`, non-ASCII). */
export function isIdentifierPart(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127
  )
}

/** True for characters that start an unquoted identifier or keyword. */
export function isIdentifierStart(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127
}

/**
 * The string, quoted identifier or comment starting at `i`, or undefined when `source[i]` starts none.
 * PostgreSQL: `'…'` (with `''`; `E'…'` also takes backslash escapes), `"…"` identifiers, `$tag$…$tag$`,
 * `--` comments and nested `/* … *\/`. MySQL: `'…'` and `"…"` strings with backslash escapes, backtick
 * identifiers, `#` and `-- ` comments, `/* … *\/` and executable `/*! … *\/` comments.
 */
export function readSpecial(source: string, i: number, dialect: SqlDialect): SpecialSpan | undefined {
  const ch = source[i]
  const next = source[i + 1]
  if (ch === '-' && next === '-') {
    // MySQL needs whitespace (or the end) after `--`; `1--1` is arithmetic there.
    if (dialect === 'mysql' && i + 2 < source.length && !/\s/.test(source[i + 2]!)) return undefined
    return lineComment(source, i)
  }
  if (ch === '#' && dialect === 'mysql') return lineComment(source, i)
  if (ch === '/' && next === '*') {
    if (dialect === 'mysql' && source[i + 2] === '!')
      return blockComment(source, i, false, 'executable-comment')
    return blockComment(source, i, dialect === 'postgres', 'comment')
  }
  if (ch === "'") {
    const backslash = dialect === 'mysql' || isEscapeStringPrefix(source, i)
    return quoted(source, i, "'", backslash, 'string')
  }
  if (ch === '"') {
    return dialect === 'mysql'
      ? quoted(source, i, '"', true, 'string')
      : quoted(source, i, '"', false, 'quoted-identifier')
  }
  if (ch === '`' && dialect === 'mysql') return quoted(source, i, '`', false, 'quoted-identifier')
  if (ch === '$' && dialect === 'postgres') return dollarQuoted(source, i)
  return undefined
}

/** `E'…'` / `e'…'` in PostgreSQL, where backslash escapes apply (but not `fE'…'`, an identifier). */
function isEscapeStringPrefix(source: string, quote: number): boolean {
  const prefix = source[quote - 1]
  return (prefix === 'E' || prefix === 'e') && !isIdentifierPart(source[quote - 2])
}

function lineComment(source: string, i: number): SpecialSpan {
  const nl = source.indexOf('\n', i)
  return { kind: 'comment', end: nl === -1 ? source.length : nl, terminated: true }
}

function blockComment(source: string, i: number, nested: boolean, kind: SpecialSpan['kind']): SpecialSpan {
  let depth = 1
  let j = i + 2
  while (j < source.length) {
    if (source[j] === '*' && source[j + 1] === '/') {
      depth--
      j += 2
      if (depth === 0 || !nested) return { kind, end: j, terminated: true }
    } else if (nested && source[j] === '/' && source[j + 1] === '*') {
      depth++
      j += 2
    } else j++
  }
  return { kind, end: source.length, terminated: false }
}

function quoted(
  source: string,
  i: number,
  quote: string,
  backslash: boolean,
  kind: SpecialSpan['kind'],
): SpecialSpan {
  let j = i + 1
  while (j < source.length) {
    const c = source[j]
    if (backslash && c === '\\') j += 2
    else if (c === quote) {
      if (source[j + 1] === quote) j += 2
      else return { kind, end: j + 1, terminated: true }
    } else j++
  }
  return { kind, end: source.length, terminated: false }
}

/**
 * `$tag$ … $tag$` (tag optional). A `$` inside an identifier (`a$b`) or before a digit (`$1`, a parameter)
 * starts no quote.
 */
function dollarQuoted(source: string, i: number): SpecialSpan | undefined {
  if (isIdentifierPart(source[i - 1])) return undefined
  let j = i + 1
  if (source[j] !== '$') {
    if (!isIdentifierStart(source[j])) return undefined
    while (j < source.length && isIdentifierPart(source[j]) && source[j] !== '$') j++
    if (source[j] !== '$') return undefined
  }
  const tag = source.slice(i, j + 1)
  const close = source.indexOf(tag, j + 1)
  return close === -1
    ? { kind: 'dollar-string', end: source.length, terminated: false }
    : { kind: 'dollar-string', end: close + tag.length, terminated: true }
}

/** The value of a string literal token as SQL reads it (quotes removed, escapes applied). */
export function unquoteString(raw: string, dialect: SqlDialect): string {
  let body = raw
  let backslash = dialect === 'mysql'
  if (/^[Ee]'/.test(body)) {
    body = body.slice(1)
    backslash = true
  }
  if (body.startsWith('$')) {
    const tagEnd = body.indexOf('$', 1)
    return body.slice(tagEnd + 1, body.length - (tagEnd + 1))
  }
  const quote = body[0]!
  const inner = body.slice(1, body.endsWith(quote) && body.length > 1 ? -1 : undefined)
  let out = ''
  for (let j = 0; j < inner.length; j++) {
    const c = inner[j]!
    if (c === quote && inner[j + 1] === quote) {
      out += quote
      j++
    } else if (backslash && c === '\\' && j + 1 < inner.length) {
      const e = inner[++j]!
      out += BACKSLASH_ESCAPES[e] ?? e
    } else out += c
  }
  return out
}

const BACKSLASH_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b' }

/** An identifier as the engine stores it: PostgreSQL folds unquoted names to lower case. */
export function identifierName(raw: string, dialect: SqlDialect): string {
  const q = raw[0]
  if (q === '"' || q === '`') return raw.slice(1, -1).replaceAll(q + q, q)
  return dialect === 'postgres' ? raw.toLowerCase() : raw
}
