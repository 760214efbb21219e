import { basename } from 'node:path'
import picomatch from 'picomatch'
import type { ContainerRef } from '../connector/connector.js'

/**
 * `--include` / `--exclude` globs. A pattern with a dot matches the full id (`public.user*`, `shop.*`); one
 * without matches the bare name (`user*`), so users need not know the schema. For files, a pattern with a slash
 * matches the path and any other pattern the file name (`*.log`, `access.log*`).
 */
export function containerFilter(
  include: readonly string[],
  exclude: readonly string[],
): (c: ContainerRef) => string | undefined {
  const compile = (patterns: readonly string[]) =>
    patterns.map((p) => {
      const isMatch = picomatch(p, { dot: true })
      return (c: ContainerRef) => {
        if (c.kind === 'file') return isMatch(p.includes('/') ? c.id : basename(c.id))
        return isMatch(p.includes('.') || p.includes('/') ? c.id : c.name)
      }
    })
  const inc = compile(include)
  const exc = compile(exclude)
  return (c) => {
    if (inc.length > 0 && !inc.some((m) => m(c))) return 'not matched by --include'
    if (exc.some((m) => m(c))) return 'matched by --exclude'
    return undefined
  }
}
