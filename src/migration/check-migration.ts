/**
 * `checkMigration()`: the migration gate. Finds the migrations, reads them statement by statement, follows the
 * schema they build, classifies every column the checked migrations add or change (by name, comment and type,
 * with the same rules and classifier as `scan`), judges it against the policy, and optionally confirms the
 * result by applying the migrations to a shadow PGlite database.
 *
 * ```ts
 * import { checkMigration } from 'pimap'
 * const result = await checkMigration({ paths: ['db/migrations'], dialect: 'postgres' })
 * if (result.findings.length > 0) process.exitCode = 1
 * ```
 */
import { readFile } from 'node:fs/promises'
import { findCategory as builtinFindCategory } from '../../rules/categories.js'
import { builtinRules } from '../../rules/index.js'
import type { Confidence } from '../classifier/detection.js'
import { NameIndex } from '../classifier/match-name.js'
import { ConfigError, errorMessage } from '../errors.js'
import type { Policy } from '../policy/load-policy.js'
import type { Category, SensitivityOptions } from '../rule/category.js'
import type { Rule } from '../rule/rule.js'
import { PIMAP_VERSION } from '../version.js'
import { findMigrations, type MigrationFile } from './find-migrations.js'
import { judgeColumns } from './judge-columns.js'
import { type ColumnEvent, SchemaModel } from './migration-columns.js'
import { migrationFindings } from './migration-findings.js'
import { ANY_SOURCE } from './migration-policy.js'
import {
  MIGRATION_RESULT_VERSION,
  type MigrationCheckResult,
  type MigrationColumn,
  type MigrationFileReport,
  type MigrationWarning,
} from './migration-result.js'
import { type AstParser, parseStatement } from './parse-statement.js'
import { runShadow, statementKey } from './shadow-schema.js'
import { splitStatements } from './split-statements.js'
import { SQL_DIALECTS, type SqlDialect } from './sql-lexer.js'

export interface CheckMigrationOptions {
  /** Migration files and directories (see find-migrations.ts for layouts and history). */
  readonly paths: readonly string[]
  /** Directory paths are resolved against and reported relative to (default process.cwd()). */
  readonly cwd?: string
  readonly dialect: SqlDialect
  /** A loaded policy: violations are fields its purposes do not declare. Without it, sensitive fields. */
  readonly policy?: Policy
  /** Source id for policy mappings; default `*` (any source). */
  readonly sourceId?: string
  /** Schema of unqualified tables; default `public` for PostgreSQL, none for MySQL. */
  readonly schema?: string
  /** Also apply the migrations to a shadow PGlite database (PostgreSQL only). */
  readonly shadow?: boolean
  /** Lowest confidence that counts (default: the policy's, else `medium`). */
  readonly minConfidence?: Confidence
  /** Default: the policy's `scan.idNumberIsSensitive`. */
  readonly sensitivity?: SensitivityOptions
  readonly now?: Date
  /** Rules (default: built-in rules plus the policy's custom rules). */
  readonly rules?: readonly Rule[]
  readonly findCategory?: (id: string) => Category | undefined
  /** node-sql-parser stand-in (tests). */
  readonly parser?: AstParser
}

