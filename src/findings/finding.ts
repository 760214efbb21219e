/** Policy findings: what breaks the privacy policy, with counts as evidence and never values. */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface Finding {
  /** Stable check id (`retention-exceeded`); SARIF rule id `pimap/<checkId>`. */
  readonly checkId: string
  /** Which message of the check (tests assert this, not the text). */
  readonly messageId: string
  readonly severity: Severity
  readonly source: string
  readonly sourceId: string
  readonly container: string
  readonly field?: string
  /** Rendered message. */
  readonly message: string
  /** Counts and ages, never values. */
  readonly evidence: Readonly<Record<string, string | number | boolean>>
  /** What to do about it. */
  readonly recommendation: string
  /** Physical location where one exists (log file line, migration line). */
  readonly location?: { readonly path: string; readonly line?: number }
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s)
}

/** Deterministic order: most severe first, then location. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    a.source.localeCompare(b.source) ||
    a.container.localeCompare(b.container) ||
    (a.field ?? '').localeCompare(b.field ?? '')
  )
}
