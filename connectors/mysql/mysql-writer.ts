/**
 * Enforcement on MySQL and MariaDB, on a separate read-write pool of one connection (scans never get it). Each
 * batch is one InnoDB transaction:
 *
 * 1. `SELECT key … WHERE clock < cutoff AND key > after [AND still pending] ORDER BY key LIMIT n FOR UPDATE`
 *    locks the batch's rows;
 * 2. delete: `DELETE … WHERE key IN (…)`; anonymize: `UPDATE … SET col = <operator> WHERE key IN (…)` for
 *    operators MySQL can compute (mask, nullify, generalize of dates, times and numbers, the same expressions
 *    as on PostgreSQL), and for the rest (hash, generalize of text) new values computed in JS with
 *    `applyOperator` and written with one `UPDATE … JOIN (SELECT ? AS k, ? AS v0 UNION ALL …)`;
 * 3. `beforeCommit` (the audit log's pending entry), then COMMIT.
 *
 * A process killed before COMMIT drops the connection and the server rolls the batch back; one killed after
 * COMMIT but before the `batch-done` entry leaves a pending entry that {@link MysqlWriter.remaining} finds with
 * nothing left in its key range. Operators are idempotent and the batch predicate skips rows they would not
 * change, so a rerun only finishes the remainder and rewrites nothing.
 *
 * Tables without a primary key (only with `--allow-no-key`) run `DELETE … LIMIT n` or `UPDATE … WHERE still
 * pending LIMIT n` (MySQL has no physical row id); operators computed in JS need a key.
 *
 * Sessions run in strict SQL mode (`STRICT_ALL_TABLES`): a value that does not fit its column fails the batch
 * instead of being silently truncated. Keys in audit entries are the key's text (`cast(… as char)`), hex for
 * binary keys; integer keys are bound back as integers so every batch is a primary-key range scan.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { BatchResult, RetentionTask, RetentionWriter } from '../../src/connector/connector.js'
import { SamplingError } from '../../src/errors.js'
import { applyOperator } from '../../src/enforce/operators.js'
import type { MysqlContainer } from './mysql-catalog.js'
import { anyPendingSql, columnType, operatorSql, type PendingField, pendingSql } from './mysql-operators.js'
import { expiredSql } from './mysql-record-age.js'

const BINARY_TYPES = new Set(['binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob'])
const DECIMAL_TYPES = new Set(['decimal', 'numeric', 'float', 'double', 'real'])

export class MysqlWriter implements RetentionWriter {
  readonly #db: Kysely<unknown>
  readonly #describe: (error: unknown) => string
  readonly #onClose: () => Promise<void>

  constructor(db: Kysely<unknown>, describe: (error: unknown) => string, onClose: () => Promise<void>) {
    this.#db = db
    this.#describe = describe
    this.#onClose = onClose
  }

  async nextBatch(
    task: RetentionTask,
    limit: number,
    after: string | undefined,
    beforeCommit: (r: BatchResult) => Promise<void> | void,
  ): Promise<BatchResult> {
    const t = table(task)
    if (task.action === 'anonymize' && task.fields.length === 0) return { processed: 0, exhausted: true }
    try {
      return await this.#db.transaction().execute(async (trx) => {
        const result =
          task.action === 'delete'
            ? await runDelete(trx, t, limit, after)
            : t.js.length > 0
              ? await runJs(trx, t, limit, after)
              : await runSql(trx, t, limit, after)
        if (result.processed > 0) await beforeCommit(result)
        return result
      })
    } catch (error) {
      if (error instanceof SamplingError) throw error
      throw new SamplingError(`enforcement on ${task.container.id} failed: ${this.#describe(error)}`, {
        cause: error,
      })
    }
  }

  async remaining(task: RetentionTask, keyFrom?: string, keyTo?: string): Promise<number> {
    const t = table(task)
    try {
      const range =
        t.key && keyFrom !== undefined && keyTo !== undefined
          ? sql`and ${t.key.col} between ${t.key.param(keyFrom)} and ${t.key.param(keyTo)}`
          : sql``
      if (task.action === 'anonymize' && !t.pending) {
        // Some operator cannot be judged in SQL: compute every row's change in JS, as the batches do.
        const { rows } = await sql<Record<string, unknown>>`select ${sql.join(valueColumns(t))}
          from ${t.ref} as t where ${t.expired} ${range}`.execute(this.#db)
        return rows.filter((row) => rowChange(t, row) !== undefined).length
      }
      const still = task.action === 'anonymize' ? sql`and ${t.pending!}` : sql``
      const { rows } = await sql<{ n: string | number }>`select count(*) as n from ${t.ref} as t
        where ${t.expired} ${range} ${still}`.execute(this.#db)
      return Number(rows[0]?.n ?? 0)
    } catch (error) {
      if (error instanceof SamplingError) throw error
      throw new SamplingError(`enforcement on ${task.container.id} failed: ${this.#describe(error)}`, {
        cause: error,
      })
    }
  }

  async close(): Promise<void> {
    await this.#onClose()
  }
}

// ------------------------------------------------------------------------------------------------- table

/** How keys are read as audit text and bound back as values. */
interface KeyCodec {
  /** The key column of alias `t`. */
  readonly col: RawBuilder<unknown>
  /** The key as text (`cast(… as char)`, hex for binary keys). */
  readonly text: (col: RawBuilder<unknown>) => RawBuilder<unknown>
  /** A key's text as a value comparable with the column (same order as ORDER BY). */
  readonly param: (text: string) => RawBuilder<unknown>
}

