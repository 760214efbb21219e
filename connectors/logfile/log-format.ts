/**
 * Log line formats and their detection from the first lines of a file:
 *
 * - `json`: JSON lines (one object per line);
 * - `access`: NCSA common and combined access logs (Apache, nginx `main`/`combined`);
 * - `logfmt`: `key=value` pairs (`ts=… level=info user_id=42 email=a@b.cn`, quoted values allowed);
 * - `csv`: delimited text with a header row (`,`, tab, `;` or `|`), columns mapped to fields;
 * - `text`: anything else; the whole line is the field `message`.
 *
 * Each line is still checked on its own when read: a stack trace inside a JSON log is text, a JSON object
 * inside a text log is a document.
 */

export type LogFormat =
  | { readonly kind: 'json' | 'access' | 'logfmt' | 'text' }
  | { readonly kind: 'csv'; readonly delimiter: string; readonly header: readonly string[] }

export type LogFormatKind = LogFormat['kind']

/** Lines looked at to detect a format. */
const DETECT_LINES = 50
/** Share of the examined lines that must fit a format. */
const MIN_SHARE = 0.5

/**
 * `remote_addr ident remote_user [time_local] "request" status body_bytes_sent` then, in the combined format,
 * `"http_referer" "http_user_agent"`; anything after that is kept (nginx `main` adds `"$http_x_forwarded_for"`).
 */
export const ACCESS_LOG =
  /^(\S+) (\S+) (\S+) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}|-) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(?: (.*))?$/

/**
 * Visits the `key=value` pairs of a logfmt line; returns the number of pairs and bare words seen. `onPair` also
 * gets the span of the raw value in the line (quotes included) and whether it was quoted, for rewriting.
 */
export function scanLogfmt(
  line: string,
  onPair?: (key: string, value: string, start: number, end: number, quoted: boolean) => void,
  onBare?: (word: string) => void,
): { pairs: number; bare: number } {
  let pairs = 0
  let bare = 0
  const n = line.length
  let i = 0
  while (i < n) {
    while (i < n && line.charCodeAt(i) <= 32) i++
    if (i >= n) break
    const start = i
    // Key: up to `=` or a space; a quote starts a bare quoted word.
    while (i < n) {
      const c = line.charCodeAt(i)
      if (c <= 32 || c === 61 /* = */ || c === 34 /* " */) break
      i++
    }
    if (i < n && line.charCodeAt(i) === 61 && i > start) {
      const key = line.slice(start, i)
      i++
      const vs = i
      const quoted = i < n && line.charCodeAt(i) === 34
      let value: string
      if (quoted) {
        const end = closingQuote(line, i + 1)
        value = unescapeQuoted(line.slice(i + 1, end))
        i = Math.min(n, end + 1)
      } else {
        while (i < n && line.charCodeAt(i) > 32) i++
        value = line.slice(vs, i)
      }
      pairs++
      onPair?.(key, value, vs, i, quoted)
      continue
    }
    // A bare word (or quoted text): up to the next space outside quotes.
    if (i < n && line.charCodeAt(i) === 34) i = closingQuote(line, i + 1) + 1
    while (i < n && line.charCodeAt(i) > 32) i++
    bare++
    onBare?.(line.slice(start, i))
  }
  return { pairs, bare }
}

/** Index of the quote closing a string opened before `from` (or the end of the line). */
export function closingQuote(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 92 /* \ */) i++
    else if (c === 34) return i
  }
  return line.length
}

/** A quoted log value with its backslash escapes (`\"`, `\n`, nginx `\x22`) decoded. */
export function unescapeQuoted(s: string): string {
  if (!s.includes('\\')) return s
  return s.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16))
    return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e
  })
}

/** Unescapes a quoted access-log field (`\"`, nginx `\x22`). */
export function unescapeAccessField(s: string): string {
  return unescapeQuoted(s)
}

/** A logfmt line has at least two pairs and no more bare words than pairs. */
export function isLogfmtLine(line: string): boolean {
  const { pairs, bare } = scanLogfmt(line)
  return pairs >= 2 && bare <= pairs
}

