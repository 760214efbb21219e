/** A history in PostgreSQL (`postgresql://…`): shared by several schedulers and readers at once. */
import { Kysely, PostgresDialect } from 'kysely'
import { ConfigError, ConnectionError, errorMessage } from '../errors.js'
import { redactUrl } from '../util/redact-url.js'
import type { HistoryDatabase } from './sql-history-store.js'
import { SqlHistoryStore } from './sql-history-store.js'

/**
 * Opens a history in the database at `url`, creating the `pimap_runs` table when missing.
 *
 * ```ts
 * const history = await openPostgresHistoryStore('postgresql://pimap@db/pimap')
 * ```
 */
export async function openPostgresHistoryStore(
  url: string,
  options: { create?: boolean } = {},
): Promise<SqlHistoryStore> {
  const { default: pg } = await import('pg')
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000 })
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {})
  const db = new Kysely<HistoryDatabase>({ dialect: new PostgresDialect({ pool }) })
  try {
    return await SqlHistoryStore.open(db, redactUrl(url), options)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConnectionError(`cannot open the history at ${redactUrl(url)}: ${errorMessage(error)}`, {
      cause: error,
    })
  }
}
