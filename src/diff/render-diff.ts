/** Renders a {@link ResultDiff} as a terminal listing, JSON or Markdown (pure). */
import type { DiffContainer, DiffField, DiffFinding, FieldChange, ResultDiff } from './diff-results.js'

export const DIFF_FORMATS = ['table', 'json', 'md'] as const
export type DiffFormat = (typeof DIFF_FORMATS)[number]

export function renderDiff(diff: ResultDiff, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`
  return format === 'md' ? renderMarkdown(diff) : renderText(diff)
}

/** One line: counts of everything that changed. */
export function diffSummary(diff: ResultDiff): string {
  const { fields, containers, findings } = diff
  const sensitive = fields.added.filter((f) => f.sensitivity === 'sensitive').length
  return [
    `fields: ${fields.added.length} added${sensitive ? ` (${sensitive} sensitive)` : ''}, ${fields.removed.length} removed, ${fields.changed.length} changed`,
    `containers: ${containers.added.length} added, ${containers.removed.length} removed`,
    `findings: ${findings.new.length} new, ${findings.resolved.length} resolved`,
  ].join('; ')
}

export function describeField(f: DiffField): string {
  return `${f.sourceId} ${f.container}.${f.field}${f.scope === 'text' ? ' (in text)' : ''}`
}

function describeChange(c: FieldChange): string {
  return c.changes
    .map((k) =>
      k === 'category' ? `${c.before.category} → ${c.after.category}` : `${c.before[k]} → ${c.after[k]}`,
    )
    .join(', ')
}

function describeFinding(f: DiffFinding): string {
  const where = [f.sourceId, f.container && `${f.container}${f.field ? `.${f.field}` : ''}`]
  if (f.location) where.push(`${f.location.path}${f.location.line ? `:${f.location.line}` : ''}`)
  return `[${f.severity}] ${f.checkId} ${where.filter(Boolean).join(' ')}: ${f.message}`
}

const describeContainer = (c: DiffContainer) => `${c.sourceId} ${c.container}`
const fieldDetails = (f: DiffField) => `${f.category} (${f.sensitivity}, ${f.confidence})`

function renderText(diff: ResultDiff): string {
  const lines = [`Baseline ${diff.baseline.startedAt} → current ${diff.current.startedAt}`, diffSummary(diff)]
  if (diff.settingsChanged.length > 0)
    lines.push(`Note: settings differ (${diff.settingsChanged.join(', ')}); some changes may come from them`)
  const section = (title: string, items: readonly string[]) => {
    if (items.length > 0) lines.push('', title, ...items.map((i) => `  ${i}`))
  }
  section(
    'Added fields',
    diff.fields.added.map((f) => `+ ${describeField(f)}  ${fieldDetails(f)}`),
  )
  section(
    'Removed fields',
    diff.fields.removed.map((f) => `- ${describeField(f)}  ${fieldDetails(f)}`),
  )
  section(
    'Changed fields',
    diff.fields.changed.map((c) => `~ ${describeField(c.after)}  ${describeChange(c)}`),
  )
  section(
    'Added containers',
    diff.containers.added.map((c) => `+ ${describeContainer(c)}`),
  )
  section(
    'Removed containers',
    diff.containers.removed.map((c) => `- ${describeContainer(c)}`),
  )
  section(
    'New findings',
    diff.findings.new.map((f) => `+ ${describeFinding(f)}`),
  )
  section(
    'Resolved findings',
    diff.findings.resolved.map((f) => `- ${describeFinding(f)}`),
  )
  const { unverified } = diff
  const unchecked = unverified.containers.length + unverified.fields.length + unverified.findings.length
  if (unchecked > 0) {
    lines.push(
      '',
      `Not verified (the current scan could not read them): ${unverified.containers.length} container(s), ${unverified.fields.length} field(s), ${unverified.findings.length} finding(s)`,
    )
  }
  return `${lines.join('\n')}\n`
}

function renderMarkdown(diff: ResultDiff): string {
  const out = [
    '# pimap: changes since the baseline',
    '',
    `Baseline ${diff.baseline.startedAt} → current ${diff.current.startedAt}. ${escape(diffSummary(diff))}.`,
  ]
  if (diff.settingsChanged.length > 0)
    out.push('', `> Settings differ (${diff.settingsChanged.join(', ')}); some changes may come from them.`)
  const table = (title: string, head: readonly string[], rows: readonly (readonly string[])[]) => {
    if (rows.length === 0) return
    out.push('', `## ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`)
    for (const row of rows) out.push(`| ${row.map(escape).join(' | ')} |`)
  }
  const fieldHead = ['Source', 'Container', 'Field', 'Category', 'Sensitivity', 'Confidence']
  const fieldRow = (f: DiffField) => [
    f.sourceId,
    f.container,
    fieldName(f),
    f.category,
    f.sensitivity,
    f.confidence,
  ]
  table('Added fields', fieldHead, diff.fields.added.map(fieldRow))
  table('Removed fields', fieldHead, diff.fields.removed.map(fieldRow))
  table(
    'Changed fields',
    ['Source', 'Container', 'Field', 'Change'],
    diff.fields.changed.map((c) => [
      c.after.sourceId,
      c.after.container,
      fieldName(c.after),
      describeChange(c),
    ]),
  )
  const containerRow = (c: DiffContainer) => [c.sourceId, c.container]
  table('Added containers', ['Source', 'Container'], diff.containers.added.map(containerRow))
  table('Removed containers', ['Source', 'Container'], diff.containers.removed.map(containerRow))
  const findingRow = (f: DiffFinding) => [
    f.severity,
    f.checkId,
    `${f.sourceId} ${f.container}${f.field ? `.${f.field}` : ''}`,
    f.message,
  ]
  const findingHead = ['Severity', 'Check', 'Location', 'Message']
  table('New findings', findingHead, diff.findings.new.map(findingRow))
  table('Resolved findings', findingHead, diff.findings.resolved.map(findingRow))
  const { unverified } = diff
  if (unverified.containers.length + unverified.fields.length + unverified.findings.length > 0) {
    out.push(
      '',
      `Not verified (the current scan could not read them): ${unverified.containers.length} container(s), ${unverified.fields.length} field(s), ${unverified.findings.length} finding(s).`,
    )
  }
  return `${out.join('\n')}\n`
}

const fieldName = (f: DiffField) => (f.scope === 'text' ? `${f.field} (in text)` : f.field)

function escape(text: string): string {
  return text.replace(/[\\|*_`<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ')
}
