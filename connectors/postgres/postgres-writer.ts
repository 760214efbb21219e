/**
 * Enforcement on PostgreSQL and PGlite. Each batch is one transaction: select up to N expired keys after the
 * last one (ORDER BY key, FOR UPDATE), change or delete them, report count and key range, commit. Operators
 * that PostgreSQL can compute (mask, nullify, generalize of dates, numbers and inet) run as one set-based
 * UPDATE; the rest (hash, generalize of text) go through JS with an UPDATE … FROM (VALUES …). Operators are
 * idempotent and the SQL predicate skips rows they would not change, so a rerun after a crash only finishes
 * the remainder.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { BatchResult, RetentionTask, RetentionWriter } from '../../src/connector/connector.js'
import { SamplingError } from '../../src/errors.js'
import { applyOperator } from '../../src/enforce/operators.js'
import type { PostgresContainer } from './postgres-catalog.js'
import { describePostgresError } from './postgres-errors.js'
import { anyPendingSql, operatorSql } from './postgres-operators.js'

export class PostgresWriter implements RetentionWriter {
  readonly #db: Kysely<unknown>
  readonly #statementTimeoutMs: number
  readonly #onClose: () => Promise<void>

  constructor(db: Kysely<unknown>, statementTimeoutMs: number, onClose: () => Promise<void>) {
    this.#db = db
    this.#statementTimeoutMs = statementTimeoutMs
    this.#onClose = onClose
  }

  async nextBatch(
    task: RetentionTask,
    limit: number,
    after: string | undefined,
    beforeCommit: (r: BatchResult) => Promise<void> | void,
  ): Promise<BatchResult> {
    const t = table(task)
    try {
      return await this.#db.transaction().execute(async (trx) => {
        await sql`select set_config('statement_timeout', ${String(this.#statementTimeoutMs)}, true)`.execute(
          trx,
        )
        const result =
          task.action === 'delete'
            ? await runDelete(trx, t, task, limit, after)
            : needsJs(t, task)
              ? await runJs(trx, t, task, limit, after)
              : await runSql(trx, t, task, limit, after)
        if (result.processed > 0) await beforeCommit(result)
        return result
      })
    } catch (error) {
      throw new SamplingError(`enforcement on ${task.container.id} failed: ${describePostgresError(error)}`, {
        cause: error,
      })
    }
  }

  async remaining(task: RetentionTask, keyFrom?: string, keyTo?: string): Promise<number> {
    const t = table(task)
    const range =
      task.keyField && keyFrom !== undefined && keyTo !== undefined
        ? sql`and ${sql.id(task.keyField)} between ${cast(t, keyFrom)} and ${cast(t, keyTo)}`
        : sql``
    if (task.action === 'anonymize' && needsJs(t, task)) {
      const { rows } = await sql<
        Record<string, string | null>
      >`select ${sql.join(task.fields.map((f) => sql`${sql.id(f.field)}::text as ${sql.id(f.field)}`))} from ${t.ref} where ${expired(task)} ${range}`.execute(
        this.#db,
      )
      return rows.filter((row) =>
        task.fields.some(
          (f) =>
            applyOperator(f.operator, row[f.field] ?? null, f.category, task.hashKey) !==
            (row[f.field] ?? null),
        ),
      ).length
    }
    const needs = task.action === 'anonymize' ? sql`and (${needsPredicate(t, task)})` : sql``
    const { rows } = await sql<{
      n: string
    }>`select count(*) as n from ${t.ref} as t2 where ${expired(task)} ${range} ${needs}`.execute(this.#db)
    return Number(rows[0]?.n ?? 0)
  }

  async close(): Promise<void> {
    await this.#onClose()
  }
}

interface Table {
  readonly ref: RawBuilder<unknown>
  readonly types: ReadonlyMap<string, string>
  readonly task: RetentionTask
}

function table(task: RetentionTask): Table {
  const c = task.container as PostgresContainer
  return { ref: sql.id(c.namespace ?? 'public', c.name), types: c.typnames ?? new Map(), task }
}

function expired(task: RetentionTask): RawBuilder<unknown> {
  return sql`${sql.id(task.clockField)} < ${task.cutoff}`
}

function cast(t: Table, value: string): RawBuilder<unknown> {
  const type = t.task.keyField ? t.types.get(t.task.keyField) : undefined
  return type ? sql`cast(${value} as ${sql.id(type)})` : sql`${value}`
}

/** Batch selector: expired rows after the last key, optionally only rows an operator would still change. */
function batchKeys(
  t: Table,
  limit: number,
  after: string | undefined,
  extra: RawBuilder<unknown> = sql``,
): RawBuilder<unknown> {
  const task = t.task
  const key = task.keyField ? sql.id(task.keyField) : sql`ctid`
  const afterClause = task.keyField && after !== undefined ? sql`and ${key} > ${cast(t, after)}` : sql``
  return sql`select ${key} as k from ${t.ref} as t2 where ${expired(task)} ${afterClause} ${extra} order by ${key} limit ${sql.lit(limit)} for update`
}

