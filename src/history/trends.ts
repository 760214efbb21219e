/** Per-run trend of a job: personal and sensitive fields, fields new and removed since the run before, findings. */
import { diffResults } from '../diff/diff-results.js'
import type { Severity } from '../findings/finding.js'
import type { HistoryStore, RunStatus, StoredRun } from './history-store.js'

export interface TrendPoint {
  readonly runId: number
  /** ISO-8601. */
  readonly startedAt: string
  readonly status: RunStatus
  readonly personalFields: number
  readonly sensitiveFields: number
  /** Fields the previous run with a result did not have (undefined for the first run shown). */
  readonly newFields?: number
  /** Fields of the previous run that this one no longer found (undefined for the first run shown). */
  readonly removedFields?: number
  /** Fields whose category, sensitivity or confidence changed (undefined for the first run shown). */
  readonly changedFields?: number
  readonly findingsBySeverity: Readonly<Record<Severity, number>>
}

/**
 * The last `limit` runs of `job` that produced a result, oldest first. Failed runs have no result and are left
 * out; list them with {@link HistoryStore.list}.
 */
export async function trends(
  store: HistoryStore,
  job: string,
  options: { limit?: number } = {},
): Promise<TrendPoint[]> {
  const summaries = await store.list({ job, limit: options.limit ?? 30 })
  const runs: StoredRun[] = []
  for (const summary of summaries.filter((s) => s.status !== 'failed')) {
    const run = await store.get(summary.id)
    if (run?.result) runs.push(run)
  }
  return computeTrends(runs)
}

/** {@link trends} on runs already loaded (pure). Runs without a result are skipped. */
export function computeTrends(runs: readonly StoredRun[]): TrendPoint[] {
  const ordered = runs
    .filter((r) => r.result)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id - b.id)
  return ordered.map((run, i) => {
    const previous = ordered[i - 1]?.result
    const diff = previous && run.result ? diffResults(previous, run.result) : undefined
    return {
      runId: run.id,
      startedAt: run.startedAt,
      status: run.status,
      personalFields: run.counts.personalFields,
      sensitiveFields: run.counts.sensitiveFields,
      ...(diff
        ? {
            newFields: diff.fields.added.length,
            removedFields: diff.fields.removed.length,
            changedFields: diff.fields.changed.length,
          }
        : {}),
      findingsBySeverity: run.counts.findingsBySeverity,
    }
  })
}