interface Table {
  readonly task: RetentionTask
  readonly ref: RawBuilder<unknown>
  readonly expired: RawBuilder<unknown>
  readonly key?: KeyCodec
  /** Fields MySQL computes, with their SQL expression on alias `t`. */
  readonly sql: readonly { readonly f: PendingField; readonly expr: RawBuilder<unknown> }[]
  /** Fields computed in JS. */
  readonly js: readonly PendingField[]
  /** Any field still due, in SQL; undefined when some field cannot be judged there. */
  readonly pending?: RawBuilder<unknown>
}

function table(task: RetentionTask): Table {
  const c = task.container as MysqlContainer
  const sqlFields: Table['sql'][number][] = []
  const js: PendingField[] = []
  if (task.action === 'anonymize') {
    for (const f of task.fields) {
      const expr = operatorSql(columnType(c, f.field), f, sql.id('t', f.field))
      if (expr) sqlFields.push({ f, expr })
      else js.push(f)
    }
  }
  const pending = task.action === 'anonymize' ? anyPendingSql(c, task.fields, 't') : undefined
  return {
    task,
    ref: c.namespace ? sql.id(c.namespace, c.name) : sql.id(c.name),
    expired: expiredSql(task.clockField, task.cutoff),
    ...(task.keyField ? { key: keyCodec(columnType(c, task.keyField), task.keyField) } : {}),
    sql: sqlFields,
    js,
    ...(pending ? { pending } : {}),
  }
}

function keyCodec(type: string, field: string): KeyCodec {
  const col = sql.id('t', field)
  const cast = (x: RawBuilder<unknown>) => sql`cast(${x} as char)`
  if (BINARY_TYPES.has(type)) return { col, text: (x) => sql`hex(${x})`, param: (k) => sql`unhex(${k})` }
  if (type === 'bit') return { col, text: (x) => cast(sql`${x} + 0`), param: (k) => sql`${integer(k)}` }
  if (DECIMAL_TYPES.has(type)) return { col, text: cast, param: (k) => sql`cast(${k} as decimal(65, 30))` }
  if (/int$/.test(type)) return { col, text: cast, param: (k) => sql`${integer(k)}` }
  // Text, dates, times, MariaDB UUID and INET: the server converts the text to the column's type.
  return { col, text: cast, param: (k) => sql`${k}` }
}

/** An integer key as a JS bigint (bound as an integer literal, so the primary key's range is used). */
function integer(text: string): bigint {
  if (!/^-?\d+$/.test(text)) throw new SamplingError(`not an integer key: ${JSON.stringify(text)}`)
  return BigInt(text)
}

function needKey(t: Table): KeyCodec {
  if (!t.key) throw new SamplingError('operators computed outside the database need a primary key')
  return t.key
}

// ----------------------------------------------------------------------------------------------- batches

/** Locks and returns the next batch's keys (as text), in key order. */
async function lockKeys(
  trx: Kysely<unknown>,
  t: Table,
  key: KeyCodec,
  limit: number,
  after: string | undefined,
  extra: RawBuilder<unknown> = sql``,
): Promise<string[]> {
  const afterClause = after !== undefined ? sql`and ${key.col} > ${key.param(after)}` : sql``
  const { rows } = await sql<{ k: string }>`select ${key.text(key.col)} as k from ${t.ref} as t
    where ${t.expired} ${afterClause} ${extra}
    order by ${key.col} limit ${sql.lit(Math.max(0, Math.floor(limit)))} for update`.execute(trx)
  return rows.map((r) => String(r.k))
}

function inKeys(key: KeyCodec, keys: readonly string[]): RawBuilder<unknown> {
  return sql`${key.col} in (${sql.join(keys.map((k) => key.param(k)))})`
}

function keyed(processed: number, keys: readonly string[], limit: number): BatchResult {
  if (keys.length === 0) return { processed: 0, exhausted: true }
  return {
    processed,
    keyFrom: keys[0]!,
    keyTo: keys[keys.length - 1]!,
    next: keys[keys.length - 1]!,
    exhausted: keys.length < limit,
  }
}

function affected(result: { numAffectedRows?: bigint }): number {
  return Number(result.numAffectedRows ?? 0n)
}

