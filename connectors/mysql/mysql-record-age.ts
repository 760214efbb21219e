/**
 * Retention counting for MySQL and MariaDB: one read-only `SELECT COUNT(*), MIN(clock)` with the cutoff as a
 * bound parameter and the flavour's per-statement timeout, run by the connector inside `START TRANSACTION READ
 * ONLY` on its read-only pool. An index on the clock column serves both the predicate and MIN.
 *
 * Times: the cutoff is bound as a JS Date, which mysql2 writes in the local time zone of the pimap process
 * (its default `timezone: 'local'`); DATETIME and DATE values are therefore read as local times, TIMESTAMP
 * values are converted by the server from its session time zone. The oldest value is parsed the same way.
 */
import { type RawBuilder, sql } from 'kysely'
import type { ContainerRef, RecordAge } from '../../src/connector/connector.js'
import { SamplingError } from '../../src/errors.js'
import type { MysqlContainer } from './mysql-catalog.js'
import { anyPendingSql, CLOCK_TYPES, type PendingField } from './mysql-operators.js'
import { type Flavour, selectStatement } from './mysql-sample-query.js'

/** `clock < cutoff`, on the column of alias `t` (unqualified with `alias: null`). */
export function expiredSql(field: string, cutoff: Date, alias: string | null = 't'): RawBuilder<unknown> {
  return sql`${alias === null ? sql.id(field) : sql.id(alias, field)} < ${cutoff}`
}

/** Fails unless the clock column holds dates or times (an integer or text column cannot be compared safely). */
export function checkClock(container: ContainerRef, field: string): void {
  const columns = (container as Partial<MysqlContainer>).columns
  const column = columns instanceof Map ? columns.get(field) : undefined
  if (!column) throw new SamplingError(`${field} is not a column of ${container.id}`)
  if (!CLOCK_TYPES.has(column.dataType))
    throw new SamplingError(
      `${field} is ${column.dataType}, not DATE, DATETIME or TIMESTAMP: its values cannot be compared with the cutoff`,
    )
}

/** The statement: count and oldest value of the expired rows (only rows still due, with `pending`). */
export function countStatement(
  flavour: Flavour,
  timeoutMs: number,
  container: MysqlContainer,
  field: string,
  cutoff: Date,
  pending?: readonly PendingField[],
): RawBuilder<unknown> {
  const still = pending?.length ? anyPendingSql(container, pending, 't') : undefined
  const col = sql.id('t', field)
  return selectStatement({
    flavour,
    timeoutMs,
    table: container,
    exprs: [sql`count(*) as expired`, sql`cast(min(${col}) as char) as oldest`],
    where: still ? sql`${expiredSql(field, cutoff)} and ${still}` : expiredSql(field, cutoff),
  })
}

/** A DATE or DATETIME as text (`2021-01-01`, `2021-01-01 08:00:00.123456`), as a local time. */
export function parseMysqlTime(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?)?$/.exec(text.trim())
  if (!m) return undefined
  const [y, mo, d, h, mi, s, frac] = m.slice(1).map((x) => x ?? '0')
  if (Number(y) === 0 || Number(mo) === 0 || Number(d) === 0) return undefined // zero dates
  const date = new Date(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Math.floor(Number(`0.${frac}`) * 1000),
  )
  date.setFullYear(Number(y)) // years below 100 are not 19xx
  return Number.isNaN(date.getTime()) ? undefined : date
}

/**
 * With `pending` (fields an anonymize action will change), only rows that still hold personal values count:
 * once enforcement has anonymized them, records past retention are no longer a finding. A field whose
 * operator cannot be judged in SQL (hash of a non-text column, generalization of text) makes every expired
 * row count, as on PostgreSQL.
 */
export async function countOlderThan(
  run: (statement: RawBuilder<unknown>) => Promise<unknown[][]>,
  flavour: Flavour,
  timeoutMs: number,
  container: ContainerRef,
  field: string,
  cutoff: Date,
  pending?: readonly PendingField[],
): Promise<RecordAge> {
  checkClock(container, field)
  const rows = await run(
    countStatement(flavour, timeoutMs, container as MysqlContainer, field, cutoff, pending),
  )
  const row = rows[0]
  const expired = Number(row?.[0] ?? 0)
  const oldest = typeof row?.[1] === 'string' ? parseMysqlTime(row[1]) : undefined
  return { expired, ...(oldest ? { oldest } : {}) }
}
