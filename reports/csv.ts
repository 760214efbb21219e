/**
 * Record-of-processing-activities export (PIPL Art. 54/55 style inventory): one row per classified field, as
 * RFC 4180 CSV (CRLF line ends, quoted where needed) in UTF-8 with a byte-order mark so Excel reads the Chinese
 * labels correctly. Values come from scanned databases, so cells that a spreadsheet would run as a formula get
 * a leading apostrophe (OWASP "CSV injection").
 *
 * Purposes and legal basis come from `result.processing` (the policy's mappings for the field's container) and
 * retention from `result.retention`; without a policy those columns stay empty.
 */
import { findCategory } from '../rules/categories.js'
import type { RetentionStatus } from '../src/policy/policy-context.js'
import type { FieldEntry, ScanResult } from '../src/scan-result.js'

export const CSV_COLUMNS = [
  'Source',
  'Container',
  'Field',
  'Category',
  'Category (zh)',
  'Category (en)',
  'Sensitivity',
  'Confidence',
  'Purposes',
  'Legal basis',
  'Retention',
  'Location',
] as const

export function renderCsv(result: ScanResult): string {
  const retention = new Map(result.retention.map((r) => [`${r.sourceId}\u0000${r.container}`, r]))
  const processing = new Map((result.processing ?? []).map((p) => [`${p.sourceId}\u0000${p.container}`, p]))
  const rows: string[][] = [[...CSV_COLUMNS]]
  for (const f of result.fields) {
    const category = findCategory(f.category)
    const purposes = processing.get(`${f.sourceId}\u0000${f.container}`)?.purposes
    rows.push([
      f.source,
      f.container,
      f.field,
      f.category,
      category?.labelZh ?? '',
      category?.label ?? f.categoryLabel,
      f.sensitivity,
      f.confidence,
      purposes?.map((p) => p.id).join('; ') ?? '',
      [...new Set(purposes?.map((p) => p.legalBasis))].join('; '),
      describeRetention(retention.get(`${f.sourceId}\u0000${f.container}`)),
      location(f),
    ])
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** `P3Y from transaction_completed, anonymize (purpose order_fulfilment); 491 record(s) past cutoff 2023-11-23`. */
function describeRetention(r: RetentionStatus | undefined): string {
  if (!r) return ''
  const held = r.held ? `; legal hold: ${r.held}` : ''
  return `${r.duration} from ${r.from}, ${r.action} (${r.origin}); ${r.expired} record(s) past cutoff ${r.cutoff.slice(0, 10)}${held}`
}

/** The logical location policies match on (`<source id>:<container>`), plus the field and log lines. */
function location(f: FieldEntry): string {
  const lines = f.lines?.length ? ` (lines ${f.lines.join(', ')})` : ''
  return `${f.sourceId}:${f.container}.${f.field}${lines}`
}

/** One RFC 4180 cell, neutralised against formula injection. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
