/**
 * The terminal summary: what a person reads after `pimap scan`. Grouped by container, sensitive first,
 * width-aware, coloured only when the output is a terminal.
 */
import type { FieldEntry, ScanResult } from '../src/scan-result.js'
import { groupBy } from '../src/util/group-by.js'

export interface TableOptions {
  /** ANSI colours (only on a TTY, and not when NO_COLOR is set; the CLI decides). */
  readonly color?: boolean
  /** Terminal width; long cells are cut to fit. */
  readonly width?: number
  /** Raw examples to show instead of masked ones (`--show-data`), keyed by `container\u0000field`. */
  readonly rawExamples?: ReadonlyMap<string, readonly string[]>
}

/** Containers skipped for one reason are listed one per line up to this many, then summarised. */
const SKIPPED_LISTED = 5

export function renderTable(result: ScanResult, options: TableOptions = {}): string {
  const paint = options.color ? ansi : plain
  const width = Math.max(80, options.width ?? 120)
  const out: string[] = []
  const s = result.summary
  const sourceState = result.sources.map(
    (src) => `${src.url} (${src.status === 'ok' ? paint.green('ok') : paint.red(src.status)})`,
  )
  out.push(paint.bold('pimap personal-information inventory'))
  out.push(`sources: ${sourceState.join(', ')}`)
  // A source that could not be read says why here too (progress lines may be quiet or scrolled away).
  for (const src of result.sources)
    if (src.error)
      out.push(`  ${paint.red(src.status)} ${src.url}: ${cut(src.error, width - src.url.length - 12)}`)
  out.push(
    `containers: ${s.containers.scanned} scanned, ${s.containers.skipped} skipped, ${s.containers.failed ? paint.red(`${s.containers.failed} failed`) : '0 failed'}` +
      `  ·  fields: ${paint.bold(String(s.personalFields))} personal, ${paint.red(String(s.sensitiveFields))} sensitive`,
  )
  out.push('')
  const groups = groupBy(result.fields, (f) => `${f.source}\u0000${f.container}`)
  const fieldWidth = Math.min(32, Math.max(8, ...result.fields.map((f) => f.field.length)))
  const categoryWidth = Math.min(
    34,
    Math.max(10, ...result.fields.map((f) => f.categoryLabel.length + (f.scope === 'text' ? 10 : 0))),
  )
  for (const fields of groups.values()) {
    const sensitive = fields.filter((f) => f.sensitivity === 'sensitive').length
    out.push(
      `${paint.bold(fields[0]!.container)}  ${paint.dim(`${fields.length} fields, ${sensitive} sensitive`)}`,
    )
    const ordered = [...fields].sort(
      (a, b) => rankSensitivity(a) - rankSensitivity(b) || a.field.localeCompare(b.field),
    )
    for (const f of ordered) {
      const examples = options.rawExamples?.get(`${f.container}\u0000${f.field}`) ?? f.examples
      const mark =
        f.sensitivity === 'sensitive'
          ? paint.red('S')
          : f.sensitivity === 'personal'
            ? paint.yellow('P')
            : paint.dim('-')
      const label = f.scope === 'text' ? `${f.categoryLabel} (in text)` : f.categoryLabel
      const head = `  ${mark} ${pad(f.field, fieldWidth)}  ${pad(label, categoryWidth)}  ${pad(f.confidence, 6)} `
      const rest = width - visibleLength(head) - 1
      out.push(head + paint.dim(cut(examples.join(', '), rest)))
    }
    out.push('')
  }
  if (result.fields.length === 0) out.push('No personal information found at the reported confidence.', '')
  const problems = result.coverage.filter((c) => c.status !== 'scanned')
  if (problems.length > 0) {
    out.push(paint.bold('not scanned'))
    for (const c of problems.filter((p) => p.status === 'failed'))
      out.push(
        `  ${paint.red('failed')} ${c.container}: ${cut(c.reason ?? '', width - c.container.length - 14)}`,
      )
    // Many containers skipped for one reason (an --include filter) make one line, not hundreds.
    const skipped = groupBy(
      problems.filter((p) => p.status !== 'failed'),
      (c) => c.reason ?? '',
    )
    for (const [reason, group] of skipped) {
      if (group.length <= SKIPPED_LISTED) {
        for (const c of group)
          out.push(
            `  ${paint.yellow('skipped')} ${c.container}: ${cut(reason, width - c.container.length - 14)}`,
          )
      } else {
        const some = group.slice(0, 2).map((c) => c.container)
        out.push(
          `  ${paint.yellow('skipped')} ${group.length} containers: ${cut(reason, width / 2)} (${some.join(', ')}, …; all in the JSON report)`,
        )
      }
    }
    out.push('')
  }
  out.push(
    paint.dim(
      'S = sensitive (GB/T 35273 / PIPL Art. 28), P = personal; examples are masked (--show-data shows raw ones here only)',
    ),
  )
  return `${out.join('\n')}\n`
}

function rankSensitivity(f: FieldEntry): number {
  return f.sensitivity === 'sensitive' ? 0 : f.sensitivity === 'personal' ? 1 : 2
}

function pad(text: string, n: number): string {
  const t = cut(text, n)
  return t + ' '.repeat(Math.max(0, n - displayWidth(t)))
}

function cut(text: string, n: number): string {
  if (n <= 1) return ''
  if (displayWidth(text) <= n) return text
  let out = ''
  for (const ch of text) {
    if (displayWidth(out + ch) > n - 1) break
    out += ch
  }
  return `${out}…`
}

/** CJK characters take two terminal columns. */
function displayWidth(text: string): number {
  let w = 0
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1
  return w
}

const ANSI_SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

function visibleLength(text: string): number {
  return displayWidth(text.replace(ANSI_SGR, ''))
}

type Painter = Record<'bold' | 'dim' | 'red' | 'green' | 'yellow', (s: string) => string>
const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`
const ansi: Painter = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
}
const plain: Painter = { bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, yellow: (s) => s }
