/**
 * Log files as a source: `file:/var/log/app.log`, `file:./logs` (a directory, recursive), `file:///abs`,
 * `file:/var/log/app/*.log*` (a glob). Every regular file is a container; each line is a record (a CSV record may
 * span lines) with its 1-based line number, in the format detected from the file's first lines (JSON lines,
 * logfmt, common/combined access logs, CSV with a header row, plain text; see log-format.ts).
 *
 * Files are streamed in chunks and split by hand, never loaded whole; gzip files (rotated `*.gz`, recognised by
 * their magic number) are inflated as streams. Sampling (`limit: n`) reads the first n records (`head`), or, when
 * a plain file is more than ten times the bytes of n records, n records in up to 100 evenly spaced segments
 * (`spread`: seek, resync to the next newline; values from segments after the first carry no line numbers,
 * because counting the lines before them would mean reading the whole file). `limit: 'all'` reads everything
 * (`full`). Binary, non-UTF-8 and unreadable files fail with a SamplingError naming the reason.
 *
 * Record times (ISO-8601, `time_local`, syslog, epoch values under `ts`/`time`/`timestamp` keys) are tracked per
 * file while sampling (`timeRange`) and counted against a cutoff by `countOlderThan`. Time keys that hold a
 * timestamp are typed `timestamp`, so a policy finds them as the retention clock (`ts`, `time`, `timestamp`);
 * for access logs and plain text, whose time is part of the line, `recordTime` (`line time`) is the created
 * clock. Whatever the clock field, a record's age is its line's time.
 *
 * `openWriter` returns the enforcement writer (logfile-writer.ts): atomic rewrites, whole rotated files deleted.
 */
import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { createGunzip } from 'node:zlib'
import pLimit from 'p-limit'
import type {
  Connector,
  ConnectorOptions,
  ContainerRef,
  FieldMeta,
  RecordAge,
  RetentionTask,
  RetentionWriter,
  SampleBatch,
  SamplePlan,
  Sampling,
} from '../../src/connector/connector.js'
import { ConnectionError, errorMessage, SamplingError } from '../../src/errors.js'
import { checkTarget, describeFsError, findFiles } from './file-discovery.js'
import { countNewlines, probeFile, type FileHead } from './file-probe.js'
import { parseFileUrl, type FileTarget } from './file-url.js'
import { detectFormat, type LogFormat } from './log-format.js'
import { LineRedactor } from './log-redact.js'
import { LogRecords, type TimeRange } from './log-records.js'
import { LineSplitter } from './line-splitter.js'

/** A log file as listed. */
export interface LogfileContainer extends ContainerRef {
  readonly kind: 'file'
  /** Bytes on disk (compressed size for gzip). */
  readonly size: number
  /** Set for a directory that could not be listed: sampling it fails with this reason. */
  readonly error?: string
}

export interface LogfileConnectorOptions {
  /** Directory relative paths are resolved against (default: the process's working directory). */
  readonly cwd?: string
  /** The scan date, for timestamp plausibility and syslog years (default: now). */
  readonly now?: Date
}

/** Lines longer than this are cut (the rest of the line is skipped). */
export const MAX_LINE_BYTES = 1024 * 1024
/** A file more than this many times the bytes of the requested records is sampled in spread segments. */
const SPREAD_FACTOR = 10
const MAX_SEGMENTS = 100
const STREAM_CHUNK = 1024 * 1024
const SEGMENT_CHUNK = 64 * 1024
/** Lines of the head used to detect the format. */
const DETECT_LINES = 50
const ESTIMATE_CONCURRENCY = 8
const ESTIMATE_BYTES = 16 * 1024

export class LogfileConnector implements Connector {
  readonly kind = 'file'
  readonly nouns = { container: 'file', record: 'line' }
  /** A line's own timestamp, whatever key or position holds it: the `created` clock when none is named. */
  readonly recordTime: FieldMeta = { name: 'line time', dataType: 'timestamp', typeClass: 'timestamp' }
  readonly #target: FileTarget | undefined
  readonly #initError: unknown
  readonly #now: Date | undefined
  readonly #times = new Map<string, TimeRange>()
  /** Paths listed by listContainers: the only files this connector opens. */
  readonly #listed = new Set<string>()
  #closed = false

