/**
 * The run history of scheduled scans: one row per run with its outcome, summary counts and the full result.
 * Stored in an embedded PGlite database (`pglite:DIR`, the default) or in PostgreSQL (`postgresql://…`); both
 * share the SQL in {@link SqlHistoryStore}.
 */
import { SEVERITIES, type Severity } from '../findings/finding.js'
import type { ScanResult } from '../scan-result.js'

/**
 * `ok`: finished, nothing at or above the job's `failOn`; `findings`: findings at or above it (exit 1);
 * `incomplete`: a source or container could not be read (exit 3); `failed`: no usable result (error, aborted).
 */
export const RUN_STATUSES = ['ok', 'findings', 'incomplete', 'failed'] as const
export type RunStatus = (typeof RUN_STATUSES)[number]

/** Counts kept next to each run, so listings need not load results. */
export interface RunCounts {
  readonly fields: number
  readonly personalFields: number
  readonly sensitiveFields: number
  readonly findings: number
  readonly findingsBySeverity: Readonly<Record<Severity, number>>
  readonly containers: { readonly scanned: number; readonly skipped: number; readonly failed: number }
}

/** What {@link HistoryStore.record} stores. */
export interface NewRun {
  /** Job name (schedule job, or any label for manual runs). */
  readonly job: string
  readonly startedAt: Date
  readonly finishedAt: Date
  readonly status: RunStatus
  /** The exit code the CLI would have returned for this run. */
  readonly exitCode: number
  /** The JSON result file written for the run. */
  readonly resultPath?: string
  /** Why the run failed (one line). */
  readonly error?: string
  /** The full result; absent when the scan produced none. */
  readonly result?: ScanResult
}

/** A stored run without its result (listings). */
export interface RunSummary {
  /** Run id, assigned by the store (increasing). */
  readonly id: number
  readonly job: string
  /** ISO-8601. */
  readonly startedAt: string
  /** ISO-8601. */
  readonly finishedAt: string
  readonly status: RunStatus
  readonly exitCode: number
  readonly resultPath?: string
  readonly error?: string
  /** Counts from the result; zero when there is none. */
  readonly counts: RunCounts
}

/** A stored run with its result. */
export interface StoredRun extends RunSummary {
  readonly result?: ScanResult
}

export interface RunFilter {
  readonly job?: string
  readonly status?: RunStatus
  /** Newest runs first, at most this many (default 50). */
  readonly limit?: number
}

export interface HistoryStore {
  /** Where the history lives (URL with the password redacted), for messages. */
  readonly location: string
  /** Stores a run and returns it with its id. */
  record(run: NewRun): Promise<RunSummary>
  /** Runs matching the filter, newest first, without results. */
  list(filter?: RunFilter): Promise<RunSummary[]>
  /** One run with its result, or undefined. */
  get(id: number): Promise<StoredRun | undefined>
  /** Releases the database (connections, the embedded instance, the lock). */
  close(): Promise<void>
}

export function countResult(result: ScanResult | undefined): RunCounts {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  for (const f of result?.findings ?? []) bySeverity[f.severity]++
  return {
    fields: result?.summary.fields ?? 0,
    personalFields: result?.summary.personalFields ?? 0,
    sensitiveFields: result?.summary.sensitiveFields ?? 0,
    findings: result?.findings.length ?? 0,
    findingsBySeverity: bySeverity,
    containers: result?.summary.containers ?? { scanned: 0, skipped: 0, failed: 0 },
  }
}
