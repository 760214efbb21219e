/**
 * What `checkMigration` returns: plain JSON (the `--format json` output), with the columns it judged, the
 * findings that fail the gate, and what it could not check.
 */
import type { Confidence, Signal } from '../classifier/detection.js'
import type { Finding } from '../findings/finding.js'
import type { Sensitivity } from '../rule/category.js'
import type { MigrationLayout } from './find-migrations.js'
import type { ColumnChange } from './migration-columns.js'
import type { SqlDialect } from './sql-lexer.js'

export const MIGRATION_RESULT_VERSION = 1

export const MIGRATION_VERDICTS = ['violation', 'declared', 'allowed', 'unchanged', 'not-personal'] as const
/**
 * `violation`: fails the gate; `declared`: personal data the table's purposes declare; `allowed`: personal
 * but not sensitive, and no policy was given; `unchanged`: the column held the same category before the
 * statement; `not-personal`: no personal category at the reported confidence.
 */
export type MigrationVerdict = (typeof MIGRATION_VERDICTS)[number]

/** One column a checked migration added or changed, with the classifier's verdict. */
export interface MigrationColumn {
  /** Migration file, relative to the working directory. */
  readonly path: string
  /** Line of the statement. */
  readonly line: number
  /** `schema.table` (`table` for MySQL without a schema). */
  readonly container: string
  readonly column: string
  /** Name before a rename. */
  readonly previousName?: string
  /** Container before the table was renamed or moved. */
  readonly previousContainer?: string
  readonly change: ColumnChange
  readonly dataType: string
  readonly comment?: string
  readonly category?: string
  readonly categoryLabel?: string
  readonly sensitivity?: Sensitivity
  readonly confidence?: Confidence
  readonly ruleId?: string
  /** Why the classifier decided so (name, comment, type, context). */
  readonly signals?: readonly Signal[]
  /** Category the column held before the statement, when it existed and held one. */
  readonly previousCategory?: string
  readonly verdict: MigrationVerdict
  /** One sentence on why. */
  readonly reason: string
  /** Purposes mapped to the table (with a policy). */
  readonly purposes?: readonly string[]
  /** `static`: read from the SQL; `shadow`: seen only after applying the migrations to a shadow database. */
  readonly origin: 'static' | 'shadow'
}

export interface MigrationFileReport {
  readonly path: string
  readonly layout: MigrationLayout
  readonly version?: string
  /** `history`: applied first for context (earlier migrations of a checked file), never judged. */
  readonly role: 'checked' | 'history'
  readonly statements: number
}

export const MIGRATION_WARNING_KINDS = ['unparsed', 'opaque', 'shadow-error', 'note'] as const

/** Something the check could not follow, with its place. */
export interface MigrationWarning {
  readonly path: string
  readonly line: number
  /**
   * `unparsed`: a table statement neither parser read; `opaque`: its columns are only known by running it;
   * `shadow-error`: the shadow database rejected it; `note`: informational.
   */
  readonly kind: (typeof MIGRATION_WARNING_KINDS)[number]
  readonly message: string
  /** True when the statement belongs to a checked migration (history warnings only affect context). */
  readonly checked: boolean
  /** The shadow run applied the statement, so its columns were checked after all. */
  readonly coveredByShadow?: boolean
}

export interface MigrationCheckResult {
  readonly schemaVersion: typeof MIGRATION_RESULT_VERSION
  readonly tool: { readonly name: 'pimap'; readonly version: string }
  readonly dialect: SqlDialect
  /** Source id policy mappings were matched with (`*`: any source). */
  readonly sourceId: string
  /** Schema for unqualified table names (undefined: MySQL without `--schema`, matched by table name). */
  readonly defaultSchema?: string
  readonly policy?: { readonly file: string; readonly purposes: number; readonly mappings: number }
  readonly files: readonly MigrationFileReport[]
  /** Every column the checked migrations added or changed, in file and line order. */
  readonly columns: readonly MigrationColumn[]
  /** Violations as findings (`migration-adds-sensitive-field`, `migration-adds-undeclared-field`). */
  readonly findings: readonly Finding[]
  readonly warnings: readonly MigrationWarning[]
  /** The shadow run, when requested. */
  readonly shadow?: { readonly statements: number; readonly failed: number }
  /**
   * Statements of checked migrations that may change columns could not be checked (see warnings). An
   * incomplete check never passes silently.
   */
  readonly incomplete: boolean
  readonly summary: {
    /** `columns`: column changes judged; `personal`/`sensitive`: those that brought a category (not `unchanged`). */
    readonly files: number
    readonly checkedFiles: number
    readonly statements: number
    readonly columns: number
    readonly personal: number
    readonly sensitive: number
    readonly violations: number
  }
}
