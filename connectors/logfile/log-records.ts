/**
 * Turns log lines into columnar records: one record per line (a CSV record may span lines), every value with its
 * 1-based line number when known, record times tracked for ages. Field names are bounded per file so a log with
 * generated keys (request ids as JSON keys) cannot grow the classifier without limit.
 */
import type { FieldMeta, SampleBatch, TypeClass } from '../../src/connector/connector.js'
import { BatchBuilder } from '../shared/batch-builder.js'
import { DEFAULT_FLATTEN_LIMITS, flattenJson, type FlattenLimits } from '../shared/flatten-json.js'
import {
  ACCESS_LOG,
  type LogFormat,
  parseJsonLine,
  scanLogfmt,
  splitCsvLine,
  unescapeAccessField,
} from './log-format.js'
import { isTimeKey, parseLogTimestamp, type TimestampOptions } from './log-timestamp.js'

export interface LogRecordsOptions {
  readonly maxValueLength: number
  /** Distinct fields kept per file; values of later new fields are dropped (counted in `droppedValues`). */
  readonly maxFields?: number
  /** Only these fields (undefined: all). */
  readonly fields?: ReadonlySet<string>
  /** Scan date for timestamp plausibility. */
  readonly now?: Date
  /** Skip building values (record times only, for retention counts). */
  readonly timesOnly?: boolean
}

export interface TimeRange {
  readonly oldest?: Date
  readonly newest?: Date
}

/** The field a whole text line goes to. */
export const MESSAGE_FIELD = 'message'
const DEFAULT_MAX_FIELDS = 2_000
const MAX_QUERY_PARAMS = 64
const MAX_NAME_LENGTH = 128
const CSV_MAX_PENDING_LINES = 200
const CSV_MAX_PENDING_CHARS = 256 * 1024
const ACCESS_FIELDS: readonly (readonly [string, TypeClass])[] = [
  ['remote_addr', 'network'],
  ['remote_ident', 'text'],
  ['remote_user', 'text'],
  ['time_local', 'timestamp'],
  ['request', 'text'],
  ['status', 'integer'],
  ['body_bytes_sent', 'integer'],
  ['http_referer', 'text'],
  ['http_user_agent', 'text'],
]

export class LogRecords {
  readonly format: LogFormat
  readonly #builder: BatchBuilder
  readonly #timesOnly: boolean
  readonly #wanted: ReadonlySet<string> | undefined
  readonly #maxFields: number
  readonly #accepted = new Set<string>()
  #hints = new Map<string, Omit<FieldMeta, 'name'>>()
  readonly #limits: FlattenLimits
  readonly #ts: TimestampOptions
  /** The format's dataType for hints. */
  readonly #dataType: string
  /** Line of the record being built (undefined when unknown, after a seek). */
  #line: number | undefined
  #recordTime: Date | undefined
  #headerPending: boolean
  #csvTimeColumn = -1
  #pending: { text: string; line: number | undefined; lines: number } | undefined
  #oldest: number | undefined
  #newest: number | undefined
  /** Records completed since the start (all batches). */
  total = 0
  /** Values dropped because their field was over the per-file field budget. */
  droppedValues = 0
  /** Time of the last completed record, if it had one. */
  lastTime: Date | undefined

  constructor(format: LogFormat, options: LogRecordsOptions) {
    this.format = format
    this.#builder = new BatchBuilder(options.maxValueLength)
    this.#timesOnly = options.timesOnly ?? false
    this.#wanted = options.fields
    this.#maxFields = options.maxFields ?? DEFAULT_MAX_FIELDS
    this.#limits = { ...DEFAULT_FLATTEN_LIMITS, maxValueLength: options.maxValueLength }
    this.#ts = options.now ? { now: options.now } : {}
    this.#dataType = format.kind === 'access' ? 'access-log' : format.kind
    this.#headerPending = format.kind === 'csv'
    if (format.kind === 'csv') this.#csvTimeColumn = format.header.findIndex((h) => isTimeKey(h))
  }

  /** True while a CSV record whose quoted cell spans lines is still open. */
  get midRecord(): boolean {
    return this.#pending !== undefined
  }

  /** Records in the current batch. */
  get records(): number {
    return this.#builder.records
  }

