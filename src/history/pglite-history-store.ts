/** The default history: an embedded PGlite database in a directory (`pglite:./.pimap-history`). */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Kysely } from 'kysely'
import { ConfigError, ConnectionError, errorMessage } from '../errors.js'
import { acquireLock, type LockOptions } from './history-lock.js'
import type { HistoryDatabase } from './sql-history-store.js'
import { SqlHistoryStore } from './sql-history-store.js'

/** PGlite's own name for an in-memory database (tests, throwaway runs). */
export const IN_MEMORY = 'memory://'

/**
 * Opens (creating when missing) a PGlite history in `dataDir`, holding `<dataDir>.lock` until closed.
 *
 * ```ts
 * const history = await openPgliteHistoryStore('./.pimap-history')
 * console.log(await history.list({ job: 'nightly', limit: 5 }))
 * await history.close()
 * ```
 */
export async function openPgliteHistoryStore(
  dataDir: string,
  options: { lock?: LockOptions; create?: boolean } = {},
): Promise<SqlHistoryStore> {
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('kysely-pglite-dialect'),
  ])
  const inMemory = dataDir === IN_MEMORY
  // A reader must not leave an empty database behind where it looked for one.
  if (!inMemory && options.create === false && !existsSync(dataDir))
    throw new ConfigError(
      `no pimap history at ${dataDir} (pimap schedule creates it; pass --history or --config)`,
    )
  let release = async () => {}
  if (!inMemory) {
    await mkdir(dirname(dataDir), { recursive: true })
    release = await acquireLock(`${dataDir}.lock`, options.lock)
  }
  let pglite
  try {
    pglite = await (inMemory ? PGlite.create() : PGlite.create(dataDir))
  } catch (error) {
    await release()
    throw new ConnectionError(`cannot open the PGlite history ${dataDir}: ${errorMessage(error)}`, {
      cause: error,
    })
  }
  // Destroying the kysely instance closes PGlite; the lock goes after it.
  const db = new Kysely<HistoryDatabase>({ dialect: new PGliteDialect(pglite) })
  return SqlHistoryStore.open(db, `pglite:${dataDir}`, {
    onClose: release,
    ...(options.create !== undefined ? { create: options.create } : {}),
  })
}
