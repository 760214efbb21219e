/**
 * PostgreSQL connector: kysely (pg Pool) for discovery, `COPY (SELECT …) TO STDOUT` for sampling because it is
 * the fastest way to stream rows out of PostgreSQL. Every session is read-only and every statement has a timeout.
 */
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
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
import { ConnectionError, InternalError, SamplingError } from '../../src/errors.js'
import { countOlderThan } from './postgres-record-age.js'
import { BatchBuilder } from '../shared/batch-builder.js'
import { CopyTextParser } from './copy-text-parser.js'
import { decodeRow } from './decode-row.js'
import { discoverPostgres, type PostgresContainer } from './postgres-catalog.js'
import { describePostgresError } from './postgres-errors.js'
import { PostgresWriter } from './postgres-writer.js'
import { buildLimitQuery, buildSampleQuery } from './postgres-sample-query.js'

export class PostgresConnector implements Connector {
  readonly kind = 'postgres'
  readonly nouns = { container: 'table', record: 'row' }
  readonly #options: ConnectorOptions
  readonly #url: string
  readonly #pool: pg.Pool
  readonly #db: Kysely<unknown>
  #closed = false

  constructor(url: string, options: ConnectorOptions) {
    this.#options = options
    this.#url = url
    this.#pool = new pg.Pool({
      connectionString: url,
      max: Math.max(1, options.maxConnections),
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 5_000,
      application_name: 'pimap',
      statement_timeout: options.statementTimeoutMs,
    })
    // Belt and braces: even a statement outside our explicit READ ONLY transactions cannot write.
    this.#pool.on('connect', (client) => {
      client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY').catch(() => {})
    })
    this.#pool.on('error', () => {}) // idle-client errors surface on the next query
    this.#db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: this.#pool }) })
  }

  async connect(): Promise<void> {
    try {
      const client = await this.#pool.connect()
      client.release()
    } catch (error) {
      throw new ConnectionError(describePostgresError(error), { cause: error })
    }
  }

  async listContainers(): Promise<ContainerRef[]> {
    try {
      return await discoverPostgres(this.#db, { schemas: this.#options.schemas })
    } catch (error) {
      throw new ConnectionError(`cannot list tables: ${describePostgresError(error)}`, { cause: error })
    }
  }

  async sample(container: ContainerRef, plan: SamplePlan, signal?: AbortSignal): Promise<Sampling> {
    const table = container as PostgresContainer
    if (table.readable === false) throw new SamplingError('permission denied: no SELECT privilege')
    const fields = table.fields.filter((f) => !plan.fields || plan.fields.has(f.name))
    const built = buildSampleQuery(
      table.namespace ?? 'public',
      table.name,
      fields,
      table.typnames,
      plan,
      table.estimatedRows ?? -1,
    )
    const run = (query: typeof built.query, batch: BatchBuilder) =>
      this.#copy(this.#compile(query), built.columns, batch, plan, signal)
    async function* batches(): AsyncGenerator<SampleBatch> {
      if (fields.length === 0) return
      const batch = new BatchBuilder(plan.maxValueLength)
      let rows = 0
      for await (const b of run(built.query, batch)) {
        rows += b.records
        yield b
      }
      // Stale estimates or clustered pages can starve TABLESAMPLE; top up with plain LIMIT rows.
      if (built.method === 'tablesample-system' && typeof plan.limit === 'number' && rows < plan.limit / 2) {
        const topUp = buildLimitQuery(
          table.namespace ?? 'public',
          table.name,
          built.columns,
          table.typnames,
          plan.limit - rows,
          plan.maxValueLength,
        )
        yield* run(topUp, batch)
      }
    }
    return { method: built.method, batches: batches() }
  }

  #compile(query: ReturnType<typeof buildSampleQuery>['query']): string {
    const compiled = query.compile(this.#db)
    if (compiled.parameters.length > 0) throw new InternalError('COPY query must not have bind parameters')
    return compiled.sql
  }

  async *#copy(
    selectSql: string,
    columns: ReturnType<typeof buildSampleQuery>['columns'],
    batch: BatchBuilder,
    plan: SamplePlan,
    signal?: AbortSignal,
  ): AsyncGenerator<SampleBatch> {
    const client = await this.#pool.connect().catch((error: unknown) => {
      throw new SamplingError(describePostgresError(error), { cause: error })
    })
    let stream: ReturnType<typeof copyTo> | undefined
    let broken = false
    const onAbort = () => stream?.destroy(new SamplingError('scan aborted'))
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      await client.query('BEGIN TRANSACTION READ ONLY')
      await client.query("SELECT set_config('statement_timeout', $1, true)", [
        String(this.#options.statementTimeoutMs),
      ])
      stream = client.query(copyTo(`COPY (${selectSql}) TO STDOUT`))
      const parser = new CopyTextParser()
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        for (const row of parser.push(chunk)) {
          decodeRow(row, columns, batch)
          if (batch.records >= plan.batchSize) yield batch.take()
        }
      }
      for (const row of parser.end()) decodeRow(row, columns, batch)
      if (batch.records > 0) yield batch.take()
      await client.query('COMMIT')
    } catch (error) {
      broken = true
      if (error instanceof SamplingError) throw error
      throw new SamplingError(describePostgresError(error), { cause: error })
    } finally {
      signal?.removeEventListener('abort', onAbort)
      // A consumer that stops early leaves COPY mid-stream: drop that connection instead of reusing it.
      const midStream = stream !== undefined && !stream.readableEnded
      if (midStream) stream?.destroy()
      client.release(broken || midStream ? true : undefined)
    }
  }

  /** A separate read-write pool of one connection: scans never share it. */
  async openWriter(): Promise<RetentionWriter> {
    const pool = new pg.Pool({ connectionString: this.#url, max: 1, application_name: 'pimap-enforce' })
    pool.on('error', () => {})
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) })
    return new PostgresWriter(db, this.#options.statementTimeoutMs, () => db.destroy())
  }

  countOlderThan(
    container: ContainerRef,
    field: string,
    cutoff: Date,
    _signal?: AbortSignal,
    pending?: RetentionTask['fields'],
  ): Promise<RecordAge> {
    return countOlderThan(this.#db, container, field, cutoff, this.#options.statementTimeoutMs, pending)
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#db.destroy()
  }
}
