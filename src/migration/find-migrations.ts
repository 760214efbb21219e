/**
 * Finds migration files and puts them in the order a migration tool would apply them. Layouts:
 *
 * - Flyway: `V1__init.sql`, `V1.2__x.sql`, `V1_3__y.sql` by version, then repeatable `R__z.sql` by name
 *   (undo scripts `U1__x.sql` are skipped);
 * - golang-migrate: `0001_init.up.sql` by version (`.down.sql` skipped);
 * - Prisma: `migrations/20240101120000_name/migration.sql` by folder;
 * - plain `.sql` files (and Diesel's `up.sql`; `down.sql` skipped), in natural order (`2_x` before `10_x`).
 *
 * A directory is checked whole. A file is checked with its history: the migrations before it in the same
 * folder (for Prisma, the `migrations` folder) are applied first, for context only.
 */
import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, relative, resolve, sep } from 'node:path'
import { ConfigError } from '../errors.js'

export const MIGRATION_LAYOUTS = ['flyway', 'golang-migrate', 'prisma', 'plain'] as const
export type MigrationLayout = (typeof MIGRATION_LAYOUTS)[number]

export interface MigrationFile {
  /** Absolute path. */
  readonly path: string
  /** Path relative to the working directory, with `/` separators (as reports and SARIF show it). */
  readonly relativePath: string
  readonly layout: MigrationLayout
  /** Version from the name (Flyway `1.2`, golang-migrate `0001`, Prisma timestamp). */
  readonly version?: string
  /** `history`: earlier migrations of a checked file, applied for context and never judged. */
  readonly role: 'checked' | 'history'
}

/** How deep a directory is searched (Prisma needs one level; nested Flyway folders a few). */
const MAX_DEPTH = 4
const FLYWAY = /^([VR])(\d+(?:[._]\d+)*)?__.+\.sql$/i
const FLYWAY_UNDO = /^U\d+(?:[._]\d+)*__.+\.sql$/i
const GOLANG_MIGRATE = /^(\d+)_.+\.up\.sql$/i
const PRISMA_FOLDER = /^(\d+)_/

export async function findMigrations(inputs: readonly string[], cwd: string): Promise<MigrationFile[]> {
  if (inputs.length === 0) throw new ConfigError('no migration files or directories given')
  const roots: { root: string; checked: Set<string>; whole: boolean }[] = []
  const rootOf = (root: string) => {
    let entry = roots.find((r) => r.root === root)
    if (!entry) roots.push((entry = { root, checked: new Set(), whole: false }))
    return entry
  }
  for (const input of inputs) {
    const path = resolve(cwd, input)
    const info = await stat(path).catch(() => undefined)
    if (!info) throw new ConfigError(`no such file or directory: ${input}`)
    if (info.isDirectory()) {
      const files = await listMigrations(path)
      if (files.length === 0) throw new ConfigError(`no migrations (*.sql) found in ${input}`)
      const entry = rootOf(path)
      entry.whole = true
      for (const f of files) entry.checked.add(f)
    } else if (isMigrationFile(basename(path))) {
      rootOf(migrationRoot(path)).checked.add(path)
    }
    // Down and undo migrations given by name (a `git diff` of the folder lists them too) are skipped.
  }
  if (roots.length === 0)
    throw new ConfigError(`no migrations among ${inputs.join(', ')} (down and undo files are skipped)`)
  const seen = new Set<string>()
  const out: MigrationFile[] = []
  for (const { root, checked, whole } of roots) {
    const all = whole ? [...checked] : await listMigrations(root)
    const ordered = sortMigrations(all, root)
    const firstChecked = ordered.findIndex((f) => checked.has(f))
    ordered.forEach((path, i) => {
      const role = checked.has(path) ? 'checked' : i < firstChecked ? 'history' : undefined
      if (!role || seen.has(path)) return
      seen.add(path)
      out.push(describe(path, cwd, role))
    })
  }
  // History first, so every checked migration sees the schema built before it.
  return [...out.filter((f) => f.role === 'history'), ...out.filter((f) => f.role === 'checked')]
}

/** The folder whose migrations come before a file: its own, or for Prisma the `migrations` folder. */
function migrationRoot(file: string): string {
  const dir = dirname(file)
  return basename(file) === 'migration.sql' && PRISMA_FOLDER.test(basename(dir)) ? dirname(dir) : dir
}

async function listMigrations(dir: string, depth = 0): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const out: string[] = []
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue
    const path = resolve(dir, e.name)
    if (e.isDirectory()) {
      if (depth < MAX_DEPTH) out.push(...(await listMigrations(path, depth + 1)))
    } else if (e.isFile() && isMigrationFile(e.name)) out.push(path)
  }
  return out
}

function isMigrationFile(name: string): boolean {
  const lower = name.toLowerCase()
  if (!lower.endsWith('.sql')) return false
  if (lower === 'down.sql' || lower.endsWith('.down.sql') || FLYWAY_UNDO.test(name)) return false
  return true
}

function describe(path: string, cwd: string, role: MigrationFile['role']): MigrationFile {
  const name = basename(path)
  const relativePath = relative(cwd, path).split(sep).join('/')
  const flyway = FLYWAY.exec(name)
  if (flyway) {
    return {
      path,
      relativePath,
      layout: 'flyway',
      ...(flyway[2] ? { version: flyway[2].replaceAll('_', '.') } : {}),
      role,
    }
  }
  const golang = GOLANG_MIGRATE.exec(name)
  if (golang) return { path, relativePath, layout: 'golang-migrate', version: golang[1]!, role }
  const prisma = name === 'migration.sql' ? PRISMA_FOLDER.exec(basename(dirname(path))) : null
  if (prisma) return { path, relativePath, layout: 'prisma', version: prisma[1]!, role }
  return { path, relativePath, layout: 'plain', role }
}

/** Flyway versioned files by version, then repeatable ones; everything else in natural order. */
export function sortMigrations(paths: readonly string[], root: string): string[] {
  const key = (p: string) => {
    const flyway = FLYWAY.exec(basename(p))
    return {
      p,
      rel: relative(root, p).split(sep).join('/'),
      kind: flyway ? (flyway[1]!.toUpperCase() === 'V' && flyway[2] ? 0 : 1) : 2,
      version: flyway?.[2]?.split(/[._]/).map(Number) ?? [],
    }
  }
  return paths
    .map(key)
    .sort((a, b) => {
      if (a.kind === 0 && b.kind === 0)
        return compareVersions(a.version, b.version) || naturalCompare(a.rel, b.rel)
      if (a.kind < 2 && b.kind < 2 && a.kind !== b.kind) return a.kind - b.kind
      return naturalCompare(a.rel, b.rel)
    })
    .map((k) => k.p)
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** `2_x` before `10_x`; digit runs compare as numbers (any length), the rest case-insensitively. */
export function naturalCompare(a: string, b: string): number {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? []
  const ca = chunks(a)
  const cb = chunks(b)
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!
    const y = cb[i]!
    const digits = /^\d/.test(x) && /^\d/.test(y)
    if (digits) {
      const nx = x.replace(/^0+(?=\d)/, '')
      const ny = y.replace(/^0+(?=\d)/, '')
      if (nx.length !== ny.length) return nx.length - ny.length
      if (nx !== ny) return nx < ny ? -1 : 1
    } else {
      const lx = x.toLowerCase()
      const ly = y.toLowerCase()
      if (lx !== ly) return lx < ly ? -1 : 1
    }
  }
  return ca.length - cb.length || (a < b ? -1 : a > b ? 1 : 0)
}
