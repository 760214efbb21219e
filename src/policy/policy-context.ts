/** What policy checks read: each scanned container with its fields, resolved policy and retention status. */
import type { ContainerRef } from '../connector/connector.js'
import type { FieldEntry } from '../scan-result.js'
import type { ContainerPolicy } from './container-policy.js'
import type { Policy } from './load-policy.js'

/** Records past retention, counted by the engine (COUNT/MIN with a cutoff predicate). */
export interface RetentionStatus {
  readonly source: string
  readonly sourceId: string
  readonly container: string
  readonly duration: string
  readonly from: string
  readonly action: 'delete' | 'anonymize'
  readonly origin: string
  readonly clockField: string
  /** Primary-key field enforcement batches by, when the container has one. */
  readonly keyField?: string
  readonly cutoff: string
  /** Records older than the cutoff. */
  readonly expired: number
  /** Age in days of the oldest record, when any. */
  readonly oldestDays?: number
  readonly held?: string
}

/** People (by keyed hash of their identifiers) also found in containers no purpose covers. */
export interface IdentityOverlap {
  readonly source: string
  readonly sourceId: string
  readonly container: string
  readonly field: string
  readonly category: string
  /** Distinct identifiers in this unmapped field that also appear in a mapped container. */
  readonly shared: number
  /** Mapped containers where they appear. */
  readonly knownIn: readonly string[]
}

export interface ContainerContext {
  readonly source: string
  readonly sourceId: string
  readonly container: ContainerRef
  readonly fields: readonly FieldEntry[]
  readonly policy: ContainerPolicy
  readonly retention?: RetentionStatus
  /** Why retention could not be counted here (no timestamp, connector cannot count, error). */
  readonly retentionProblem?: string
}

export interface PolicyContext {
  readonly policy: Policy
  readonly containers: readonly ContainerContext[]
  readonly identity: readonly IdentityOverlap[]
  readonly findCategoryLabel: (id: string) => string
  readonly isSensitive: (f: FieldEntry) => boolean
}
