/**
 * PGlite connector: the embedded PostgreSQL behind `pimap demo`, and `pglite:./dir` data directories. Reuses
 * the PostgreSQL catalog and query builder; PGlite has no COPY streaming, so rows come through kysely in
 * read-only transactions (LIMIT/OFFSET pages for full scans).
 */
import { PGlite } from '@electric-sql/pglite'
import { Kysely, sql } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { existsSync } from 'node:fs'
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
import { ConnectionError, errorMessage, SamplingError } from '../../src/errors.js'
import { countOlderThan } from '../postgres/postgres-record-age.js'
import { BatchBuilder } from '../shared/batch-builder.js'
import { decodeRow } from '../postgres/decode-row.js'
import { discoverPostgres, type PostgresContainer } from '../postgres/postgres-catalog.js'
import { describePostgresError } from '../postgres/postgres-errors.js'
import { PostgresWriter } from '../postgres/postgres-writer.js'
import { buildSampleQuery } from '../postgres/postgres-sample-query.js'

/** Rows per page of a full scan. */
const PAGE_ROWS = 10_000

export interface PgliteConnectorInit {
  /** A data directory (`pglite:./data`), or undefined for an existing instance. */
  readonly dataDir?: string
  /** An already open instance (the demo's); it is not closed by the connector. */
  readonly instance?: PGlite
}

export class PgliteConnector implements Connector {
  readonly kind = 'pglite'
  readonly nouns = { container: 'table', record: 'row' }
  readonly #init: PgliteConnectorInit
  readonly #options: ConnectorOptions
  #pglite?: PGlite
  #db?: Kysely<unknown>

  constructor(init: PgliteConnectorInit, options: ConnectorOptions) {
    this.#init = init
    this.#options = options
  }

  async connect(): Promise<void> {
    if (this.#init.instance) this.#pglite = this.#init.instance
    else {
      const dir = this.#init.dataDir
      if (!dir || !existsSync(dir))
        throw new ConnectionError(`PGlite data directory not found: ${dir ?? '(none)'}`)
      try {
        this.#pglite = await PGlite.create(dir)
      } catch (error) {
        throw new ConnectionError(`cannot open PGlite data directory ${dir}: ${errorMessage(error)}`, {
          cause: error,
        })
      }
    }
    this.#db = new Kysely<unknown>({ dialect: new PGliteDialect(this.#pglite) })
  }

  async listContainers(): Promise<ContainerRef[]> {
    return discoverPostgres(this.#kysely(), { schemas: this.#options.schemas })
  }

  async sample(container: ContainerRef, plan: SamplePlan, signal?: AbortSignal): Promise<Sampling> {
    const table = container as PostgresContainer
    const fields = table.fields.filter((f) => !plan.fields || plan.fields.has(f.name))
    const built = buildSampleQuery(
      table.namespace ?? 'public',
      table.name,
      fields,
      table.typnames,
      plan,
      table.estimatedRows ?? -1,
    )
    const db = this.#kysely()
    async function* batches(): AsyncGenerator<SampleBatch> {
      if (fields.length === 0) return
      const batch = new BatchBuilder(plan.maxValueLength)
      const keys = built.columns.map((_, i) => `c${i}`)
      // Full scans read pages so a large embedded table never sits in memory whole.
      const pages = plan.limit === 'all' ? Number.POSITIVE_INFINITY : 1
      try {
        for (let page = 0; page < pages; page++) {
          const query =
            plan.limit === 'all'
              ? sql<
                  Record<string, string | null>
                >`select * from (${built.query}) as s limit ${sql.lit(PAGE_ROWS)} offset ${sql.lit(page * PAGE_ROWS)}`
              : sql<Record<string, string | null>>`${built.query}`
          const rows = await db
            .transaction()
            .setAccessMode('read only')
            .execute(async (trx) => {
              // kysely-pglite-dialect ignores setAccessMode; say it in SQL so writes are refused.
              await sql`set transaction read only`.execute(trx)
              return (await query.execute(trx)).rows
            })
          for (const row of rows) {
            if (signal?.aborted) throw new SamplingError('scan aborted')
            decodeRow(
              keys.map((k) => row[k] ?? null),
              built.columns,
              batch,
            )
            if (batch.records >= plan.batchSize) yield batch.take()
          }
          if (rows.length < PAGE_ROWS) break
          // PGlite runs on this thread: let signal handlers (SIGTERM in `pimap schedule`) and timers run.
          await new Promise<void>((resolve) => setImmediate(resolve))
          if (signal?.aborted) throw new SamplingError('scan aborted')
        }
      } catch (error) {
        if (error instanceof SamplingError) throw error
        throw new SamplingError(describePostgresError(error), { cause: error })
      }
      if (batch.records > 0) yield batch.take()
    }
    return { method: built.method, batches: batches() }
  }

  /** Writes go through the same embedded instance, in ordinary read-write transactions. */
  async openWriter(): Promise<RetentionWriter> {
    return new PostgresWriter(this.#kysely(), this.#options.statementTimeoutMs, async () => {})
  }

  countOlderThan(
    container: ContainerRef,
    field: string,
    cutoff: Date,
    _signal?: AbortSignal,
    pending?: RetentionTask['fields'],
  ): Promise<RecordAge> {
    return countOlderThan(this.#kysely(), container, field, cutoff, this.#options.statementTimeoutMs, pending)
  }

  async close(): Promise<void> {
    const pglite = this.#pglite
    this.#pglite = undefined
    this.#db = undefined
    if (pglite && !this.#init.instance) await pglite.close()
  }

  #kysely(): Kysely<unknown> {
    if (!this.#db) throw new ConnectionError('PGlite connector used before connect()')
    return this.#db
  }
}
