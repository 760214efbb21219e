/**
 * The SQL both history stores share (kysely, PostgreSQL dialect). One table, `pimap_runs`, created when missing;
 * summary counts and the result are `jsonb`.
 */
import { type ColumnType, type Generated, type Kysely, sql } from 'kysely'
import { ConfigError } from '../errors.js'
import type { ScanResult } from '../scan-result.js'
import {
  countResult,
  type HistoryStore,
  type NewRun,
  RUN_STATUSES,
  type RunCounts,
  type RunFilter,
  type RunStatus,
  type RunSummary,
  type StoredRun,
} from './history-store.js'

export const RUNS_TABLE = 'pimap_runs'

interface RunsTable {
  id: Generated<number>
  job: string
  started_at: ColumnType<Date, Date, never>
  finished_at: ColumnType<Date, Date, never>
  status: string
  exit_code: number
  result_path: string | null
  error: string | null
  /** JSON text on insert, parsed objects on select (both drivers parse jsonb). */
  counts: ColumnType<RunCounts, string, never>
  result: ColumnType<ScanResult | null, string | null, never>
}

export interface HistoryDatabase {
  pimap_runs: RunsTable
}

const SUMMARY_COLUMNS = [
  'id',
  'job',
  'started_at',
  'finished_at',
  'status',
  'exit_code',
  'result_path',
  'error',
  'counts',
] as const

export class SqlHistoryStore implements HistoryStore {
  readonly location: string
  readonly #db: Kysely<HistoryDatabase>
  readonly #onClose: () => Promise<void>
  #closed = false

  /** Use {@link SqlHistoryStore.open}: the table must exist before the store is used. */
  private constructor(db: Kysely<HistoryDatabase>, location: string, onClose: () => Promise<void>) {
    this.#db = db
    this.location = location
    this.#onClose = onClose
  }

  /**
   * Creates the table when missing (or, with `create: false`, checks that it exists, for readers that may lack
   * the privilege) and returns the store; `onClose` runs after the kysely instance is gone.
   */
  static async open(
    db: Kysely<HistoryDatabase>,
    location: string,
    options: { onClose?: () => Promise<void>; create?: boolean } = {},
  ): Promise<SqlHistoryStore> {
    const onClose = options.onClose ?? (async () => {})
    try {
      if (options.create === false) await requireTable(db, location)
      else await createTable(db)
    } catch (error) {
      await db.destroy().catch(() => {})
      await onClose().catch(() => {})
      throw error
    }
    return new SqlHistoryStore(db, location, onClose)
  }

  async record(run: NewRun): Promise<RunSummary> {
    if (!(RUN_STATUSES as readonly string[]).includes(run.status))
      throw new ConfigError(
        `unknown run status ${JSON.stringify(run.status)}; use ${RUN_STATUSES.join(', ')}`,
      )
    const row = await this.#db
      .insertInto(RUNS_TABLE)
      .values({
        job: run.job,
        started_at: run.startedAt,
        finished_at: run.finishedAt,
        status: run.status,
        exit_code: run.exitCode,
        result_path: run.resultPath ?? null,
        error: run.error ?? null,
        counts: JSON.stringify(countResult(run.result)),
        result: run.result ? JSON.stringify(run.result) : null,
      })
      .returning(SUMMARY_COLUMNS)
      .executeTakeFirstOrThrow()
    return toSummary(row)
  }

  async list(filter: RunFilter = {}): Promise<RunSummary[]> {
    let query = this.#db.selectFrom(RUNS_TABLE).select(SUMMARY_COLUMNS)
    if (filter.job !== undefined) query = query.where('job', '=', filter.job)
    if (filter.status !== undefined) query = query.where('status', '=', filter.status)
    const rows = await query
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 50)
      .execute()
    return rows.map(toSummary)
  }

  async get(id: number): Promise<StoredRun | undefined> {
    if (!Number.isSafeInteger(id)) return undefined
    const row = await this.#db
      .selectFrom(RUNS_TABLE)
      .select([...SUMMARY_COLUMNS, 'result'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!row) return undefined
    const result = typeof row.result === 'string' ? (JSON.parse(row.result) as ScanResult) : row.result
    return { ...toSummary(row), ...(result ? { result } : {}) }
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    try {
      await this.#db.destroy()
    } finally {
      await this.#onClose()
    }
  }
}

async function requireTable(db: Kysely<HistoryDatabase>, location: string): Promise<void> {
  const { rows } = await sql<{
    name: string | null
  }>`SELECT to_regclass(${RUNS_TABLE})::text AS name`.execute(db)
  if (!rows[0]?.name)
    throw new ConfigError(
      `no pimap history in ${location}: the ${RUNS_TABLE} table does not exist yet (pimap schedule creates it)`,
    )
}

async function createTable(db: Kysely<HistoryDatabase>): Promise<void> {
  try {
    await db.schema
      .createTable(RUNS_TABLE)
      .ifNotExists()
      .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      .addColumn('job', 'text', (c) => c.notNull())
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('finished_at', 'timestamptz', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('exit_code', 'integer', (c) => c.notNull())
      .addColumn('result_path', 'text')
      .addColumn('error', 'text')
      .addColumn('counts', 'jsonb', (c) => c.notNull())
      .addColumn('result', 'jsonb')
      .execute()
    await db.schema
      .createIndex(`${RUNS_TABLE}_job_started`)
      .ifNotExists()
      .on(RUNS_TABLE)
      .columns(['job', 'started_at'])
      .execute()
  } catch (error) {
    // Two processes creating the table at once: the loser sees a duplicate catalog entry; the table exists.
    if (!isDuplicateObject(error)) throw error
  }
}

function isDuplicateObject(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === '23505' || code === '42P07'
}

function toSummary(row: {
  id: number
  job: string
  started_at: Date
  finished_at: Date
  status: string
  exit_code: number
  result_path: string | null
  error: string | null
  counts: RunCounts
}): RunSummary {
  return {
    id: Number(row.id),
    job: row.job,
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: new Date(row.finished_at).toISOString(),
    status: row.status as RunStatus,
    exitCode: row.exit_code,
    ...(row.result_path !== null ? { resultPath: row.result_path } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
    counts: typeof row.counts === 'string' ? (JSON.parse(row.counts) as RunCounts) : row.counts,
  }
}
