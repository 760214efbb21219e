/** Opens a history store from its URL: `pglite:DIR` (embedded, the default) or `postgresql://…`. */
import { isAbsolute, resolve } from 'node:path'
import { ConfigError } from '../errors.js'
import type { HistoryStore } from './history-store.js'
import type { LockOptions } from './history-lock.js'
import { IN_MEMORY } from './pglite-history-store.js'

export const HISTORY_SCHEMES = ['pglite:', 'postgres://', 'postgresql://'] as const

/** The history used when neither `--history` nor the policy names one (relative to the working directory). */
export const DEFAULT_HISTORY = 'pglite:.pimap-history'

export interface OpenHistoryOptions {
  /** PGlite lock waiting (one process at a time per directory). */
  readonly lock?: LockOptions
  /** Create the database and table when missing (default true); readers pass false. */
  readonly create?: boolean
}

export async function openHistoryStore(url: string, options: OpenHistoryOptions = {}): Promise<HistoryStore> {
  const dir = pgliteDir(url)
  if (dir !== undefined) {
    const { openPgliteHistoryStore } = await import('./pglite-history-store.js')
    return openPgliteHistoryStore(dir, options)
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const { openPostgresHistoryStore } = await import('./postgres-history-store.js')
    return openPostgresHistoryStore(url, options)
  }
  throw new ConfigError(
    `unsupported history ${JSON.stringify(url.replace(/:\/\/[^@/]*@/, '://***@'))}; use ${HISTORY_SCHEMES.map((s) => `${s}…`).join(', ')}`,
  )
}

/** Makes a relative `pglite:` directory absolute against `baseDir`; other URLs are returned as they are. */
export function resolveHistoryUrl(url: string, baseDir: string): string {
  const dir = pgliteDir(url)
  if (dir === undefined || dir === IN_MEMORY || isAbsolute(dir)) return url
  return `pglite:${resolve(baseDir, dir)}`
}

function pgliteDir(url: string): string | undefined {
  if (!/^pglite:/i.test(url)) return undefined
  const dir = url.replace(/^pglite:(\/\/)?/i, '')
  if (dir === '') throw new ConfigError('pglite: history needs a directory, e.g. pglite:./.pimap-history')
  return dir
}
