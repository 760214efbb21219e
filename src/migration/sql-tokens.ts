/**
 * A small SQL tokenizer and cursor for the fallback parser: words, quoted identifiers, strings, numbers and
 * punctuation with their offsets. Linear; comments are skipped.
 */
import {
  identifierName,
  isIdentifierPart,
  isIdentifierStart,
  readSpecial,
  type SqlDialect,
} from './sql-lexer.js'

export interface SqlToken {
  readonly kind: 'word' | 'quoted' | 'string' | 'number' | 'punct'
  /** Source text of the token. */
  readonly raw: string
  /** Lower-case text, for keyword comparison (words only; other kinds repeat `raw`). */
  readonly lower: string
  readonly offset: number
}

/** Prefixes glued to a string literal: `E'…'`, `N'…'`, `X'…'`, `B'…'`, `_utf8mb4'…'`. */
const STRING_PREFIX = /^(?:[enxb]|_[a-z0-9]+)$/i

export function tokenize(text: string, dialect: SqlDialect): SqlToken[] {
  const out: SqlToken[] = []
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    if (/\s/.test(ch)) {
      i++
      continue
    }
    const span = readSpecial(text, i, dialect)
    if (span) {
      if (span.kind !== 'comment') {
        const raw = text.slice(i, span.end)
        const kind = span.kind === 'quoted-identifier' ? 'quoted' : 'string'
        out.push({ kind, raw, lower: raw, offset: i })
      }
      i = span.end
      continue
    }
    if (isIdentifierStart(ch)) {
      let j = i + 1
      while (j < text.length && isIdentifierPart(text[j])) j++
      const word = text.slice(i, j)
      if (text[j] === "'" && STRING_PREFIX.test(word)) {
        const str = readSpecial(text, j, dialect)!
        const raw = word.length === 1 && /e/i.test(word) ? text.slice(i, str.end) : text.slice(j, str.end)
        out.push({ kind: 'string', raw, lower: raw, offset: i })
        i = str.end
        continue
      }
      out.push({ kind: 'word', raw: word, lower: word.toLowerCase(), offset: i })
      i = j
      continue
    }
    if (/[0-9]/.test(ch)) {
      let j = i + 1
      while (j < text.length && /[0-9.]/.test(text[j]!)) j++
      out.push({ kind: 'number', raw: text.slice(i, j), lower: text.slice(i, j), offset: i })
      i = j
      continue
    }
    const two = text.slice(i, i + 2)
    const raw = two === '::' ? two : ch
    out.push({ kind: 'punct', raw, lower: raw, offset: i })
    i += raw.length
  }
  return out
}

/** Reads tokens in order; keyword helpers compare lower-case words. */
export class TokenCursor {
  readonly dialect: SqlDialect
  readonly #tokens: readonly SqlToken[]
  #at = 0

  constructor(tokens: readonly SqlToken[], dialect: SqlDialect) {
    this.#tokens = tokens
    this.dialect = dialect
  }

  get done(): boolean {
    return this.#at >= this.#tokens.length
  }

  get position(): number {
    return this.#at
  }

  peek(ahead = 0): SqlToken | undefined {
    return this.#tokens[this.#at + ahead]
  }

  next(): SqlToken | undefined {
    return this.#tokens[this.#at++]
  }

  /** True (and consumes them) when the next tokens are these words or punctuation, in order. */
  accept(...words: string[]): boolean {
    for (let k = 0; k < words.length; k++) {
      const t = this.peek(k)
      if (!t || (t.kind !== 'word' && t.kind !== 'punct') || t.lower !== words[k]) return false
    }
    this.#at += words.length
    return true
  }

  /** True when the next token is one of these words (not consumed). */
  isWord(...words: string[]): boolean {
    const t = this.peek()
    return t?.kind === 'word' && words.includes(t.lower)
  }

  isPunct(p: string): boolean {
    const t = this.peek()
    return t?.kind === 'punct' && t.raw === p
  }

  /** An identifier (word or quoted), folded as the engine stores it; undefined when the next token is neither. */
  identifier(): string | undefined {
    const t = this.peek()
    if (!t || (t.kind !== 'word' && t.kind !== 'quoted')) return undefined
    this.#at++
    return identifierName(t.raw, this.dialect)
  }

  /** A dotted name: `a`, `a.b`, `a.b.c` (each part folded). */
  dottedName(): string[] | undefined {
    const first = this.identifier()
    if (first === undefined) return undefined
    const parts = [first]
    while (this.isPunct('.')) {
      this.#at++
      const part = this.identifier()
      if (part === undefined) return undefined
      parts.push(part)
    }
    return parts
  }

  /** Every remaining token, consumed. */
  rest(): SqlToken[] {
    const rest = this.#tokens.slice(this.#at)
    this.#at = this.#tokens.length
    return [...rest]
  }

  /**
   * Skips to the next `,` or `)` at this nesting level (not consumed), returning the skipped tokens. Strings
   * and quoted names are single tokens, so only parentheses need counting.
   */
  skipItem(): SqlToken[] {
    const skipped: SqlToken[] = []
    let depth = 0
    while (!this.done) {
      const t = this.peek()!
      if (t.kind === 'punct') {
        if (depth === 0 && (t.raw === ',' || t.raw === ')')) break
        if (t.raw === '(') depth++
        else if (t.raw === ')') depth--
      }
      skipped.push(t)
      this.#at++
    }
    return skipped
  }
}
