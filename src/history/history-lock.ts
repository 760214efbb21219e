/**
 * A lock file next to a PGlite history directory. PGlite has no postmaster: two processes opening the same
 * directory would each run their own PostgreSQL on it and corrupt it, so opening waits for the lock.
 */
import { open, readFile, unlink } from 'node:fs/promises'
import { ConnectionError, errorMessage } from '../errors.js'

export interface LockOptions {
  /** How long to wait for another holder, ms (default 30,000). */
  readonly timeoutMs?: number
  /** Retry interval, ms (default 100). */
  readonly pollMs?: number
}

/** Takes the lock (waiting while a live process holds it) and returns its release function. */
export async function acquireLock(path: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  for (;;) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(`${process.pid}\n`, 'utf8')
      await handle.close()
      return () => unlink(path).catch(() => {})
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ConnectionError(`cannot create lock file ${path}: ${errorMessage(error)}`, { cause: error })
      }
    }
    const holder = await readHolder(path)
    if (holder !== undefined && !isAlive(holder)) {
      // Left behind by a process that died: take it over.
      await unlink(path).catch(() => {})
      continue
    }
    if (Date.now() >= deadline) {
      throw new ConnectionError(
        `${path} is held by process ${holder ?? '(unknown)'}; a PGlite history is used by one process at a time (use a postgresql:// history to share it)`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100))
  }
}

async function readHolder(path: string): Promise<number | undefined> {
  const text = await readFile(path, 'utf8').catch(() => '')
  const pid = Number.parseInt(text, 10)
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

/** Signal 0 only checks that the process exists; EPERM means it exists under another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