function summary(keyed: boolean): RawBuilder<unknown> {
  return keyed
    ? sql`select count(*) as n, min(k)::text as first, max(k)::text as last from changed`
    : sql`select count(*) as n, null as first, null as last from changed`
}

async function runDelete(
  trx: Kysely<unknown>,
  t: Table,
  task: RetentionTask,
  limit: number,
  after?: string,
): Promise<BatchResult> {
  const key = task.keyField ? sql.id(task.keyField) : sql`ctid`
  const { rows } = await sql<{ n: string; first: string | null; last: string | null }>`
    with batch as (${batchKeys(t, limit, after)}),
    changed as (delete from ${t.ref} as t using batch where t.${key} = batch.k returning batch.k as k)
    ${summary(Boolean(task.keyField))}`.execute(trx)
  return result(rows[0], limit)
}

async function runSql(
  trx: Kysely<unknown>,
  t: Table,
  task: RetentionTask,
  limit: number,
  after?: string,
): Promise<BatchResult> {
  const key = task.keyField ? sql.id(task.keyField) : sql`ctid`
  const sets = task.fields.map(
    (f) =>
      sql`${sql.id(f.field)} = ${operatorSql(t.types.get(f.field) ?? 'text', f, sql`t.${sql.id(f.field)}`)!}`,
  )
  const { rows } = await sql<{ n: string; first: string | null; last: string | null }>`
    with batch as (${batchKeys(t, limit, after, sql`and (${needsPredicate(t, task)})`)}),
    changed as (update ${t.ref} as t set ${sql.join(sets)} from batch where t.${key} = batch.k returning batch.k as k)
    ${summary(Boolean(task.keyField))}`.execute(trx)
  return result(rows[0], limit)
}

async function runJs(
  trx: Kysely<unknown>,
  t: Table,
  task: RetentionTask,
  limit: number,
  after?: string,
): Promise<BatchResult> {
  if (!task.keyField) throw new SamplingError('operators computed outside the database need a primary key')
  const key = task.keyField
  const cols = task.fields.map((f) => sql`t.${sql.id(f.field)}::text as ${sql.id(`v_${f.field}`)}`)
  const { rows } = await sql<Record<string, string | null>>`
    with batch as (${batchKeys(t, limit, after)})
    select t.${sql.id(key)}::text as k, ${sql.join(cols)} from ${t.ref} as t join batch on t.${sql.id(key)} = batch.k
    order by t.${sql.id(key)}`.execute(trx)
  if (rows.length === 0) return { processed: 0, exhausted: true }
  const changed = rows.flatMap((row) => {
    const next = task.fields.map((f) =>
      applyOperator(f.operator, row[`v_${f.field}`] ?? null, f.category, task.hashKey),
    )
    return next.some((v, i) => v !== (row[`v_${task.fields[i]!.field}`] ?? null))
      ? [{ key: row.k!, next }]
      : []
  })
  if (changed.length > 0) {
    const values = changed.map((c) => sql`(${sql.join([c.key, ...c.next].map((v) => sql`${v}`))})`)
    const columns = ['k', ...task.fields.map((_, i) => `v${i}`)].map((c) => sql.id(c))
    const sets = task.fields.map(
      (f, i) =>
        sql`${sql.id(f.field)} = cast(v.${sql.id(`v${i}`)} as ${sql.id(t.types.get(f.field) ?? 'text')})`,
    )
    await sql`update ${t.ref} as t set ${sql.join(sets)} from (values ${sql.join(values)}) as v(${sql.join(columns)})
      where t.${sql.id(key)} = cast(v.k as ${sql.id(t.types.get(key) ?? 'text')})`.execute(trx)
  }
  // Progress is by the rows read: rows an earlier run already processed are skipped, not rewritten.
  return {
    processed: changed.length,
    ...(changed.length > 0 ? { keyFrom: changed[0]!.key, keyTo: changed[changed.length - 1]!.key } : {}),
    next: rows[rows.length - 1]!.k!,
    exhausted: rows.length < limit,
  }
}

function result(
  row: { n: string; first: string | null; last: string | null } | undefined,
  limit: number,
): BatchResult {
  const processed = Number(row?.n ?? 0)
  return {
    processed,
    ...(row?.first ? { keyFrom: row.first } : {}),
    ...(row?.last ? { keyTo: row.last, next: row.last } : {}),
    exhausted: processed < limit,
  }
}

/** Fields need JS when PostgreSQL cannot compute their operator (HMAC without pgcrypto, text generalization). */
function needsJs(t: Table, task: RetentionTask): boolean {
  return task.fields.some((f) => operatorSql(t.types.get(f.field) ?? 'text', f, sql`x`) === undefined)
}

function needsPredicate(t: Table, task: RetentionTask): RawBuilder<unknown> {
  return anyPendingSql(t.types, task.fields, 't2') ?? sql`true`
}