async function runDelete(
  trx: Kysely<unknown>,
  t: Table,
  limit: number,
  after?: string,
): Promise<BatchResult> {
  if (!t.key) {
    // Single-table syntax (the only DELETE form with LIMIT), without an alias (MySQL before 8.0.16 has none).
    const r = await sql`delete from ${t.ref} where ${expiredSql(t.task.clockField, t.task.cutoff, null)}
      limit ${sql.lit(Math.floor(limit))}`.execute(trx)
    const processed = affected(r)
    return { processed, exhausted: processed < limit }
  }
  const keys = await lockKeys(trx, t, t.key, limit, after)
  if (keys.length === 0) return { processed: 0, exhausted: true }
  // Multi-table syntax: the only DELETE form that accepts a table alias on both MySQL and MariaDB.
  await sql`delete t from ${t.ref} as t where ${inKeys(t.key, keys)} and ${t.expired}`.execute(trx)
  // The rows are locked: every key read is deleted by this transaction.
  return keyed(keys.length, keys, limit)
}

function sets(t: Table): RawBuilder<unknown>[] {
  return t.sql.map(({ f, expr }) => sql`${sql.id('t', f.field)} = ${expr}`)
}

async function runSql(trx: Kysely<unknown>, t: Table, limit: number, after?: string): Promise<BatchResult> {
  const still = t.pending ?? sql`true`
  if (!t.key) {
    const r = await sql`update ${t.ref} as t set ${sql.join(sets(t))} where ${t.expired} and ${still}
      limit ${sql.lit(Math.floor(limit))}`.execute(trx)
    const processed = affected(r)
    return { processed, exhausted: processed < limit }
  }
  const keys = await lockKeys(trx, t, t.key, limit, after, sql`and ${still}`)
  if (keys.length === 0) return { processed: 0, exhausted: true }
  await sql`update ${t.ref} as t set ${sql.join(sets(t))} where ${inKeys(t.key, keys)}`.execute(trx)
  return keyed(keys.length, keys, limit)
}

/** Select list for JS: the key, each JS field as text, and whether each SQL field is still due. */
function valueColumns(t: Table): RawBuilder<unknown>[] {
  const key = needKey(t)
  return [
    sql`${key.text(key.col)} as k`,
    ...t.js.map((f, i) => sql`cast(${sql.id('t', f.field)} as char) as ${sql.id(`v${i}`)}`),
    ...t.sql.map(
      ({ f }, i) =>
        sql`(${pendingSql(columnType(t.task.container, f.field), f, sql.id('t', f.field)) ?? sql`true`}) as ${sql.id(`p${i}`)}`,
    ),
  ]
}

/** New values of the JS fields for one row, or undefined when nothing in the row is still due. */
function rowChange(t: Table, row: Record<string, unknown>): (string | null)[] | undefined {
  let changed = t.sql.some((_, i) => Number(row[`p${i}`] ?? 0) !== 0)
  const next = t.js.map((f, i) => {
    const raw = row[`v${i}`]
    const value =
      raw === null || raw === undefined ? null : Buffer.isBuffer(raw) ? raw.toString() : String(raw)
    const out = applyOperator(f.operator, value, f.category, t.task.hashKey)
    if (out !== value) changed = true
    return out
  })
  return changed ? next : undefined
}

async function runJs(trx: Kysely<unknown>, t: Table, limit: number, after?: string): Promise<BatchResult> {
  const key = needKey(t)
  const afterClause = after !== undefined ? sql`and ${key.col} > ${key.param(after)}` : sql``
  // Where SQL can tell which rows are still due (hash of text), only those are read.
  const still = t.pending ? sql`and ${t.pending}` : sql``
  const { rows } = await sql<Record<string, unknown>>`select ${sql.join(valueColumns(t))}
    from ${t.ref} as t where ${t.expired} ${afterClause} ${still}
    order by ${key.col} limit ${sql.lit(Math.max(0, Math.floor(limit)))} for update`.execute(trx)
  if (rows.length === 0) return { processed: 0, exhausted: true }
  const changed = rows.flatMap((row) => {
    const next = rowChange(t, row)
    return next ? [{ key: String(row.k), next }] : []
  })
  if (changed.length > 0) {
    const values = changed.map(
      (c, i) =>
        sql`select ${sql.join([
          sql`${key.param(c.key)} as ${sql.id('k')}`,
          ...c.next.map((v, j) => (i === 0 ? sql`${v} as ${sql.id(`v${j}`)}` : sql`${v}`)),
        ])}`,
    )
    const jsSets = t.js.map((f, j) => sql`${sql.id('t', f.field)} = ${sql.id('v', `v${j}`)}`)
    await sql`update ${t.ref} as t join (${sql.join(values, sql` union all `)}) as v on ${key.col} = ${sql.id('v', 'k')}
      set ${sql.join([...jsSets, ...sets(t)])}`.execute(trx)
  }
  // Progress is by the rows read: rows an earlier run already processed are skipped, not rewritten.
  return {
    processed: changed.length,
    ...(changed.length > 0 ? { keyFrom: changed[0]!.key, keyTo: changed[changed.length - 1]!.key } : {}),
    next: String(rows[rows.length - 1]!.k),
    exhausted: rows.length < limit,
  }
}
