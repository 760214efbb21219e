/**
 * The result of a scan: plain JSON with a schema version, so it can be saved, re-rendered (`pimap report`),
 * diffed and stored by scheduled runs. No raw values and no credentials, ever.
 */
import type { Confidence, Signal } from './classifier/detection.js'
import type { Finding } from './findings/finding.js'
import type { RetentionStatus } from './policy/policy-context.js'
import type { Sensitivity } from './rule/category.js'

export const SCHEMA_VERSION = 1

/** One classified field (column, document path or log key). */
export interface FieldEntry {
  /** Source URL with the password redacted. */
  readonly source: string
  /** Source id (from pimap.yml, or `source-N`), used by policy mappings. */
  readonly sourceId: string
  /** `schema.table`, `db.collection` or file path. */
  readonly container: string
  /** Column, dotted path or log key. */
  readonly field: string
  readonly dataType: string
  readonly category: string
  readonly categoryLabel: string
  readonly sensitivity: Sensitivity
  readonly confidence: Confidence
  readonly score: number
  readonly ruleId: string
  readonly signals: readonly Signal[]
  /** Non-empty values examined. */
  readonly sampled: number
  /** Values whose shape matched. */
  readonly matched: number
  /** Values that passed the validator. */
  readonly validated: number
  /** Masked examples. */
  readonly examples: readonly string[]
  readonly comment?: string
  /** `value`: the field holds this category; `text`: identifiers of this category were found inside its text. */
  readonly scope: 'value' | 'text'
  /** How sampled values are stored (plain, masked, hashed, encrypted). */
  readonly valueStates?: Readonly<Record<'plain' | 'masked' | 'hashed' | 'encrypted', number>>
  /** Sampled values belonging to children under 14 (from ID numbers or birth dates). */
  readonly under14?: number
  /** For device and network identifiers: the fields that link them to a person. */
  readonly linkedBy?: readonly string[]
  /** 1-based line numbers of the first matches (log files). */
  readonly lines?: readonly number[]
}

export const COVERAGE_STATUSES = ['scanned', 'skipped', 'failed'] as const
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number]

/** What happened to one container. */
export interface CoverageEntry {
  readonly source: string
  readonly sourceId: string
  readonly container: string
  readonly kind: string
  readonly status: CoverageStatus
  /** Why it was skipped or failed. */
  readonly reason?: string
  readonly estimatedRecords?: number
  readonly sampledRecords: number
  /** How records were chosen (`tablesample-system`, `limit`, `full`). */
  readonly sampleMethod?: string
  /** sampledRecords / estimatedRecords, when the estimate is known. */
  readonly sampledFraction?: number
  readonly fields: number
  readonly classifiedFields: number
}

export interface SourceReport {
  readonly id: string
  readonly url: string
  readonly kind: string
  /** `ok`: everything scanned; `partial`: some containers failed; `failed`: nothing could be read. */
  readonly status: 'ok' | 'partial' | 'failed'
  readonly error?: string
  readonly containers: { readonly scanned: number; readonly skipped: number; readonly failed: number }
  readonly records: number
}

export interface ScanSummary {
  readonly fields: number
  readonly personalFields: number
  readonly sensitiveFields: number
  readonly byCategory: Readonly<Record<string, number>>
  /** Sampled records belonging to children under 14, summed over containers (largest count per container). */
  readonly under14Records: number
  readonly containers: { readonly scanned: number; readonly skipped: number; readonly failed: number }
}

export interface ScanResult {
  readonly schemaVersion: typeof SCHEMA_VERSION
  readonly tool: { readonly name: 'pimap'; readonly version: string }
  readonly startedAt: string
  readonly finishedAt: string
  readonly durationMs: number
  readonly settings: {
    readonly sampleSize: number | 'all'
    readonly minConfidence: Confidence
    readonly idNumberIsSensitive: boolean
    readonly rules: number
  }
  readonly sources: readonly SourceReport[]
  readonly coverage: readonly CoverageEntry[]
  readonly fields: readonly FieldEntry[]
  readonly summary: ScanSummary
  /** Policy findings (empty without a policy). */
  readonly findings: readonly Finding[]
  /** Retention status per container with a retention rule (empty without a policy). */
  readonly retention: readonly RetentionStatus[]
  /** Purposes the policy maps each container to (containers no purpose covers are absent; empty without a policy). */
  readonly processing?: readonly ContainerProcessing[]
  /** The policy the scan was checked against. */
  readonly policy?: { readonly file: string; readonly purposes: number; readonly mappings: number }
}

/** True when any source or container could not be read: such a scan never exits 0. */
export function isIncomplete(result: ScanResult): boolean {
  return result.sources.some((s) => s.status !== 'ok') || result.coverage.some((c) => c.status === 'failed')
}

/** The declared processing of one container, as the policy's mappings resolve it (for records of processing). */
export interface ContainerProcessing {
  readonly sourceId: string
  readonly container: string
  readonly purposes: readonly { readonly id: string; readonly legalBasis: string }[]
}
