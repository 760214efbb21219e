/**
 * Splits a migration file into statements, each with the line it starts on. Semicolons inside strings,
 * quoted identifiers, comments and dollar-quoted bodies do not split; neither do semicolons inside
 * parentheses or inside the `BEGIN … END` body of a routine (psql and Flyway behave the same way). MySQL
 * `DELIMITER //` lines change the delimiter as the mysql client does, and executable comments
 * (`/*!50001 … *\/`) count as code. Comments are blanked in the returned text (newlines kept), so the
 * parsers never see them and line numbers inside a statement stay true.
 */
import { isIdentifierPart, isIdentifierStart, readSpecial, type SqlDialect } from './sql-lexer.js'

export interface SqlStatement {
  /** Statement text without its delimiter; comments replaced by spaces. */
  readonly text: string
  /** 1-based line of the statement's first character. */
  readonly line: number
  /** 1-based line of its last character. */
  readonly endLine: number
  /** Offset of the first character in the file. */
  readonly offset: number
}

/** Words after which a `BEGIN … END` body belongs to the statement (routines, triggers, events). */
const ROUTINE_KINDS = new Set(['function', 'procedure', 'trigger', 'event'])
/** `END IF`, `END LOOP`, … close blocks that did not count as `BEGIN`. */
const END_QUALIFIERS = new Set(['if', 'loop', 'while', 'repeat'])

export function splitStatements(source: string, dialect: SqlDialect): SqlStatement[] {
  const text = blankComments(source.startsWith('\uFEFF') ? ` ${source.slice(1)}` : source, dialect)
  const lines = lineStarts(text)
  const out: SqlStatement[] = []
  let delimiter = ';'
  let start = -1
  let paren = 0
  let depth = 0
  let words: string[] = []
  const emit = (end: number) => {
    const body = text.slice(start, end).trimEnd()
    if (body) {
      out.push({
        text: body,
        line: lineOf(lines, start),
        endLine: lineOf(lines, start + body.length - 1),
        offset: start,
      })
    }
    start = -1
    paren = 0
    depth = 0
    words = []
  }
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    if (start === -1) {
      if (/\s/.test(ch)) {
        i++
        continue
      }
      const eol = endOfLine(text, i)
      const command = text.slice(i, eol)
      if (dialect === 'mysql' && /^delimiter[ \t]/i.test(command)) {
        delimiter = command.slice('delimiter'.length).trim().split(/\s/)[0] || ';'
        i = eol
        continue
      }
      // psql meta-commands (`\connect`, `\set`) in dumps are not SQL.
      if (dialect === 'postgres' && ch === '\\') {
        i = eol
        continue
      }
      start = i
    }
    const span = readSpecial(text, i, dialect)
    if (span) {
      i = span.end
      continue
    }
    if (text.startsWith(delimiter, i) && (delimiter !== ';' || (paren === 0 && depth === 0))) {
      emit(i)
      i += delimiter.length
      continue
    }
    if (ch === '(') paren++
    else if (ch === ')') paren = Math.max(0, paren - 1)
    else if (isIdentifierStart(ch) && !isIdentifierPart(text[i - 1])) {
      let j = i + 1
      while (j < text.length && isIdentifierPart(text[j])) j++
      const word = text.slice(i, j).toLowerCase()
      if (words.length < 8) words.push(word)
      if (delimiter === ';' && isRoutine(words)) {
        if (word === 'begin' || word === 'case') depth++
        else if (word === 'end' && !END_QUALIFIERS.has(nextWord(text, j))) depth = Math.max(0, depth - 1)
      }
      i = j
      continue
    }
    i++
  }
  if (start !== -1) emit(text.length)
  return out
}

/** `CREATE [OR REPLACE] [DEFINER = …] FUNCTION|PROCEDURE|TRIGGER|EVENT …`. */
function isRoutine(words: readonly string[]): boolean {
  if (words[0] !== 'create') return false
  for (const w of words.slice(1)) {
    if (ROUTINE_KINDS.has(w)) return true
    if (w === 'table' || w === 'view' || w === 'index' || w === 'as') return false
  }
  return false
}

function nextWord(text: string, from: number): string {
  let i = from
  while (i < text.length && /\s/.test(text[i]!)) i++
  let j = i
  while (j < text.length && isIdentifierPart(text[j])) j++
  return text.slice(i, j).toLowerCase()
}

/**
 * Comments become spaces (newlines kept, so offsets and lines do not move); executable MySQL comments lose
 * only their `/*!NNNNN` and `*\/` markers.
 */
function blankComments(source: string, dialect: SqlDialect): string {
  const parts: string[] = []
  let copied = 0
  let i = 0
  while (i < source.length) {
    const span = readSpecial(source, i, dialect)
    if (!span) {
      i++
      continue
    }
    if (span.kind === 'comment') {
      parts.push(source.slice(copied, i), source.slice(i, span.end).replace(/[^\n]/g, ' '))
      copied = span.end
    } else if (span.kind === 'executable-comment') {
      let open = i + 3
      while (open < span.end && /[0-9]/.test(source[open]!)) open++
      const close = span.terminated ? span.end - 2 : span.end
      parts.push(source.slice(copied, i), ' '.repeat(open - i))
      // The inside is code: scan it for strings and comments like the rest of the file.
      parts.push(blankComments(source.slice(open, close), dialect), ' '.repeat(span.end - close))
      copied = span.end
    }
    i = span.end
  }
  parts.push(source.slice(copied))
  return parts.join('')
}

function endOfLine(text: string, i: number): number {
  const nl = text.indexOf('\n', i)
  return nl === -1 ? text.length : nl
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}
