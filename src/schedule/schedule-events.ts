/** What the scheduler reports: the library never prints, `pimap schedule` turns these into log lines. */
import type { RunCounts, RunStatus } from '../history/history-store.js'

export type ScheduleEvent =
  | {
      readonly type: 'started'
      readonly jobs: readonly {
        readonly name: string
        readonly cron: string
        readonly timeZone?: string
        /** ISO-8601. */
        readonly nextRun: string
      }[]
    }
  | { readonly type: 'run-started'; readonly job: string; readonly startedAt: string }
  | {
      readonly type: 'run-finished'
      readonly job: string
      /** History id, when the run was recorded. */
      readonly runId?: number
      readonly status: RunStatus
      readonly exitCode: number
      readonly durationMs: number
      /** Result files written (JSON first). */
      readonly files: readonly string[]
      readonly counts: RunCounts
    }
  | {
      readonly type: 'run-failed'
      readonly job: string
      readonly runId?: number
      /** One line. */
      readonly error: string
      readonly durationMs: number
    }
  /** The run happened but could not be recorded; it is not retried. */
  | { readonly type: 'history-failed'; readonly job: string; readonly error: string }
  | { readonly type: 'stopping'; readonly running: readonly string[]; readonly graceMs: number }
  /** The grace period is over (or a second stop asked for it): running scans are aborted. */
  | { readonly type: 'aborting'; readonly running: readonly string[] }
  | { readonly type: 'stopped' }

export type ScheduleEventHandler = (event: ScheduleEvent) => void
