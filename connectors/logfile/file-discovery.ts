/**
 * Finds the files a `file:` URL names: one file, every regular file under a directory (recursive, sorted, symlinks
 * followed but loops and duplicates skipped), or the files matching a glob. FIFOs, sockets and devices are never
 * opened (reading a FIFO would block the scan).
 */
import type { Stats } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import picomatch from 'picomatch'
import { ConnectionError } from '../../src/errors.js'
import type { FileTarget } from './file-url.js'

export interface FoundFile {
  /** Absolute path as reached from the URL (symlinks not resolved). */
  readonly path: string
  readonly size: number
  /** Why a directory under the URL could not be listed; reported as a failed container, not left out. */
  readonly error?: string
}

/** Suffix of the temporary files enforcement rewrites logs into (see logfile-writer.ts): never listed. */
export const TEMP_SUFFIX = '.pimap-enforce.tmp'

/** Directory entries visited at most (a runaway walk of `/` is a usage error, not a scan). */
const MAX_ENTRIES = 1_000_000

/** Describes a file-system error in one line, with the path. */
export function describeFsError(error: unknown, path: string): string {
  const code = (error as { code?: unknown })?.code
  switch (code) {
    case 'ENOENT':
      return `no such file or directory: ${path}`
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${path}`
    case 'ENOTDIR':
      return `not a directory: ${path}`
    case 'ELOOP':
      return `too many levels of symbolic links: ${path}`
    case 'EISDIR':
      return `is a directory: ${path}`
    default:
      return `${error instanceof Error ? error.message : String(error)} (${path})`
  }
}

/** Checks that the URL's path (or a glob's base directory) exists and can be read. */
export async function checkTarget(target: FileTarget): Promise<void> {
  const literal = await stat(target.path).catch((error: unknown) => error as Error)
  if (!(literal instanceof Error)) return
  if (!target.glob) throw new ConnectionError(describeFsError(literal, target.path))
  const base = await stat(target.base).catch((error: unknown) => error as Error)
  if (base instanceof Error) throw new ConnectionError(describeFsError(base, target.base))
  if (!base.isDirectory()) throw new ConnectionError(`not a directory: ${target.base}`)
}

/** Lists the files of a target, sorted by path. */
export async function findFiles(target: FileTarget): Promise<FoundFile[]> {
  const walker = new Walker()
  const literal = await stat(target.path).catch(() => undefined)
  if (literal) {
    if (literal.isFile()) return [{ path: target.path, size: literal.size }]
    if (literal.isDirectory()) {
      await walker.walk(target.path, literal, Infinity, () => true)
      return walker.files
    }
    throw new ConnectionError(`not a regular file or directory: ${target.path}`)
  }
  if (!target.glob) throw new ConnectionError(`no such file or directory: ${target.path}`)
  const isMatch = picomatch(target.pattern)
  // Without `**`, a pattern of N segments never needs a walk deeper than N.
  const depth = target.pattern.includes('**') ? Infinity : target.pattern.split('/').length
  const base = await stat(target.base).catch((error: unknown) => {
    throw new ConnectionError(describeFsError(error, target.base))
  })
  await walker.walk(target.base, base, depth, (path) =>
    isMatch(relative(target.base, path).split(sep).join('/')),
  )
  if (walker.files.length === 0) throw new ConnectionError(`no file matches ${target.path}`)
  return walker.files
}

class Walker {
  readonly files: FoundFile[] = []
  readonly #seen = new Set<string>()
  #entries = 0

  /**
   * Walks `dir` down to `depth` levels. Files are kept when `match` accepts them; a directory `match` accepts
   * is taken whole (`file:/var/log/app*` names directories too).
   */
  async walk(dir: string, dirStat: Stats, depth: number, match: (path: string) => boolean): Promise<void> {
    const key = `${dirStat.dev}:${dirStat.ino}`
    if (this.#seen.has(key)) return // a symlink loop, or a directory reached twice
    this.#seen.add(key)
    let names: string[]
    try {
      names = (await readdir(dir)).sort()
    } catch (error) {
      // The top directory must be readable; an unreadable subdirectory is listed so coverage shows the gap.
      if (this.#entries === 0) throw new ConnectionError(describeFsError(error, dir))
      this.files.push({ path: dir, size: 0, error: describeFsError(error, dir) })
      return
    }
    for (const name of names) {
      if (++this.#entries > MAX_ENTRIES)
        throw new ConnectionError(`more than ${MAX_ENTRIES.toLocaleString('en')} entries under ${dir}`)
      const path = join(dir, name)
      // stat follows symlinks: a link to a file is that file, a dangling link is skipped.
      const s = await stat(path).catch(() => undefined)
      if (!s) continue
      const matched = match(path)
      if (s.isFile()) {
        if (name.endsWith(TEMP_SUFFIX)) continue
        const id = `${s.dev}:${s.ino}`
        if (matched && !this.#seen.has(id)) {
          this.#seen.add(id)
          this.files.push({ path, size: s.size })
        }
      } else if (s.isDirectory()) {
        if (matched) await this.walk(path, s, Infinity, () => true)
        else if (depth > 1) await this.walk(path, s, depth - 1, match)
      }
    }
  }
}
