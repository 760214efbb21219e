/**
 * `diffResults(baseline, current)`: what changed between two scans (pure). Fields are keyed by source id,
 * container, field, scope and category; an entry whose category changed at the same source/container/field/scope
 * is a change, not a removal plus an addition. Entries the new scan could not check (its source or container
 * failed or was skipped) are listed as unverified instead of removed: a failed scan never "resolves" anything.
 *
 * ```ts
 * const diff = diffResults(yesterday, today)
 * for (const f of diff.fields.added) console.log(f.container, f.field, f.category)
 * ```
 */
import type { Confidence } from '../classifier/detection.js'
import { ConfigError } from '../errors.js'
import { type Finding, type Severity, severityRank } from '../findings/finding.js'
import type { Sensitivity } from '../rule/category.js'
import type { FieldEntry, ScanResult } from '../scan-result.js'

/** A field as the diff shows it: its key and the properties a change can be about. */
export interface DiffField {
  /** Source URL, password redacted. */
  readonly source: string
  readonly sourceId: string
  readonly container: string
  readonly field: string
  readonly scope: FieldEntry['scope']
  readonly category: string
  readonly categoryLabel: string
  readonly sensitivity: Sensitivity
  readonly confidence: Confidence
}

export const FIELD_CHANGE_KINDS = ['category', 'sensitivity', 'confidence'] as const
export type FieldChangeKind = (typeof FIELD_CHANGE_KINDS)[number]

/** The same source/container/field/scope in both scans, with something different. */
export interface FieldChange {
  readonly before: DiffField
  readonly after: DiffField
  /** What differs, in {@link FIELD_CHANGE_KINDS} order. */
  readonly changes: readonly FieldChangeKind[]
}

export interface DiffContainer {
  readonly source: string
  readonly sourceId: string
  readonly container: string
}

/** A finding as the diff shows it; identified by check id and location. */
export interface DiffFinding {
  readonly checkId: string
  readonly severity: Severity
  readonly source: string
  readonly sourceId: string
  readonly container: string
  readonly field?: string
  readonly location?: Finding['location']
  readonly message: string
}

export interface ResultDiff {
  /** When the baseline scan ran. */
  readonly baseline: { readonly startedAt: string; readonly finishedAt: string }
  /** When the compared scan ran. */
  readonly current: { readonly startedAt: string; readonly finishedAt: string }
  /**
   * Settings that differ between the scans (`sampleSize`, `minConfidence`, `idNumberIsSensitive`, `policy`):
   * some differences below may come from them rather than from the data.
   */
  readonly settingsChanged: readonly string[]
  readonly fields: {
    readonly added: readonly DiffField[]
    readonly removed: readonly DiffField[]
    readonly changed: readonly FieldChange[]
  }
  readonly containers: {
    readonly added: readonly DiffContainer[]
    readonly removed: readonly DiffContainer[]
  }
  readonly findings: { readonly new: readonly DiffFinding[]; readonly resolved: readonly DiffFinding[] }
  /** Baseline entries the new scan could not check (source or container failed or skipped, no policy). */
  readonly unverified: {
    readonly containers: readonly DiffContainer[]
    readonly fields: readonly DiffField[]
    readonly findings: readonly DiffFinding[]
  }
}

export function diffResults(baseline: ScanResult, current: ScanResult): ResultDiff {
  if (baseline.schemaVersion !== current.schemaVersion) {
    throw new ConfigError(
      `cannot compare results with schemaVersion ${String(baseline.schemaVersion)} and ${String(current.schemaVersion)}`,
    )
  }
  const checkable = verifiability(current)
  const fields = diffFields(baseline.fields, current.fields, checkable)
  const containers = diffContainers(baseline, current, checkable)
  const findings = diffFindings(baseline, current, checkable)
  return {
    baseline: { startedAt: baseline.startedAt, finishedAt: baseline.finishedAt },
    current: { startedAt: current.startedAt, finishedAt: current.finishedAt },
    settingsChanged: settingsChanged(baseline, current),
    fields: { added: fields.added, removed: fields.removed, changed: fields.changed },
    containers: { added: containers.added, removed: containers.removed },
    findings: { new: findings.new, resolved: findings.resolved },
    unverified: {
      containers: containers.unverified,
      fields: fields.unverified,
      findings: findings.unverified,
    },
  }
}