  get timeRange(): TimeRange {
    return {
      ...(this.#oldest !== undefined ? { oldest: new Date(this.#oldest) } : {}),
      ...(this.#newest !== undefined ? { newest: new Date(this.#newest) } : {}),
    }
  }

  /** Returns the batch built so far (with type hints of fields first seen in it). */
  take(): SampleBatch {
    const batch = this.#builder.take()
    if (this.#hints.size === 0) return batch
    const discovered = this.#hints
    this.#hints = new Map()
    return { ...batch, discovered }
  }

  /** Parses one line (`line` is its 1-based number, or undefined after a seek); true when a record completed. */
  line(text: string, line: number | undefined): boolean {
    if (this.#pending) return this.#csvContinue(text)
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return false
    this.#line = line
    this.#recordTime = undefined
    switch (this.format.kind) {
      case 'json': {
        const doc = parseJsonLine(text)
        if (doc) this.#json(doc)
        else this.#text(text)
        break
      }
      case 'access':
        if (!this.#access(text)) this.#fallback(text)
        break
      case 'logfmt':
        if (!this.#logfmt(text)) this.#fallback(text)
        break
      case 'csv':
        if (this.#headerPending) {
          // Reading from the start: the first line is the header the format was detected from.
          this.#headerPending = false
          return false
        }
        return this.#csv(text, line)
      default:
        this.#fallback(text)
    }
    return this.#complete()
  }

  /** Ends the input: a CSV record left open by an unbalanced quote is taken as it is. */
  end(): boolean {
    const pending = this.#pending
    if (!pending) return false
    this.#pending = undefined
    this.#line = pending.line
    this.#recordTime = undefined
    this.#csvCells(pending.text.split((this.format as { delimiter: string }).delimiter))
    return this.#complete()
  }

  #complete(): boolean {
    if (!this.#timesOnly) this.#builder.record()
    this.total++
    const t = this.#recordTime
    this.lastTime = t
    if (t) {
      const ms = t.getTime()
      if (this.#oldest === undefined || ms < this.#oldest) this.#oldest = ms
      if (this.#newest === undefined || ms > this.#newest) this.#newest = ms
    }
    return true
  }

  /** Adds a value when its field is wanted and within the budget. */
  #value(field: string, value: string, typeClass: TypeClass, dataType = this.#dataType): void {
    if (this.#timesOnly || value === '') return
    if (!this.#accepted.has(field)) {
      if (this.#wanted && !this.#wanted.has(field)) return
      if (this.#accepted.size >= this.#maxFields || field.length > MAX_NAME_LENGTH) {
        this.droppedValues++
        return
      }
      this.#accepted.add(field)
      this.#hints.set(field, { dataType, typeClass })
    }
    this.#builder.value(field, value, this.#line)
  }

  #time(text: string): void {
    if (this.#recordTime === undefined) this.#recordTime = parseLogTimestamp(text, this.#ts)
  }

  /** A line that does not fit the file's format: a JSON object, or text. */
  #fallback(text: string): void {
    const doc = parseJsonLine(text)
    if (doc) this.#json(doc)
    else this.#text(text)
  }

  /** Text, or a prefix followed by a JSON object (`2024-05-01T… INFO {"user":…}`, CRI container logs). */
  #text(text: string): void {
    const brace = text.indexOf(' {')
    if (brace > 0 && text.charCodeAt(text.length - 1) === 125 /* } */) {
      const doc = parseJsonLine(text.slice(brace + 1))
      if (doc) {
        this.#json(doc)
        const prefix = text.slice(0, brace)
        this.#time(prefix)
        this.#value(MESSAGE_FIELD, prefix, 'text', 'text')
        return
      }
    }
    this.#time(text)
    this.#value(MESSAGE_FIELD, text, 'text', 'text')
  }

  readonly #jsonSink = (path: string, value: string, typeClass: TypeClass): void => {
    if (path.indexOf('.') < 0 && isTimeKey(path)) {
      const t = parseLogTimestamp(value, this.#ts)
      this.#recordTime ??= t
      // A record time is a timestamp field, so retention policies find it as a clock (`ts`, `time`).
      if (t) typeClass = 'timestamp'
    }
    this.#value(path, value, typeClass, 'json')
  }

  #json(doc: Record<string, unknown>): void {
    flattenJson(doc, '', this.#jsonSink, this.#limits)
  }

  #access(text: string): boolean {
    const m = ACCESS_LOG.exec(text)
    if (!m) return false
    for (let i = 0; i < ACCESS_FIELDS.length; i++) {
      let v = m[i + 1]
      if (v === undefined || v === '-' || v === '') continue
      const [field, typeClass] = ACCESS_FIELDS[i]!
      if (field === 'time_local') this.#time(v)
      else if (field === 'request' || field === 'http_referer' || field === 'http_user_agent')
        v = unescapeAccessField(v)
      this.#value(field, v, typeClass)
      if (field === 'request') this.#query(v)
    }
    const extra = m[10]
    if (extra) {
      const xff = /^"((?:[^"\\]|\\.)*)"\s*(.*)$/.exec(extra)
      if (xff) {
        if (xff[1] !== '-') this.#value('http_x_forwarded_for', unescapeAccessField(xff[1]!), 'text')
        if (xff[2]) this.#value('extra', xff[2], 'text')
      } else this.#value('extra', extra, 'text')
    }
    return true
  }

  /** Query-string parameters of a request line (`GET /login?email=… HTTP/1.1`) as `query.<name>` fields. */
  #query(request: string): void {
    const q = request.indexOf('?')
    if (q < 0) return
    const space = request.indexOf(' ', q)
    const query = request.slice(q + 1, space < 0 ? undefined : space)
    let params = 0
    for (const part of query.split('&')) {
      if (part === '' || ++params > MAX_QUERY_PARAMS) continue
      const eq = part.indexOf('=')
      if (eq <= 0) continue
      const name = decodeQueryPart(part.slice(0, eq)).slice(0, 64)
      this.#value(`query.${name}`, decodeQueryPart(part.slice(eq + 1)), 'text')
    }
  }

  #logfmt(text: string): boolean {
    let bare: string[] | undefined
    const { pairs } = scanLogfmt(
      text,
      (key, value) => {
        const t = isTimeKey(key) ? parseLogTimestamp(value, this.#ts) : undefined
        this.#recordTime ??= t
        this.#value(key, value, t ? 'timestamp' : 'text')
      },
      (word) => (bare ??= []).push(word),
    )
    if (pairs === 0) return false
    if (bare) {
      const message = bare.join(' ')
      this.#time(message)
      this.#value(MESSAGE_FIELD, message, 'text', 'text')
    }
    return true
  }

  #csv(text: string, line: number | undefined): boolean {
    const { delimiter } = this.format as { delimiter: string }
    const cells = splitCsvLine(text, delimiter)
    if (!cells) {
      this.#pending = { text, line, lines: 1 }
      return false
    }
    this.#csvCells(cells)
    return this.#complete()
  }

  /** Joins the next line to a CSV record whose quoted cell spans lines. */
  #csvContinue(text: string): boolean {
    const pending = this.#pending!
    pending.text += `\n${text}`
    pending.lines++
    const { delimiter } = this.format as { delimiter: string }
    const cells = splitCsvLine(pending.text, delimiter)
    if (!cells && pending.lines < CSV_MAX_PENDING_LINES && pending.text.length < CSV_MAX_PENDING_CHARS)
      return false
    this.#pending = undefined
    this.#line = pending.line
    this.#recordTime = undefined
    this.#csvCells(cells ?? pending.text.split(delimiter))
    return this.#complete()
  }

  #csvCells(cells: readonly string[]): void {
    const header = (this.format as { header: readonly string[] }).header
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]!
      if (v === '') continue
      const t = i === this.#csvTimeColumn ? parseLogTimestamp(v, this.#ts) : undefined
      this.#recordTime ??= t
      this.#value(header[i] ?? `column_${i + 1}`, v, t ? 'timestamp' : 'text')
    }
  }
}

/** A query-string key or value: `+` is a space, percent-escapes decoded (left as they are when malformed). */
export function decodeQueryPart(s: string): string {
  const plus = s.includes('+') ? s.replace(/\+/g, ' ') : s
  if (!plus.includes('%')) return plus
  try {
    return decodeURIComponent(plus)
  } catch {
    return plus
  }
}