export async function checkMigration(options: CheckMigrationOptions): Promise<MigrationCheckResult> {
  const { dialect, policy } = options
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect)) {
    throw new ConfigError(`unknown dialect ${JSON.stringify(dialect)}; use ${SQL_DIALECTS.join(' or ')}`, {
      location: '--dialect',
    })
  }
  if (options.shadow && dialect !== 'postgres') {
    throw new ConfigError(
      'the shadow database is PGlite (PostgreSQL): use --shadow with --dialect postgres',
      {
        location: '--shadow',
      },
    )
  }
  const cwd = options.cwd ?? process.cwd()
  const sourceId = options.sourceId ?? ANY_SOURCE
  const defaultSchema = options.schema ?? (dialect === 'postgres' ? 'public' : undefined)
  const files = await findMigrations(options.paths, cwd)
  const sources = await Promise.all(files.map((f) => readSource(f)))

  const model = new SchemaModel({ dialect, ...(defaultSchema ? { defaultSchema } : {}) })
  const events: ColumnEvent[] = []
  const warnings: MigrationWarning[] = []
  /** Checked statements static reading could not follow: covered only if the shadow run applies them. */
  const uncovered = new Set<string>()
  const reports: MigrationFileReport[] = []
  let statementCount = 0
  files.forEach((file, i) => {
    const checked = file.role === 'checked'
    const statements = splitStatements(sources[i]!, dialect)
    statementCount += statements.length
    for (const stmt of statements) {
      const location = { path: file.relativePath, line: stmt.line }
      const parsed = parseStatement(stmt.text, dialect, options.parser)
      const problems: { kind: MigrationWarning['kind']; message: string }[] = []
      if (parsed.parser === 'unparsed')
        problems.push({ kind: 'unparsed', message: `not understood: ${parsed.problem}` })
      if (parsed.parser === 'opaque')
        problems.push({ kind: 'opaque', message: parsed.problem ?? 'opaque statement' })
      const applied = model.apply(parsed.changes, location, checked)
      events.push(...applied.events)
      for (const message of applied.problems) problems.push({ kind: 'opaque', message })
      for (const p of problems) {
        warnings.push({ ...location, ...p, checked })
        if (checked) uncovered.add(statementKey(location.path, location.line))
      }
    }
    reports.push({
      path: file.relativePath,
      layout: file.layout,
      ...(file.version ? { version: file.version } : {}),
      role: file.role,
      statements: statements.length,
    })
  })

  const judge = {
    rules: options.rules ?? [...builtinRules, ...(policy?.customRules ?? [])],
    findCategory: options.findCategory ?? builtinFindCategory,
    sensitivity: options.sensitivity ?? { idNumberIsSensitive: policy?.scan.idNumberIsSensitive !== false },
    now: options.now ?? new Date(),
    minConfidence: options.minConfidence ?? policy?.scan.minConfidence ?? 'medium',
    ...(policy ? { policy } : {}),
    sourceId,
  }
  const nameIndex = new NameIndex(judge.rules)
  const columns: MigrationColumn[] = judgeColumns(events, 'static', { ...judge, nameIndex })

  let shadow: MigrationCheckResult['shadow']
  if (options.shadow) {
    const run = await runShadow(
      files.map((f, i) => ({ relativePath: f.relativePath, role: f.role, source: sources[i]! })),
    )
    shadow = { statements: run.statements, failed: run.failed }
    warnings.forEach((w, i) => {
      if (w.checked && run.applied.has(statementKey(w.path, w.line)))
        warnings[i] = { ...w, coveredByShadow: true }
    })
    warnings.push(...run.warnings)
    for (const key of run.applied) uncovered.delete(key)
    // Static reading keeps its lines and verdicts; the shadow run adds the columns it alone saw.
    const known = new Set(columns.map((c) => `${c.container}\u0000${c.column}`))
    for (const c of judgeColumns(run.events, 'shadow', { ...judge, nameIndex })) {
      const key = `${c.container}\u0000${c.column}`
      if (known.has(key)) continue
      known.add(key)
      columns.push(c)
    }
  }

  const order = new Map(files.map((f, i) => [f.relativePath, i]))
  columns.sort(
    (a, b) =>
      order.get(a.path)! - order.get(b.path)! ||
      a.line - b.line ||
      a.container.localeCompare(b.container) ||
      a.column.localeCompare(b.column),
  )
  warnings.sort((a, b) => order.get(a.path)! - order.get(b.path)! || a.line - b.line)
  const findings = migrationFindings(columns, policy !== undefined, sourceId)
  // Columns re-touched without changing their category (a comment on a new column) count once.
  const personal = columns.filter((c) => c.sensitivity !== undefined && c.verdict !== 'unchanged')
  return {
    schemaVersion: MIGRATION_RESULT_VERSION,
    tool: { name: 'pimap', version: PIMAP_VERSION },
    dialect,
    sourceId,
    ...(defaultSchema ? { defaultSchema } : {}),
    ...(policy
      ? { policy: { file: policy.file, purposes: policy.purposes.length, mappings: policy.mappings.length } }
      : {}),
    files: reports,
    columns,
    findings,
    warnings,
    ...(shadow ? { shadow } : {}),
    incomplete: uncovered.size > 0,
    summary: {
      files: files.length,
      checkedFiles: files.filter((f) => f.role === 'checked').length,
      statements: statementCount,
      columns: columns.length,
      personal: personal.length,
      sensitive: personal.filter((c) => c.sensitivity === 'sensitive').length,
      violations: findings.length,
    },
  }
}

async function readSource(file: MigrationFile): Promise<string> {
  try {
    return await readFile(file.path, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read migration ${file.relativePath}: ${errorMessage(error)}`, {
      cause: error,
    })
  }
}
