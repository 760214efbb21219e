/** Retention counting for PostgreSQL and PGlite: one read-only COUNT/MIN with the cutoff as a bound parameter. */
import { type Kysely, sql } from 'kysely'
import type { ContainerRef, RecordAge } from '../../src/connector/connector.js'
import { SamplingError } from '../../src/errors.js'
import type { PostgresContainer } from './postgres-catalog.js'
import { describePostgresError } from './postgres-errors.js'
import { anyPendingSql, type PendingField } from './postgres-operators.js'

/**
 * With `pending` (fields an anonymize action will change), only rows that still hold personal values count:
 * once enforcement has anonymized them, records past retention are no longer a finding.
 */
export async function countOlderThan(
  db: Kysely<unknown>,
  container: ContainerRef,
  field: string,
  cutoff: Date,
  statementTimeoutMs: number,
  pending?: readonly PendingField[],
): Promise<RecordAge> {
  const types = (container as PostgresContainer).typnames ?? new Map<string, string>()
  const still = pending?.length ? anyPendingSql(types, pending, 't2') : undefined
  try {
    return await db
      .transaction()
      .setAccessMode('read only')
      .execute(async (trx) => {
        await sql`set transaction read only`.execute(trx)
        await sql`select set_config('statement_timeout', ${String(statementTimeoutMs)}, true)`.execute(trx)
        const col = sql.id(field)
        const { rows } = await sql<{ expired: string | number; oldest: Date | string | null }>`
          select count(*) as expired, min(${col}) as oldest
          from ${sql.id(container.namespace ?? 'public', container.name)} as t2
          where ${col} < ${cutoff} ${still ? sql`and ${still}` : sql``}`.execute(trx)
        const row = rows[0]
        const oldest = row?.oldest ? new Date(row.oldest) : undefined
        return { expired: Number(row?.expired ?? 0), ...(oldest ? { oldest } : {}) }
      })
  } catch (error) {
    throw new SamplingError(`cannot count expired records: ${describePostgresError(error)}`, { cause: error })
  }
}