/** Parses a JSON object line; undefined when the line is not one. */
export function parseJsonLine(line: string): Record<string, unknown> | undefined {
  const first = firstNonSpace(line)
  if (line.charCodeAt(first) !== 123 /* { */) return undefined
  try {
    const doc: unknown = JSON.parse(line)
    return doc !== null && typeof doc === 'object' && !Array.isArray(doc)
      ? (doc as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

function firstNonSpace(line: string): number {
  let i = 0
  while (i < line.length && line.charCodeAt(i) <= 32) i++
  return i
}

/**
 * Splits one CSV line (RFC 4180 quoting). Returns undefined when a quoted cell is still open at the end of the
 * line, so the caller can join the next line (a note with a newline inside).
 */
export function splitCsvLine(line: string, delimiter: string): string[] | undefined {
  if (!line.includes('"')) return line.split(delimiter)
  const d = delimiter.charCodeAt(0)
  const cells: string[] = []
  let i = 0
  const n = line.length
  while (i <= n) {
    if (i < n && line.charCodeAt(i) === 34) {
      // Quoted cell.
      let j = i + 1
      let text = ''
      for (;;) {
        const q = line.indexOf('"', j)
        if (q < 0) return undefined
        text += line.slice(j, q)
        if (line.charCodeAt(q + 1) === 34) {
          text += '"'
          j = q + 2
          continue
        }
        j = q + 1
        break
      }
      // Text after the closing quote up to the delimiter is kept (lenient).
      let k = j
      while (k < n && line.charCodeAt(k) !== d) k++
      cells.push(text + line.slice(j, k))
      i = k + 1
      if (k >= n) return cells
      continue
    }
    let k = i
    while (k < n && line.charCodeAt(k) !== d) k++
    cells.push(line.slice(i, k))
    i = k + 1
    if (k >= n) return cells
  }
  return cells
}

const DELIMITERS = [',', '\t', ';', '|']
/** A header cell: words, not values (no `@`, `:`, URLs, pure numbers). */
const HEADER_CELL = /^[\p{L}\p{N}_ .#()/-]{1,64}$/u
const HAS_LETTER = /\p{L}/u

/** Detects the format of a file from its first lines (blank lines ignored). */
export function detectFormat(lines: readonly string[], fileName: string): LogFormat {
  const sample = lines.filter((l) => l.trim() !== '').slice(0, DETECT_LINES)
  if (sample.length === 0) return { kind: 'text' }
  const csv = detectCsv(sample, fileName)
  if (csv) return csv
  let json = 0
  let access = 0
  let logfmt = 0
  for (const line of sample) {
    if (parseJsonLine(line)) json++
    else if (ACCESS_LOG.test(line)) access++
    else if (isLogfmtLine(line)) logfmt++
  }
  const need = Math.max(1, Math.ceil(sample.length * MIN_SHARE))
  const best = Math.max(json, access, logfmt)
  if (best < need) return { kind: 'text' }
  if (json === best) return { kind: 'json' }
  if (access === best) return { kind: 'access' }
  return { kind: 'logfmt' }
}

/** Cells per record of CSV lines, joining lines while a quoted cell is open. */
function csvRowLengths(lines: readonly string[], delimiter: string): number[] {
  const out: number[] = []
  let pending: string | undefined
  for (const line of lines) {
    pending = pending === undefined ? line : `${pending}\n${line}`
    const cells = splitCsvLine(pending, delimiter)
    if (cells) {
      out.push(cells.length)
      pending = undefined
    }
  }
  return out
}

function detectCsv(sample: readonly string[], fileName: string): LogFormat | undefined {
  const ext = /\.([a-z]+)(?:\.gz)?$/i.exec(fileName)?.[1]?.toLowerCase()
  const csvName = ext === 'csv' || ext === 'tsv'
  const rows = sample.slice(1, 21)
  // Without a .csv/.tsv name, a header row needs data rows that agree with it.
  if (!csvName && rows.length < 2) return undefined
  let found: { delimiter: string; header: string[] } | undefined
  for (const delimiter of ext === 'tsv' ? ['\t', ...DELIMITERS] : DELIMITERS) {
    const header = splitCsvLine(sample[0]!, delimiter)?.map((c) => c.trim())
    if (!header || header.length < 2) continue
    if (!header.every((c) => HEADER_CELL.test(c) && HAS_LETTER.test(c))) continue
    const counts = csvRowLengths(rows, delimiter)
    const fitting = counts.filter((n) => n === header.length).length
    if (counts.length > 0 && fitting < Math.ceil(counts.length * 0.8)) continue
    if (!found || header.length > found.header.length) found = { delimiter, header }
  }
  if (!found) return undefined
  const seen = new Map<string, number>()
  const header = found.header.map((name) => {
    const n = (seen.get(name) ?? 0) + 1
    seen.set(name, n)
    return n === 1 ? name : `${name}_${n}`
  })
  return { kind: 'csv', delimiter: found.delimiter, header }
}
