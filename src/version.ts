import { readFileSync } from 'node:fs'

/** Version of pimap, read once from package.json (works from `src/` under vitest and from `dist/src/`). */
export const PIMAP_VERSION: string = readVersion()

function readVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === 'pimap' && pkg.version) return pkg.version
    } catch {
      // try the next location
    }
  }
  return '0.0.0'
}
