/** Small hand-built scan results for diff, history and scheduler tests. */
import type { Finding } from '../../src/findings/finding.js'
import type { CoverageEntry, FieldEntry, ScanResult, SourceReport } from '../../src/scan-result.js'

export type FieldSpec = Pick<FieldEntry, 'container' | 'field' | 'category'> & Partial<FieldEntry>

export function field(spec: FieldSpec): FieldEntry {
  return {
    source: 'pglite:./shop',
    sourceId: 'shop',
    dataType: 'text',
    categoryLabel: spec.category,
    sensitivity: 'personal',
    confidence: 'high',
    score: 0.9,
    ruleId: spec.category,
    signals: [],
    sampled: 10,
    matched: 10,
    validated: 10,
    examples: [],
    scope: 'value',
    ...spec,
  }
}

export function finding(spec: Pick<Finding, 'checkId' | 'container'> & Partial<Finding>): Finding {
  return {
    messageId: 'default',
    severity: 'medium',
    source: 'pglite:./shop',
    sourceId: 'shop',
    message: `${spec.checkId} in ${spec.container}`,
    evidence: {},
    recommendation: 'fix it',
    ...spec,
  }
}

export function coverage(container: string, status: CoverageEntry['status'] = 'scanned'): CoverageEntry {
  return {
    source: 'pglite:./shop',
    sourceId: 'shop',
    container,
    kind: 'table',
    status,
    sampledRecords: 10,
    fields: 3,
    classifiedFields: 1,
  }
}

export function makeResult(
  parts: {
    fields?: readonly FieldEntry[]
    containers?: readonly CoverageEntry[]
    findings?: readonly Finding[]
    sources?: readonly SourceReport[]
    startedAt?: string
    policy?: boolean
  } = {},
): ScanResult {
  const fields = parts.fields ?? []
  const containers = parts.containers ?? [...new Set(fields.map((f) => f.container))].map((c) => coverage(c))
  const startedAt = parts.startedAt ?? '2026-01-01T00:00:00.000Z'
  return {
    schemaVersion: 1,
    tool: { name: 'pimap', version: '0.1.0' },
    startedAt,
    finishedAt: startedAt,
    durationMs: 0,
    settings: { sampleSize: 10_000, minConfidence: 'medium', idNumberIsSensitive: true, rules: 10 },
    sources: parts.sources ?? [
      {
        id: 'shop',
        url: 'pglite:./shop',
        kind: 'pglite',
        status: 'ok',
        containers: { scanned: containers.length, skipped: 0, failed: 0 },
        records: 10,
      },
    ],
    coverage: containers,
    fields,
    summary: {
      fields: fields.length,
      personalFields: fields.filter((f) => f.sensitivity !== 'none').length,
      sensitiveFields: fields.filter((f) => f.sensitivity === 'sensitive').length,
      byCategory: {},
      under14Records: 0,
      containers: { scanned: containers.length, skipped: 0, failed: 0 },
    },
    findings: parts.findings ?? [],
    retention: [],
    ...(parts.policy === false ? {} : { policy: { file: 'pimap.yml', purposes: 1, mappings: 1 } }),
  }
}
