/** An in-memory {@link HistoryStore} for scheduler tests: no I/O, so fake timers drive everything. */
import {
  countResult,
  type HistoryStore,
  type NewRun,
  type RunFilter,
  type RunSummary,
  type StoredRun,
} from '../../src/history/history-store.js'

export class MemoryHistory implements HistoryStore {
  readonly location = 'memory'
  readonly runs: StoredRun[] = []
  opened = 0
  closed = 0

  /** The scheduler opens the history for each run and closes it after. */
  readonly open = async (): Promise<HistoryStore> => {
    this.opened++
    return this
  }

  async record(run: NewRun): Promise<RunSummary> {
    const stored: StoredRun = {
      id: this.runs.length + 1,
      job: run.job,
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt.toISOString(),
      status: run.status,
      exitCode: run.exitCode,
      ...(run.resultPath ? { resultPath: run.resultPath } : {}),
      ...(run.error ? { error: run.error } : {}),
      counts: countResult(run.result),
      ...(run.result ? { result: run.result } : {}),
    }
    this.runs.push(stored)
    return stored
  }

  async list(filter: RunFilter = {}): Promise<RunSummary[]> {
    return this.runs
      .filter(
        (r) =>
          (filter.job === undefined || r.job === filter.job) &&
          (!filter.status || r.status === filter.status),
      )
      .reverse()
      .slice(0, filter.limit ?? 50)
  }

  async get(id: number): Promise<StoredRun | undefined> {
    return this.runs.find((r) => r.id === id)
  }

  async close(): Promise<void> {
    this.closed++
  }
}