  constructor(url: string, _options?: ConnectorOptions, extra: LogfileConnectorOptions = {}) {
    this.#now = extra.now
    let target: FileTarget | undefined
    let initError: unknown
    try {
      target = parseFileUrl(url, extra.cwd)
    } catch (error) {
      // Reported by connect() as a failed source, like a missing path.
      initError = error
    }
    this.#target = target
    this.#initError = initError
  }

  #requireTarget(): FileTarget {
    if (this.#closed) throw new ConnectionError('connector is closed')
    if (!this.#target) throw new ConnectionError(errorMessage(this.#initError ?? 'invalid file URL'))
    return this.#target
  }

  /** The path of a container this connector listed; anything else is refused. */
  #pathOf(container: ContainerRef): string {
    this.#requireTarget()
    if (!this.#listed.has(container.id))
      throw new SamplingError(`not a file of this source (list containers first): ${container.id}`)
    return container.id
  }

  async connect(): Promise<void> {
    await checkTarget(this.#requireTarget())
  }

  async listContainers(signal?: AbortSignal): Promise<ContainerRef[]> {
    const files = await findFiles(this.#requireTarget())
    for (const f of files) this.#listed.add(f.path)
    const limit = pLimit(ESTIMATE_CONCURRENCY)
    return Promise.all(
      files.map((f) =>
        limit(async (): Promise<LogfileContainer> => {
          if (signal?.aborted) throw new ConnectionError('scan aborted')
          return {
            id: f.path,
            namespace: dirname(f.path),
            name: fileStem(basename(f.path)),
            kind: 'file',
            fields: [],
            estimatedRows: f.error ? -1 : await estimateLines(f.path, f.size),
            size: f.size,
            ...(f.error ? { error: f.error } : {}),
          }
        }),
      ),
    )
  }

  /** Oldest and newest record times seen by the last `sample` of `container` (empty before sampling). */
  timeRange(container: ContainerRef): TimeRange {
    return this.#times.get(container.id) ?? {}
  }

  async sample(container: ContainerRef, plan: SamplePlan, signal?: AbortSignal): Promise<Sampling> {
    const path = this.#pathOf(container)
    const listed = container as Partial<LogfileContainer>
    if (listed.error) throw new SamplingError(listed.error)
    const probe = await probeFile(path)
    const format = formatOf(probe, path)
    const size = listed.size ?? (await stat(path).catch(() => ({ size: 0 }))).size
    const limit = plan.limit
    let method: 'full' | 'head' | 'spread'
    if (limit === 'all') method = 'full'
    else if (
      !probe.gzip &&
      !probe.complete &&
      probe.avgLineBytes !== undefined &&
      size > SPREAD_FACTOR * limit * probe.avgLineBytes
    )
      method = 'spread'
    else method = 'head'
    const records = new LogRecords(format, {
      maxValueLength: plan.maxValueLength,
      ...(plan.fields ? { fields: plan.fields } : {}),
      ...(this.#now ? { now: this.#now } : {}),
    })
    this.#times.delete(path)
    const batches =
      method === 'spread'
        ? this.#readSpread(path, size, records, plan, signal)
        : this.#readStream(path, probe.gzip, records, plan, signal)
    return { method, batches }
  }

  /** Streams the file from the start: the first `limit` records, or all of them. */
  async *#readStream(
    path: string,
    gzip: boolean,
    records: LogRecords,
    plan: SamplePlan,
    signal?: AbortSignal,
  ): AsyncGenerator<SampleBatch> {
    const limit = plan.limit === 'all' ? Infinity : plan.limit
    const splitter = new LineSplitter(MAX_LINE_BYTES)
    let line = 0
    try {
      read: for await (const chunk of readChunks(path, gzip, signal)) {
        for (const text of splitter.push(chunk)) {
          if (records.line(text, ++line)) {
            if (records.total >= limit) break read
            if (records.records >= plan.batchSize) yield records.take()
          }
        }
      }
      if (records.total < limit) {
        for (const text of splitter.end()) records.line(text, ++line)
        records.end()
      }
      if (records.records > 0) yield records.take()
    } catch (error) {
      throw samplingError(error, path, signal)
    } finally {
      this.#times.set(path, records.timeRange)
    }
  }

  /** Reads `limit` records in evenly spaced segments of a plain file. */
  async *#readSpread(
    path: string,
    size: number,
    records: LogRecords,
    plan: SamplePlan,
    signal?: AbortSignal,
  ): AsyncGenerator<SampleBatch> {
    const limit = plan.limit as number
    const segments = Math.max(1, Math.min(MAX_SEGMENTS, limit))
    const quota = Math.ceil(limit / segments)
    let fh
    try {
      fh = await open(path, 'r')
    } catch (error) {
      throw new SamplingError(describeFsError(error, path), { cause: error })
    }
    const buf = Buffer.allocUnsafe(SEGMENT_CHUNK)
    try {
      for (let seg = 0; seg < segments && records.total < limit; seg++) {
        if (signal?.aborted) throw new SamplingError('scan aborted')
        const start = Math.floor((seg * size) / segments)
        const end = Math.floor(((seg + 1) * size) / segments)
        const want = Math.min(limit, records.total + quota)
        // Only the first segment knows its line numbers.
        let line = seg === 0 ? 0 : undefined
        const splitter = new LineSplitter(MAX_LINE_BYTES, { skipFirst: seg > 0 })
        let pos = start
        function* feed(texts: readonly string[]): Generator<SampleBatch, boolean> {
          for (const text of texts) {
            if (records.line(text, line === undefined ? undefined : ++line)) {
              if (records.total >= want) return true
              if (records.records >= plan.batchSize) yield records.take()
            }
          }
          return false
        }
        let full = false
        // The segment's own bytes, then, if a line straddles its end, up to that line's newline.
        while (!full && pos < end) {
          const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, end - pos), pos)
          if (bytesRead === 0) break
          pos += bytesRead
          full = yield* feed(splitter.push(buf.subarray(0, bytesRead)))
        }
        while (!full && splitter.midLine && pos < size) {
          const { bytesRead } = await fh.read(buf, 0, buf.length, pos)
          if (bytesRead === 0) break
          const nl = buf.subarray(0, bytesRead).indexOf(10)
          const take = nl < 0 ? bytesRead : nl + 1
          pos += take
          full = yield* feed(splitter.push(buf.subarray(0, take)))
          if (nl >= 0) break
        }
        if (!full) {
          full = yield* feed(splitter.end())
          if (!full) records.end()
        }
        // Batches never mix values with and without line numbers.
        if (records.records >= plan.batchSize || (seg === 0 && records.records > 0)) yield records.take()
      }
      if (records.records > 0) yield records.take()
    } catch (error) {
      throw samplingError(error, path, signal)
    } finally {
      this.#times.set(path, records.timeRange)
      await fh.close().catch(() => {})
    }
  }

