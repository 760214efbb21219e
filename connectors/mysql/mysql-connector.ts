/**
 * MySQL / MariaDB connector: a mysql2 pool (`connectionLimit` = maxConnections) shared by kysely (discovery,
 * query compilation and identifier quoting) and by sampling, which streams rows straight from the pool's
 * connections with mysql2's `query(…).stream()` so memory stays flat on full scans.
 *
 * Read-only: every pooled session is `SET SESSION TRANSACTION READ ONLY`, every sample runs inside `START
 * TRANSACTION READ ONLY`, and every sampling statement carries its own timeout (MariaDB `SET STATEMENT
 * max_statement_time=… FOR SELECT`, MySQL `MAX_EXECUTION_TIME` hint); sessions also get the session-level
 * timeout, which bounds discovery queries. The server flavour comes from `SELECT VERSION()` at connect time.
 *
 * Sampling (see {@link chooseMethod}):
 * - `full` (`limit: 'all'`): one streamed `SELECT` over the whole table.
 * - `limit`: `SELECT … LIMIT n`, the first rows in the storage engine's order (for InnoDB the primary-key
 *   order), used when the table is small (TABLE_ROWS estimate ≤ 10 × n, so n is a large share of it anyway),
 *   for views, and for large tables without a single-column integer primary key. It never scans more than n
 *   rows, but it is not random.
 * - `pk-ranges`: large tables with a single-column integer primary key. `MIN(pk)`/`MAX(pk)` (two B-tree
 *   lookups), then 16–100 start keys drawn uniformly from [min, max] and sorted; each range reads
 *   `WHERE pk >= start ORDER BY pk LIMIT k` (an index range scan of k rows), with k spreading the rows still
 *   missing over the ranges left, and each range starting after the last key already read so no row is read
 *   twice. If the key space ends before n rows were read, the gap before the first start is read last. At most
 *   n rows are read in total; no statement scans the table. Keys are drawn uniformly over the key range, not
 *   over rows, so dense key regions are slightly under-represented next to sparse ones.
 *
 * Retention: {@link MysqlConnector.countOlderThan} pushes COUNT/MIN with the cutoff down to the server inside a
 * read-only transaction on this pool (mysql-record-age.ts); {@link MysqlConnector.openWriter} opens the only
 * read-write session, a separate pool of one connection used by `pimap enforce --apply` (mysql-writer.ts).
 */
import { Kysely, MysqlDialect, type RawBuilder, sql } from 'kysely'
import mysql, { type Pool, type PoolConnection } from 'mysql2'
import type {
  Connector,
  ConnectorOptions,
  ContainerRef,
  RecordAge,
  RetentionTask,
  RetentionWriter,
  SampleBatch,
  SamplePlan,
  Sampling,
} from '../../src/connector/connector.js'
import { ConnectionError, SamplingError } from '../../src/errors.js'
import { BatchBuilder } from '../shared/batch-builder.js'
import { discoverMysql, type MysqlContainer } from './mysql-catalog.js'
import { describeMysqlError } from './mysql-errors.js'
import { countOlderThan } from './mysql-record-age.js'
import {
  chooseMethod,
  type Flavour,
  integerKey,
  keyBoundsStatement,
  randomStarts,
  rangeCount,
  type SampleMethod,
  selectColumns,
  type SelectedColumn,
  selectStatement,
} from './mysql-sample-query.js'
import { type MysqlUrlParts, parseMysqlUrl } from './mysql-url.js'
import { MysqlWriter } from './mysql-writer.js'

/** Rows mysql2 buffers ahead of the consumer before it pauses the socket. */
const STREAM_HIGH_WATER_MARK = 1_000

interface StreamState {
  /** A result set is being read: the connection cannot be reused if reading stops now. */
  open: boolean
  rows: number
  lastKey?: bigint
}

export class MysqlConnector implements Connector {
  readonly kind = 'mysql'
  readonly nouns = { container: 'table', record: 'row' }
  readonly #options: ConnectorOptions
  readonly #url: MysqlUrlParts
  readonly #pool: Pool
  readonly #db: Kysely<unknown>
  #flavour: Flavour | undefined
  #closed = false

