/**
 * Incremental parser for PostgreSQL `COPY ... TO STDOUT` text format: rows end with `\n`, fields are separated
 * by tabs, `\N` is NULL, and backslash escapes encode tabs, newlines, backslashes and octal/hex bytes.
 */
import { StringDecoder } from 'node:string_decoder'

export class CopyTextParser {
  readonly #decoder = new StringDecoder('utf8')
  #carry = ''

  /** Parses a chunk; returns the rows it completed. */
  push(chunk: Buffer): (string | null)[][] {
    const text = this.#carry + this.#decoder.write(chunk)
    const rows: (string | null)[][] = []
    let start = 0
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      rows.push(parseLine(text.slice(start, nl)))
      start = nl + 1
    }
    this.#carry = text.slice(start)
    return rows
  }

  /** A final row without a trailing newline (COPY always ends rows with one; this is defensive). */
  end(): (string | null)[][] {
    const rest = this.#carry + this.#decoder.end()
    this.#carry = ''
    return rest ? [parseLine(rest)] : []
  }
}

export function parseLine(line: string): (string | null)[] {
  const parts = line.split('\t')
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!
    if (p === '\\N') parts[i] = null as unknown as string
    else if (p.includes('\\')) parts[i] = unescapeCopy(p)
  }
  return parts as (string | null)[]
}

const SIMPLE: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' }

function unescapeCopy(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c !== '\\' || i + 1 >= s.length) {
      out += c
      continue
    }
    const next = s[++i]!
    if (SIMPLE[next] !== undefined) out += SIMPLE[next]
    else if (next >= '0' && next <= '7') {
      let digits = next
      while (digits.length < 3 && s[i + 1]! >= '0' && s[i + 1]! <= '7') digits += s[++i]
      out += String.fromCharCode(parseInt(digits, 8))
    } else if (next === 'x' && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      let digits = ''
      while (digits.length < 2 && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) digits += s[++i]
      out += String.fromCharCode(parseInt(digits, 16))
    } else out += next
  }
  return out
}