  /**
   * Records older than `cutoff`, by their line timestamps (the file is read once). The field name does not
   * matter: a log record has one time, and a line without one (a stack trace, a continuation) belongs to the
   * record before it. With `pending` (an anonymize action), only records that still hold personal values count:
   * values of the pending fields an operator would change, or validated identifiers (e-mail, phone, ID
   * numbers…) left in other text. Enforcement changes exactly what this counts, so a finished run counts 0.
   */
  async countOlderThan(
    container: ContainerRef,
    _field: string,
    cutoff: Date,
    signal?: AbortSignal,
    pending?: RetentionTask['fields'],
  ): Promise<RecordAge> {
    const path = this.#pathOf(container)
    const probe = await probeFile(path)
    const format = formatOf(probe, path)
    // CSV records cannot be anonymized in place: every expired one counts, and enforcement says why it stops.
    const redactor =
      pending && format.kind !== 'csv'
        ? new LineRedactor(format, { fields: pending, scanAllText: true })
        : undefined
    const before = cutoff.getTime()
    let expired = 0
    let oldest: number | undefined
    try {
      for await (const unit of readUnits(path, probe.gzip, format, this.#now, signal)) {
        const t = unit.ownTime?.getTime()
        if (t !== undefined && (oldest === undefined || t < oldest)) oldest = t
        if (!isExpired(unit, before)) continue
        if (!redactor || unit.lines.some((l) => redactor.redact(l.text) !== l.text)) expired++
      }
    } catch (error) {
      throw samplingError(error, path, signal)
    }
    return { expired, ...(oldest !== undefined ? { oldest: new Date(oldest) } : {}) }
  }

  /** A read-write session for `pimap enforce --apply`: rewrites files atomically, deletes expired rotated ones. */
  async openWriter(): Promise<RetentionWriter> {
    this.#requireTarget()
    const { LogfileWriter } = await import('./logfile-writer.js')
    return new LogfileWriter((container) => this.#pathOf(container), this.#now)
  }

  async close(): Promise<void> {
    this.#closed = true
  }
}

/** The format of a file, from the complete lines of its head. */
export function formatOf(probe: FileHead, path: string): LogFormat {
  const text = probe.head.toString('utf8')
  const lines = text.split('\n', DETECT_LINES + 1)
  // The last piece of an incomplete head may be a cut line.
  if (!probe.complete && lines.length > 1) lines.pop()
  return detectFormat(
    lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)),
    basename(path),
  )
}