/** True when the diff shows no change at all (unverified entries aside). */
export function isEmptyDiff(diff: ResultDiff): boolean {
  return (
    diff.fields.added.length +
      diff.fields.removed.length +
      diff.fields.changed.length +
      diff.containers.added.length +
      diff.containers.removed.length +
      diff.findings.new.length +
      diff.findings.resolved.length ===
    0
  )
}

type Checkable = (sourceId: string, container: string) => boolean

/**
 * Whether the current scan can vouch for a baseline container: it scanned it, or its source was read and the
 * container is gone. A failed or skipped container, or a source that could not be read, proves nothing.
 */
function verifiability(current: ScanResult): Checkable {
  const coverage = new Map(current.coverage.map((c) => [containerKey(c.sourceId, c.container), c.status]))
  const readable = new Set(current.sources.filter((s) => s.status !== 'failed').map((s) => s.id))
  return (sourceId, container) => {
    const status = coverage.get(containerKey(sourceId, container))
    return status === undefined ? readable.has(sourceId) : status === 'scanned'
  }
}

function diffFields(before: readonly FieldEntry[], after: readonly FieldEntry[], checkable: Checkable) {
  const oldByKey = new Map(before.map((f) => [fieldKey(f), f]))
  const newByKey = new Map(after.map((f) => [fieldKey(f), f]))
  const changed: FieldChange[] = []
  // Entries without an exact match, grouped by location: a pair at one location is a category change.
  const oldLeft = new Map<string, FieldEntry[]>()
  const newLeft = new Map<string, FieldEntry[]>()
  for (const [key, f] of oldByKey) {
    const match = newByKey.get(key)
    if (match) {
      const change = compareFields(f, match)
      if (change) changed.push(change)
    } else push(oldLeft, locationKey(f), f)
  }
  for (const [key, f] of newByKey) if (!oldByKey.has(key)) push(newLeft, locationKey(f), f)
  const added: DiffField[] = []
  const removed: DiffField[] = []
  const unverified: DiffField[] = []
  for (const [location, olds] of oldLeft) {
    const news = newLeft.get(location) ?? []
    olds.sort(compareEntries)
    news.sort(compareEntries)
    olds.forEach((f, i) => {
      const replacement = news[i]
      if (replacement) changed.push(compareFields(f, replacement)!)
      else (checkable(f.sourceId, f.container) ? removed : unverified).push(toDiffField(f))
    })
    newLeft.set(location, news.slice(olds.length))
  }
  for (const news of newLeft.values()) added.push(...news.map(toDiffField))
  return {
    added: added.sort(compareEntries),
    removed: removed.sort(compareEntries),
    changed: changed.sort((a, b) => compareEntries(a.after, b.after)),
    unverified: unverified.sort(compareEntries),
  }
}

function compareFields(before: FieldEntry, after: FieldEntry): FieldChange | undefined {
  const changes = FIELD_CHANGE_KINDS.filter((k) => before[k] !== after[k])
  return changes.length > 0 ? { before: toDiffField(before), after: toDiffField(after), changes } : undefined
}