  constructor(url: string, options: ConnectorOptions) {
    this.#options = options
    this.#url = parseMysqlUrl(url)
    this.#pool = mysql.createPool({
      ...this.#url.connection,
      connectionLimit: Math.max(1, options.maxConnections),
      maxIdle: Math.max(1, options.maxConnections),
      idleTimeout: 5_000,
      connectTimeout: 10_000,
      waitForConnections: true,
      enableKeepAlive: true,
      multipleStatements: false,
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: true,
    })
    this.#pool.on('connection', (connection) => {
      connection.on('error', () => {}) // a dead idle connection surfaces on its next query
      // Belt and braces: even a statement outside our READ ONLY transactions cannot write. Queued before the
      // caller's first query; a failure here does not matter because sampling opens READ ONLY transactions.
      connection.query('SET SESSION TRANSACTION READ ONLY', () => {})
      if (this.#flavour) connection.query(this.#sessionTimeoutSql(this.#flavour), () => {})
    })
    this.#db = new Kysely<unknown>({ dialect: new MysqlDialect({ pool: this.#pool }) })
  }

  /** `mariadb` or `mysql`, known after {@link connect}. */
  get flavour(): Flavour | undefined {
    return this.#flavour
  }

  async connect(): Promise<void> {
    try {
      await this.#detectFlavour()
    } catch (error) {
      throw new ConnectionError(this.#describe(error), { cause: error })
    }
  }

  async listContainers(): Promise<ContainerRef[]> {
    try {
      const flavour = await this.#detectFlavour()
      // An explicit --schema list wins over the URL's database (which may only be where the user logs in).
      const databases = this.#options.schemas?.length
        ? this.#options.schemas
        : this.#url.database
          ? [this.#url.database]
          : undefined
      return await discoverMysql(this.#db, { databases, mariadb: flavour === 'mariadb' })
    } catch (error) {
      throw new ConnectionError(`cannot list tables: ${this.#describe(error)}`, { cause: error })
    }
  }

  async sample(container: ContainerRef, plan: SamplePlan, signal?: AbortSignal): Promise<Sampling> {
    const table = container as MysqlContainer
    if (!(table.columns instanceof Map))
      throw new SamplingError(`${container.id} was not listed by this connector`)
    const fields = table.fields.filter((f) => !plan.fields || plan.fields.has(f.name))
    const method = chooseMethod(table, plan)
    const { exprs, columns } = selectColumns(table, fields, plan.maxValueLength)
    const read = () => this.#read(table, method, exprs, columns, plan, signal)
    // No visible columns (a view MariaDB cannot open read-only, or columns hidden by privileges): open the
    // table anyway inside the read-only transaction, so the reason it cannot be read is reported.
    const probe = () => this.#read(table, 'limit', [sql`1`], [], { ...plan, limit: 0 }, signal)
    async function* batches(): AsyncGenerator<SampleBatch> {
      if (table.fields.length === 0) yield* probe()
      else if (fields.length > 0) yield* read()
    }
    return { method, batches: batches() }
  }

  /**
   * Counts expired rows (only rows still holding personal values, with `pending`) with one COUNT/MIN inside a
   * read-only transaction on the scan pool; see mysql-record-age.ts.
   */
  async countOlderThan(
    container: ContainerRef,
    field: string,
    cutoff: Date,
    signal?: AbortSignal,
    pending?: RetentionTask['fields'],
  ): Promise<RecordAge> {
    try {
      const flavour = await this.#detectFlavour()
      return await countOlderThan(
        (statement) => this.#readOnlyQuery(statement, signal),
        flavour,
        this.#options.statementTimeoutMs,
        container,
        field,
        cutoff,
        pending,
      )
    } catch (error) {
      if (error instanceof SamplingError) throw error
      if (signal?.aborted) throw new SamplingError('scan aborted', { cause: error })
      throw new SamplingError(`cannot count expired records: ${this.#describe(error)}`, { cause: error })
    }
  }

  /**
   * A separate read-write pool of one connection for `pimap enforce --apply` (scans never share it), in strict
   * SQL mode so a value that does not fit its column fails instead of being truncated; see mysql-writer.ts.
   */
  async openWriter(): Promise<RetentionWriter> {
    let db: Kysely<unknown> | undefined
    try {
      const flavour = await this.#detectFlavour()
      const pool = mysql.createPool({
        ...this.#url.connection,
        connectionLimit: 1,
        maxIdle: 1,
        connectTimeout: 10_000,
        waitForConnections: true,
        enableKeepAlive: true,
        multipleStatements: false,
        supportBigNumbers: true,
        bigNumberStrings: true,
        dateStrings: true,
      })
      pool.on('connection', (connection) => {
        connection.on('error', () => {})
        // Queued before the caller's first query; checked below.
        connection.query('SET SESSION TRANSACTION READ WRITE', () => {})
        connection.query(
          "SET SESSION sql_mode = concat_ws(',', nullif(@@session.sql_mode, ''), 'STRICT_ALL_TABLES')",
          () => {},
        )
        connection.query(this.#sessionTimeoutSql(flavour), () => {})
      })
      db = new Kysely<unknown>({ dialect: new MysqlDialect({ pool }) })
      const { rows } = await sql<{ mode: string }>`select @@session.sql_mode as mode`.execute(db)
      if (!/STRICT_ALL_TABLES/.test(String(rows[0]?.mode ?? '')))
        throw new Error('cannot switch the enforcement session to strict SQL mode')
    } catch (error) {
      await db?.destroy().catch(() => {})
      throw new ConnectionError(`cannot open a MySQL session for enforcement: ${this.#describe(error)}`, {
        cause: error,
      })
    }
    const writerDb = db
    return new MysqlWriter(
      writerDb,
      (error) => this.#describe(error),
      () => writerDb.destroy(),
    )
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    // The pool is ours, not kysely's: kysely ends it only if it ever used it, so end it here.
    await new Promise<void>((resolve) => this.#pool.end(() => resolve()))
  }

  async #detectFlavour(): Promise<Flavour> {
    if (this.#flavour) return this.#flavour
    const connection = await this.#acquire()
    try {
      const rows = await query(connection, 'SELECT VERSION()')
      const version = String(rows[0]?.[0] ?? '')
      const flavour: Flavour = /mariadb/i.test(version) ? 'mariadb' : 'mysql'
      await query(connection, this.#sessionTimeoutSql(flavour))
      this.#flavour = flavour
      return flavour
    } finally {
      connection.release()
    }
  }

  #sessionTimeoutSql(flavour: Flavour): string {
    const ms = Math.max(1, Math.round(this.#options.statementTimeoutMs))
    return flavour === 'mariadb'
      ? `SET SESSION max_statement_time = ${(ms / 1000).toFixed(3)}`
      : `SET SESSION max_execution_time = ${ms}`
  }

  #acquire(): Promise<PoolConnection> {
    return new Promise((resolve, reject) =>
      this.#pool.getConnection((error, connection) => (error ? reject(error) : resolve(connection))),
    )
  }

  /** One statement inside `START TRANSACTION READ ONLY` on a pooled (read-only) session. */
  async #readOnlyQuery(statement: RawBuilder<unknown>, signal?: AbortSignal): Promise<unknown[][]> {
    if (signal?.aborted) throw new SamplingError('scan aborted')
    const connection = await this.#acquire()
    const onAbort = () => connection.destroy()
    signal?.addEventListener('abort', onAbort, { once: true })
    let done = false
    try {
      await query(connection, 'START TRANSACTION READ ONLY')
      const rows = await query(connection, this.#compile(statement))
      await query(connection, 'COMMIT')
      done = true
      return rows
    } finally {
      signal?.removeEventListener('abort', onAbort)
      if (done) connection.release()
      else connection.destroy()
    }
  }

  #describe(error: unknown): string {
    return describeMysqlError(error, [this.#url.password])
  }

  async *#read(
    table: MysqlContainer,
    method: SampleMethod,
    exprs: readonly RawBuilder<unknown>[],
    columns: readonly SelectedColumn[],
    plan: SamplePlan,
    signal?: AbortSignal,
  ): AsyncGenerator<SampleBatch> {
    if (signal?.aborted) throw new SamplingError('scan aborted')
    const flavour = await this.#detectFlavour().catch((error: unknown) => {
      throw new SamplingError(this.#describe(error), { cause: error })
    })
    const connection = await this.#acquire().catch((error: unknown) => {
      throw new SamplingError(this.#describe(error), { cause: error })
    })
    let aborted = false
    const onAbort = () => {
      aborted = true
      connection.destroy()
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    if (signal?.aborted) onAbort() // aborted while waiting for the connection
    const state: StreamState = { open: false, rows: 0 }
    let done = false
    const timeoutMs = this.#options.statementTimeoutMs
    const batch = new BatchBuilder(plan.maxValueLength)
    try {
      await query(connection, 'START TRANSACTION READ ONLY')
      if (method === 'full') {
        yield* this.#stream(
          connection,
          selectStatement({ flavour, timeoutMs, table, exprs }),
          columns,
          batch,
          plan,
          state,
        )
      } else if (method === 'limit') {
        const limit = plan.limit as number
        yield* this.#stream(
          connection,
          selectStatement({ flavour, timeoutMs, table, exprs, limit }),
          columns,
          batch,
          plan,
          state,
        )
      } else {
        yield* this.#pkRanges(connection, flavour, table, exprs, columns, plan, batch, state)
      }
      if (batch.records > 0) yield batch.take()
      await query(connection, 'COMMIT')
      done = true
    } catch (error) {
      if (aborted) throw new SamplingError('scan aborted', { cause: error })
      if (error instanceof SamplingError) throw error
      throw new SamplingError(this.#describe(error), { cause: error })
    } finally {
      signal?.removeEventListener('abort', onAbort)
      // An error, an abort or a consumer that stopped early can leave a result set or a transaction open on
      // the connection: drop it instead of handing it to the next table.
      if (done && !state.open) connection.release()
      else connection.destroy()
    }
  }

  async *#pkRanges(
    connection: PoolConnection,
    flavour: Flavour,
    table: MysqlContainer,
    exprs: readonly RawBuilder<unknown>[],
    columns: readonly SelectedColumn[],
    plan: SamplePlan,
    batch: BatchBuilder,
    state: StreamState,
  ): AsyncGenerator<SampleBatch> {
    const timeoutMs = this.#options.statementTimeoutMs
    const key = integerKey(table)!
    const limit = plan.limit as number
    const bounds = await query(connection, this.#compile(keyBoundsStatement(flavour, timeoutMs, table, key)))
    const lo = bounds[0]?.[0]
    const hi = bounds[0]?.[1]
    if (lo === null || lo === undefined || hi === null || hi === undefined) return
    const min = BigInt(String(lo))
    const max = BigInt(String(hi))
    const starts = randomStarts(min, max, rangeCount(limit))
    const keyCol = sql.id('t', key)
    // The key rides along as a last, extra column so the next range can start after it.
    const keyedExprs = [...exprs, sql`cast(${keyCol} as char)`]
    let remaining = limit
    for (let i = 0; i < starts.length && remaining > 0; i++) {
      const start =
        state.lastKey !== undefined && state.lastKey >= starts[i]! ? state.lastKey + 1n : starts[i]!
      if (start > max) break
      const want = Math.ceil(remaining / (starts.length - i))
      const before = state.rows
      const statement = selectStatement({
        flavour,
        timeoutMs,
        table,
        exprs: keyedExprs,
        where: sql`${keyCol} >= ${start}`,
        orderBy: keyCol,
        limit: want,
      })
      yield* this.#stream(connection, statement, columns, batch, plan, state, true)
      remaining -= state.rows - before
    }
    // The key space ended before the sample was complete: read the keys below the first range.
    if (remaining > 0 && starts[0]! > min) {
      const statement = selectStatement({
        flavour,
        timeoutMs,
        table,
        exprs: keyedExprs,
        where: sql`${keyCol} < ${starts[0]!}`,
        orderBy: keyCol,
        limit: remaining,
      })
      yield* this.#stream(connection, statement, columns, batch, plan, state, true)
    }
  }

  /** Streams one statement's rows into the batch, yielding full batches. */
  async *#stream(
    connection: PoolConnection,
    statement: RawBuilder<unknown>,
    columns: readonly SelectedColumn[],
    batch: BatchBuilder,
    plan: SamplePlan,
    state: StreamState,
    keyed = false,
  ): AsyncGenerator<SampleBatch> {
    const compiled = statement.compile(this.#db)
    const rows = connection
      .query({ sql: compiled.sql, values: [...compiled.parameters], rowsAsArray: true })
      .stream({ highWaterMark: STREAM_HIGH_WATER_MARK })
    state.open = true
    for await (const row of rows as AsyncIterable<unknown[]>) {
      decodeRow(row, columns, batch)
      state.rows++
      if (keyed) state.lastKey = BigInt(String(row[columns.length]))
      if (batch.records >= plan.batchSize) yield batch.take()
    }
    state.open = false
  }

  #compile(statement: RawBuilder<unknown>): { sql: string; values: unknown[] } {
    const compiled = statement.compile(this.#db)
    return { sql: compiled.sql, values: [...compiled.parameters] }
  }
}

/** Runs one statement and returns its rows as arrays. */
function query(
  connection: PoolConnection,
  statement: string | { sql: string; values: unknown[] },
): Promise<unknown[][]> {
  const options = typeof statement === 'string' ? { sql: statement, values: [] } : statement
  return new Promise((resolve, reject) =>
    connection.query({ ...options, rowsAsArray: true }, (error, result) =>
      error ? reject(error) : resolve(Array.isArray(result) ? (result as unknown[][]) : []),
    ),
  )
}

/** Adds one row (arrays of server-side text, null for SQL NULL) to a batch. */
export function decodeRow(
  row: readonly unknown[],
  columns: readonly SelectedColumn[],
  batch: BatchBuilder,
): void {
  batch.record()
  for (let i = 0; i < columns.length; i++) {
    const raw = row[i]
    if (raw === null || raw === undefined) continue
    const text = typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw)
    if (text === '') continue
    const column = columns[i]!
    if (column.decoding === 'text') batch.value(column.field.name, text)
    else if (column.decoding === 'hex') batch.value(column.field.name, `\\x${text}`)
    else {
      // Declared JSON is always parsed; likely JSON only when it looks like an object or array.
      let parsed: unknown
      let ok = false
      if (column.decoding === 'json' || /^\s*[[{]/.test(text)) {
        try {
          parsed = JSON.parse(text)
          ok = true
        } catch {
          // not JSON after all: read as text
        }
      }
      if (ok && (column.decoding === 'json' || (parsed !== null && typeof parsed === 'object')))
        batch.document(column.field.name, parsed, column.field.dataType)
      else batch.value(column.field.name, text)
    }
  }
}