/** Chunks of a file's content, inflated when it is gzip. */
export async function* readChunks(path: string, gzip: boolean, signal?: AbortSignal): AsyncGenerator<Buffer> {
  const source = createReadStream(path, { highWaterMark: STREAM_CHUNK, ...(signal ? { signal } : {}) })
  if (!gzip) {
    try {
      yield* source as AsyncIterable<Buffer>
    } finally {
      source.destroy()
    }
    return
  }
  const gunzip = createGunzip({ chunkSize: STREAM_CHUNK })
  source.on('error', (error) => gunzip.destroy(error))
  source.pipe(gunzip)
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) yield chunk
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('Z_'))
      throw new SamplingError(`invalid gzip data in ${path}: ${errorMessage(error)}`)
    throw error
  } finally {
    source.destroy()
    gunzip.destroy()
  }
}

export function samplingError(error: unknown, path: string, signal?: AbortSignal): SamplingError {
  if (error instanceof SamplingError) return error
  if (signal?.aborted) return new SamplingError('scan aborted')
  return new SamplingError(describeFsError(error, path), { cause: error })
}

/** Lines in a file, counted in its first 16 KB and extrapolated by size; -1 for gzip or unreadable files. */
async function estimateLines(path: string, size: number): Promise<number> {
  if (size === 0) return 0
  try {
    const fh = await open(path, 'r')
    try {
      const buf = Buffer.allocUnsafe(Math.min(ESTIMATE_BYTES, size))
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0)
      const head = buf.subarray(0, bytesRead)
      if (head[0] === 0x1f && head[1] === 0x8b) return -1
      const lines = countNewlines(head)
      if (bytesRead >= size) return lines + (head[bytesRead - 1] === 10 ? 0 : 1)
      return lines > 0 ? Math.round(size / (bytesRead / lines)) : -1
    } finally {
      await fh.close()
    }
  } catch {
    return -1
  }
}

const DATED = /[._-](?:\d{8}(?:\d{2,6})?|\d{4}-\d{2}-\d{2}(?:[T_-]\d{2}(?:-?\d{2}){0,2})?)$/
const ROTATION = new RegExp(`(?:[.]\\d{1,3}|${DATED.source.slice(0, -1)})$`)
const EXTENSIONS = /\.(?:log|jsonl|ndjson|json|csv|tsv|txt|out|err|logfmt)$/i

/** A file's name without compression, rotation and log extensions: `access.log.2.gz` -> `access`. */
export function fileStem(name: string): string {
  let stem = name.replace(/\.gz$/i, '')
  stem = stem.replace(ROTATION, '')
  stem = stem.replace(EXTENSIONS, '')
  stem = stem.replace(DATED, '')
  return stem === '' || stem.startsWith('.') ? name : stem
}

/** A rotated file no logger appends to any more: `app.log.1`, `app.log.2.gz`, `app-2024-01-01.log`, `*.gz`. */
export function isRotatedName(name: string): boolean {
  if (/\.gz$/i.test(name)) return true
  return ROTATION.test(name) || DATED.test(name.replace(EXTENSIONS, ''))
}

