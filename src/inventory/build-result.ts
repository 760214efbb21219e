/** Assembles the JSON result from per-source scans. Pure. */
import { CONFIDENCES, type Confidence } from '../classifier/detection.js'
import type { SourceScan } from '../sampler/scan-source.js'
import type { Category } from '../rule/category.js'
import { type CoverageEntry, type FieldEntry, type ScanResult, SCHEMA_VERSION } from '../scan-result.js'

export interface BuildResultInput {
  readonly scans: readonly SourceScan[]
  readonly startedAt: Date
  readonly finishedAt: Date
  readonly version: string
  readonly settings: ScanResult['settings']
  readonly findCategory: (id: string) => Category | undefined
}

/** The inventory without policy results; `attachPolicy` adds findings and retention. */
export type Inventory = Omit<ScanResult, 'findings' | 'retention' | 'policy'>

export function buildResult(input: BuildResultInput): Inventory {
  const min = CONFIDENCES.indexOf(input.settings.minConfidence)
  const reported = (c: Confidence) => CONFIDENCES.indexOf(c) >= min
  const fields: FieldEntry[] = []
  const coverage: CoverageEntry[] = []
  let under14Records = 0
  for (const scan of input.scans) {
    for (const c of scan.containers) {
      let classified = 0
      let containerUnder14 = 0
      for (const f of c.fields) {
        for (const d of [f.detection, ...f.embedded]) {
          if (!d || !reported(d.confidence)) continue
          if (d.scope === 'value') classified++
          containerUnder14 = Math.max(containerUnder14, d.under14 ?? 0)
          fields.push({
            source: scan.report.url,
            sourceId: scan.report.id,
            container: c.container.id,
            field: f.field.name,
            dataType: f.field.dataType,
            category: d.category,
            categoryLabel: input.findCategory(d.category)?.label ?? d.category,
            sensitivity: d.sensitivity,
            confidence: d.confidence,
            score: d.score,
            ruleId: d.ruleId,
            signals: d.signals,
            sampled: d.sampled,
            matched: d.matched,
            validated: d.validated,
            examples: d.examples,
            ...(f.field.comment ? { comment: f.field.comment } : {}),
            scope: d.scope,
            ...(d.valueStates ? { valueStates: d.valueStates } : {}),
            ...(d.under14 ? { under14: d.under14 } : {}),
            ...(d.linkedBy ? { linkedBy: d.linkedBy } : {}),
            ...(d.lines?.length ? { lines: d.lines } : {}),
          })
        }
      }
      under14Records += containerUnder14
      coverage.push({ ...c.coverage, classifiedFields: classified })
    }
  }
  fields.sort(compareFields)
  coverage.sort((a, b) => cmp(a.source, b.source) || cmp(a.container, b.container))
  const byCategory: Record<string, number> = {}
  for (const f of fields) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1
  const count = (s: string) => coverage.filter((c) => c.status === s).length
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'pimap', version: input.version },
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
    settings: input.settings,
    sources: input.scans.map((s) => s.report),
    coverage,
    fields,
    summary: {
      fields: fields.length,
      personalFields: fields.filter((f) => f.sensitivity !== 'none').length,
      sensitiveFields: fields.filter((f) => f.sensitivity === 'sensitive').length,
      byCategory: Object.fromEntries(Object.entries(byCategory).sort(([a], [b]) => cmp(a, b))),
      under14Records,
      containers: { scanned: count('scanned'), skipped: count('skipped'), failed: count('failed') },
    },
  }
}

/** Deterministic order: source, container, field, then category (several categories per free-text field). */
export function compareFields(a: FieldEntry, b: FieldEntry): number {
  return (
    cmp(a.source, b.source) ||
    cmp(a.container, b.container) ||
    cmp(a.field, b.field) ||
    cmp(a.category, b.category)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
