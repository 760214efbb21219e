/**
 * `file:` source URLs: `file:/abs/path`, `file:./relative`, `file:relative`, `file:~/logs`, `file:///abs` and
 * `file://localhost/abs` (percent-escapes decoded only in these two URL forms, so `file:/logs/100%.log` stays
 * literal), each naming a file, a directory or a glob (`file:/var/log/app/*.log*`).
 */
import { homedir } from 'node:os'
import { isAbsolute, resolve } from 'node:path'
import picomatch from 'picomatch'
import { ConnectionError } from '../../src/errors.js'

export interface FileTarget {
  /** The URL as given. */
  readonly url: string
  /** Absolute path (or absolute glob pattern). */
  readonly path: string
  /** The path has glob characters (`*`, `?`, `[…]`, `{…}`). A literal path that exists wins over a glob. */
  readonly glob: boolean
  /** Directory to walk for a glob, and the pattern relative to it. */
  readonly base: string
  readonly pattern: string
}

export function parseFileUrl(url: string, cwd = process.cwd()): FileTarget {
  if (!/^file:/i.test(url)) throw new ConnectionError(`not a file URL: ${url}`)
  let path = url.slice(5)
  if (path.startsWith('//')) {
    const rest = path.slice(2)
    const slash = rest.indexOf('/')
    const host = slash < 0 ? rest : rest.slice(0, slash)
    if (host !== '' && host.toLowerCase() !== 'localhost')
      throw new ConnectionError(`file URL names a remote host "${host}": ${url}`)
    path = slash < 0 ? '' : rest.slice(slash)
    if (/%[0-9a-f]{2}/i.test(path)) {
      try {
        path = decodeURIComponent(path)
      } catch {
        throw new ConnectionError(`invalid percent-encoding in file URL: ${url}`)
      }
    }
  }
  if (path === '') throw new ConnectionError(`file URL has no path: ${url}`)
  if (path === '~' || path.startsWith('~/')) path = homedir() + path.slice(1)
  const absolute = isAbsolute(path) ? resolve(path) : resolve(cwd, path)
  const scanned = picomatch.scan(absolute)
  const glob = scanned.isGlob
  return {
    url,
    path: absolute,
    glob,
    base: glob ? scanned.base || '/' : absolute,
    pattern: glob ? scanned.glob : '',
  }
}