/** One physical line: its bytes as stored (line ending included) and its text for parsing. */
export interface RawLine {
  /** 1-based line number. */
  readonly number: number
  readonly bytes: Buffer
  /** Decoded without the line ending (`\r\n` or `\n`), cut at MAX_LINE_BYTES like sampling cuts it. */
  readonly text: string
}

/**
 * A record with its lines: a line with a time, the lines without one that follow it (a stack trace, a
 * continuation, blank lines), or the lines of a CSV record with a multi-line cell. Lines before the first line
 * with a time are records of their own without a time; blank lines there and CSV headers are no record.
 */
export interface LogUnit {
  readonly lines: readonly RawLine[]
  readonly record: boolean
  /** The record's time (for lines past the continuation limit: the time of the record before them). */
  readonly time?: Date
  /** The time the record's first line carries. */
  readonly ownTime?: Date
}

/** Continuation lines kept with their record at most; later ones are records of their own (same time). */
const MAX_CONTINUATION_LINES = 10_000

/** A record past the cutoff (milliseconds). */
export function isExpired(unit: LogUnit, cutoff: number): boolean {
  return unit.record && unit.time !== undefined && unit.time.getTime() < cutoff
}

/**
 * Reads a file as records with their times, keeping every line's bytes so a rewrite can copy the lines it does
 * not change exactly (line endings, invalid UTF-8, a missing final newline). Memory holds one chunk and one
 * record.
 */
export async function* readUnits(
  path: string,
  gzip: boolean,
  format: LogFormat,
  now?: Date,
  signal?: AbortSignal,
): AsyncGenerator<LogUnit> {
  const records = new LogRecords(format, {
    maxValueLength: MAX_LINE_BYTES,
    timesOnly: true,
    ...(now ? { now } : {}),
  })
  let carry: RawLine[] = []
  let group: { lines: RawLine[]; time: Date } | undefined
  let previous: Date | undefined
  let number = 0
  const out: LogUnit[] = []
  const flush = () => {
    if (group) out.push({ lines: group.lines, record: true, time: group.time, ownTime: group.time })
    group = undefined
  }
  const record = (lines: RawLine[], own: Date | undefined) => {
    if (own) {
      flush()
      group = { lines, time: own }
      previous = own
    } else if (group && group.lines.length + lines.length <= MAX_CONTINUATION_LINES)
      group.lines.push(...lines)
    else {
      flush()
      out.push({ lines, record: true, ...(previous ? { time: previous } : {}) })
    }
  }
  const add = (line: RawLine) => {
    if (records.line(line.text, line.number)) {
      const lines = carry.length > 0 ? [...carry, line] : [line]
      carry = []
      record(lines, records.lastTime)
    } else if (records.midRecord) carry.push(line)
    else if (group && group.lines.length < MAX_CONTINUATION_LINES) group.lines.push(line)
    else {
      flush()
      out.push({ lines: [line], record: false })
    }
  }
  const rawLine = (bytes: Buffer): RawLine => {
    let end = bytes.length
    if (end > 0 && bytes[end - 1] === 10) end--
    if (end > 0 && bytes[end - 1] === 13) end--
    return { number: ++number, bytes, text: bytes.toString('utf8', 0, Math.min(end, MAX_LINE_BYTES)) }
  }
  let pending: Buffer[] = []
  for await (const chunk of readChunks(path, gzip, signal)) {
    let from = 0
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl + 1)
      const bytes = pending.length > 0 ? Buffer.concat([...pending, piece]) : Buffer.from(piece)
      pending = []
      from = nl + 1
      add(rawLine(bytes))
      if (out.length > 0) yield* out.splice(0)
    }
    if (from < chunk.length) pending.push(Buffer.from(chunk.subarray(from)))
  }
  if (pending.length > 0) add(rawLine(Buffer.concat(pending)))
  if (records.end()) {
    const lines = carry
    carry = []
    record(lines, records.lastTime)
  } else if (carry.length > 0) {
    flush()
    out.push({ lines: carry, record: false })
  }
  flush()
  yield* out
}
