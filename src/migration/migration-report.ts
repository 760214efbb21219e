/**
 * Renders a migration check for people (terminal table) and machines (JSON). SARIF goes through
 * reports/sarif.ts like scan results. Pure.
 */
import { describeChange } from './migration-findings.js'
import type { MigrationCheckResult, MigrationColumn } from './migration-result.js'

export interface MigrationTableOptions {
  /** ANSI colours (the CLI decides: a TTY without NO_COLOR). */
  readonly color?: boolean
  /** Terminal width; long cells are cut to fit. */
  readonly width?: number
}

export function renderMigrationJson(result: MigrationCheckResult): string {
  return `${JSON.stringify(result, null, 2)}\n`
}

export function renderMigrationTable(
  result: MigrationCheckResult,
  options: MigrationTableOptions = {},
): string {
  const paint = options.color ? ansi : plain
  const width = Math.max(80, options.width ?? 120)
  const s = result.summary
  const out: string[] = []
  const history = s.files - s.checkedFiles
  out.push(paint.bold('pimap migration gate'))
  out.push(
    `${result.dialect}, ${s.checkedFiles} migration(s) checked${history ? ` after ${history} earlier one(s)` : ''}, ${s.statements} statement(s)` +
      `; policy: ${result.policy ? result.policy.file : 'none (sensitive fields fail)'}` +
      (result.shadow
        ? `; shadow run: ${result.shadow.statements - result.shadow.failed}/${result.shadow.statements} applied`
        : ''),
  )
  out.push('')
  // Columns that held the same category before their statement add nothing; JSON still lists them.
  const shown = result.columns.filter((c) => c.verdict !== 'not-personal' && c.verdict !== 'unchanged')
  if (shown.length === 0) {
    out.push(`No new personal fields among the ${s.columns} column(s) added or changed.`, '')
  } else {
    const rows = shown.map((c) => [
      `${c.path}:${c.line}`,
      `${c.container}.${c.column}`,
      `${c.categoryLabel ?? ''}${c.origin === 'shadow' ? ' (shadow)' : ''}`,
      c.sensitivity ?? '',
      c.verdict,
    ])
    const header = ['location', 'column', 'category', 'sensitivity', 'verdict']
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
    // Share what the terminal lacks: the location's folders go first, then the category label.
    let excess = widths.reduce((a, b) => a + b + 2, 0) - width
    for (const [i, keep] of [
      [0, 24],
      [2, 16],
      [1, 24],
    ] as const) {
      if (excess <= 0) break
      const cut = Math.min(excess, Math.max(0, widths[i]! - keep))
      widths[i]! -= cut
      excess -= cut
    }
    out.push(
      paint.dim(
        header
          .map((h, i) => pad(h.toUpperCase(), widths[i]!))
          .join('  ')
          .trimEnd(),
      ),
    )
    shown.forEach((c, k) => {
      const cells = rows[k]!.map((cell, i) =>
        pad(i === 0 ? clipStart(cell, widths[i]!) : clip(cell, widths[i]!), widths[i]!),
      )
      cells[3] = c.sensitivity === 'sensitive' ? paint.red(cells[3]!) : paint.yellow(cells[3]!)
      cells[4] = verdictColor(c, paint)(cells[4]!)
      out.push(cells.join('  ').trimEnd())
    })
    out.push('')
    const violations = shown.filter((c) => c.verdict === 'violation')
    for (const c of violations) {
      out.push(
        `${paint.red('✗')} ${c.path}:${c.line} ${c.container}.${c.column} (${describeChange(c)}): ${c.reason}`,
      )
    }
    if (violations.length) out.push('')
  }
  const warnings = result.warnings.filter((w) => w.checked || w.kind !== 'note')
  if (warnings.length > 0) {
    out.push(paint.bold('not checked statically'))
    for (const w of warnings) {
      const where = `${w.path}:${w.line}`
      const note = w.coveredByShadow ? ' (applied by the shadow run)' : w.checked ? '' : ' (history)'
      const kind = w.coveredByShadow ? paint.dim(w.kind) : paint.yellow(w.kind)
      out.push(
        `  ${kind} ${where}${note}: ${clip(w.message, Math.max(40, width - where.length - note.length - 16))}`,
      )
    }
    out.push('')
  }
  const verdict =
    s.violations > 0
      ? paint.red(`${s.violations} violation(s)`)
      : result.incomplete
        ? paint.yellow('incomplete: some statements could not be checked (see above; --shadow applies them)')
        : paint.green('passed')
  out.push(
    `${s.columns} column change(s) checked, ${s.personal} personal, ${s.sensitive} sensitive: ${verdict}`,
  )
  return `${out.join('\n')}\n`
}

function verdictColor(c: MigrationColumn, paint: Paint): (s: string) => string {
  if (c.verdict === 'violation') return paint.red
  if (c.verdict === 'declared' || c.verdict === 'unchanged') return paint.green
  return paint.dim
}

interface Paint {
  bold(s: string): string
  dim(s: string): string
  red(s: string): string
  green(s: string): string
  yellow(s: string): string
}

const plain: Paint = { bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, yellow: (s) => s }
const ansi: Paint = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  green: (s) => `\x1b[32m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length)
}

/** Keeps the end (file name and line) of a long location. */
function clipStart(s: string, n: number): string {
  return s.length <= n ? s : `…${s.slice(s.length - Math.max(1, n - 1))}`
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, Math.max(1, n - 1))}…`
}