function diffContainers(baseline: ScanResult, current: ScanResult, checkable: Checkable) {
  const toContainer = (c: ScanResult['coverage'][number]): DiffContainer => ({
    source: c.source,
    sourceId: c.sourceId,
    container: c.container,
  })
  const oldKeys = new Set(baseline.coverage.map((c) => containerKey(c.sourceId, c.container)))
  const newKeys = new Set(current.coverage.map((c) => containerKey(c.sourceId, c.container)))
  const added = current.coverage.filter((c) => !oldKeys.has(containerKey(c.sourceId, c.container)))
  const gone = baseline.coverage.filter((c) => !newKeys.has(containerKey(c.sourceId, c.container)))
  return {
    added: added.map(toContainer).sort(compareContainers),
    removed: gone
      .filter((c) => checkable(c.sourceId, c.container))
      .map(toContainer)
      .sort(compareContainers),
    unverified: gone
      .filter((c) => !checkable(c.sourceId, c.container))
      .map(toContainer)
      .sort(compareContainers),
  }
}

function diffFindings(baseline: ScanResult, current: ScanResult, checkable: Checkable) {
  const oldKeys = new Set(baseline.findings.map(findingKey))
  const newKeys = new Set(current.findings.map(findingKey))
  const unique = (list: readonly Finding[]) => [...new Map(list.map((f) => [findingKey(f), f])).values()]
  const gone = unique(baseline.findings.filter((f) => !newKeys.has(findingKey(f))))
  // Without a policy the current scan evaluates nothing, so it cannot resolve a finding.
  const evaluated = (f: Finding) => current.policy !== undefined && checkable(f.sourceId, f.container)
  return {
    new: unique(current.findings.filter((f) => !oldKeys.has(findingKey(f))))
      .map(toDiffFinding)
      .sort(compareDiffFindings),
    resolved: gone.filter(evaluated).map(toDiffFinding).sort(compareDiffFindings),
    unverified: gone
      .filter((f) => !evaluated(f))
      .map(toDiffFinding)
      .sort(compareDiffFindings),
  }
}

function settingsChanged(baseline: ScanResult, current: ScanResult): string[] {
  const keys = ['sampleSize', 'minConfidence', 'idNumberIsSensitive'] as const
  const changed: string[] = keys.filter((k) => baseline.settings[k] !== current.settings[k])
  if (baseline.policy?.file !== current.policy?.file) changed.push('policy')
  return changed
}

function toDiffField(f: FieldEntry): DiffField {
  return {
    source: f.source,
    sourceId: f.sourceId,
    container: f.container,
    field: f.field,
    scope: f.scope,
    category: f.category,
    categoryLabel: f.categoryLabel,
    sensitivity: f.sensitivity,
    confidence: f.confidence,
  }
}

function toDiffFinding(f: Finding): DiffFinding {
  return {
    checkId: f.checkId,
    severity: f.severity,
    source: f.source,
    sourceId: f.sourceId,
    container: f.container,
    ...(f.field !== undefined ? { field: f.field } : {}),
    ...(f.location ? { location: f.location } : {}),
    message: f.message,
  }
}

const SEP = '\u0000'
const containerKey = (sourceId: string, container: string) => [sourceId, container].join(SEP)
const locationKey = (f: FieldEntry) => [f.sourceId, f.container, f.field, f.scope].join(SEP)
const fieldKey = (f: FieldEntry) => [locationKey(f), f.category].join(SEP)
const findingKey = (f: Finding) =>
  [f.checkId, f.sourceId, f.container, f.field ?? '', f.location?.path ?? '', f.location?.line ?? ''].join(
    SEP,
  )

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function compareContainers(a: DiffContainer, b: DiffContainer): number {
  return a.sourceId.localeCompare(b.sourceId) || a.container.localeCompare(b.container)
}

function compareEntries(a: DiffField | FieldEntry, b: DiffField | FieldEntry): number {
  return (
    compareContainers(a, b) ||
    a.field.localeCompare(b.field) ||
    a.scope.localeCompare(b.scope) ||
    a.category.localeCompare(b.category)
  )
}

function compareDiffFindings(a: DiffFinding, b: DiffFinding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    compareContainers(a, b) ||
    (a.field ?? '').localeCompare(b.field ?? '') ||
    (a.location?.path ?? '').localeCompare(b.location?.path ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0)
  )
}
