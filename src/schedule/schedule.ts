/**
 * `startScheduler()`: runs the policy's schedule jobs on their cron expressions until stopped. Each tick runs
 * the same `scan()` as the CLI with the job's sources, writes timestamped result files and records the run in
 * the history. `waitForCompletion` keeps runs of one job from overlapping: a tick that comes while the job
 * still runs is skipped.
 *
 * ```ts
 * const scheduler = startScheduler({
 *   policy: await loadPolicy('pimap.yml', { findCategory }),
 *   resultsDir: './pimap-results',
 *   openHistory: () => openHistoryStore('pglite:./.pimap-history'),
 *   onEvent: (e) => log(e),
 * })
 * process.once('SIGTERM', () => void scheduler.stop({ graceMs: 30_000 }))
 * ```
 */
import { CronJob, CronTime, validateCronExpression } from 'cron'
import { resolve } from 'node:path'
import { ConfigError, errorMessage } from '../errors.js'
import type { Severity } from '../findings/finding.js'
import type { HistoryStore } from '../history/history-store.js'
import type { Policy } from '../policy/load-policy.js'
import { scan as realScan } from '../scan.js'
import type { ScanOptions, SourceInput } from '../scan-options.js'
import type { ScanResult } from '../scan-result.js'
import { type PreparedJob, type ResultRenderer, runJob } from './run-job.js'
import type { ScheduleEventHandler } from './schedule-events.js'

/** One job, as in `schedule.jobs` of pimap.yml. */
export interface ScheduleJob {
  /** Lower-case name: the folder of its result files and its name in the history. */
  readonly name: string
  /** Cron expression (5 fields, or 6 with seconds first). */
  readonly cron: string
  /** Source ids from the policy; default all. */
  readonly sources?: readonly string[]
  /** Formats written next to the JSON result (keys of `renderers`). */
  readonly format?: readonly string[]
  /** Directory for the files (default `<resultsDir>/<name>`); relative paths are relative to `resultsDir`. */
  readonly out?: string
  /** Runs with findings at or above this severity get status `findings` (exit code 1). */
  readonly failOn?: Severity
  /** IANA time zone of the cron expression (default: the system's). */
  readonly timeZone?: string
}

export interface ScheduleOptions {
  /** Sources (by id), scan defaults and policy checks; the jobs default to `policy.schedule.jobs`. */
  readonly policy: Policy
  readonly jobs?: readonly ScheduleJob[]
  /** Where result files go; without it (and without a job `out`) runs are only recorded in the history. */
  readonly resultsDir?: string
  /** Opened for each run and closed after it, so other processes can read a PGlite history in between. */
  readonly openHistory?: () => Promise<HistoryStore>
  /** Renderers for `format` (the CLI passes `reports/index.ts`); JSON needs none. */
  readonly renderers?: Readonly<Record<string, ResultRenderer>>
  /** Options for every scan, over the policy's `scan` defaults (identity key, connectors, …). */
  readonly scanOptions?: Omit<ScanOptions, 'sources' | 'signal' | 'policy'>
  /** The scan function (default `scan()`); tests inject slow or failing ones. */
  readonly scan?: (options: ScanOptions) => Promise<ScanResult>
  readonly onEvent?: ScheduleEventHandler
}

export interface Scheduler {
  /** Names of the jobs running right now. */
  readonly running: readonly string[]
  /**
   * Stops the cron jobs, waits up to `graceMs` (default 30,000) for running scans, then aborts them and waits for
   * them to be recorded. Calling it again with a shorter grace period (0: abort now) shortens the wait.
   */
  stop(options?: { readonly graceMs?: number }): Promise<void>
}

export const DEFAULT_GRACE_MS = 30_000

const JOB_NAME = /^[a-z0-9][a-z0-9_.-]*$/

/** Validates every job (ConfigError naming the job), then starts them all. */
export function startScheduler(options: ScheduleOptions): Scheduler {
  const emit = options.onEvent ?? (() => {})
  const jobs = options.jobs ?? options.policy.schedule?.jobs ?? []
  const prepared = prepareJobs(jobs, options)
  const controller = new AbortController()
  const running = new Map<string, Promise<void>>()
  const policy = options.policy
  const context = {
    scan: options.scan ?? realScan,
    scanOptions: {
      ...(policy.scan.sampleSize !== undefined ? { sampleSize: policy.scan.sampleSize } : {}),
      ...(policy.scan.minConfidence ? { minConfidence: policy.scan.minConfidence } : {}),
      ...(policy.scan.statementTimeoutMs ? { statementTimeoutMs: policy.scan.statementTimeoutMs } : {}),
      ...(policy.scan.idNumberIsSensitive !== undefined
        ? { sensitivity: { idNumberIsSensitive: policy.scan.idNumberIsSensitive } }
        : {}),
      ...options.scanOptions,
      policy,
    },
    renderers: options.renderers ?? {},
    ...(options.openHistory ? { openHistory: options.openHistory } : {}),
    signal: controller.signal,
    emit,
  }
  let stopping: Promise<void> | undefined
  const cronJobs = prepared.map(({ spec, job }) =>
    CronJob.from({
      cronTime: spec.cron,
      ...(spec.timeZone ? { timeZone: spec.timeZone } : {}),
      name: spec.name,
      start: true,
      waitForCompletion: true,
      onTick: async () => {
        if (stopping) return
        const run = runJob(job, context).finally(() => running.delete(job.name))
        running.set(job.name, run)
        await run
      },
      // runJob reports its own failures; this only catches a bug in it, and the next tick runs anyway.
      errorHandler: (error) =>
        emit({ type: 'run-failed', job: spec.name, error: errorMessage(error), durationMs: 0 }),
    }),
  )
  emit({
    type: 'started',
    jobs: prepared.map(({ spec }, i) => ({
      name: spec.name,
      cron: spec.cron,
      ...(spec.timeZone ? { timeZone: spec.timeZone } : {}),
      nextRun: cronJobs[i]!.nextDate().toUTC().toISO() ?? '',
    })),
  })

  const abort = () => {
    if (controller.signal.aborted) return
    if (running.size > 0) emit({ type: 'aborting', running: [...running.keys()] })
    controller.abort()
  }
  return {
    get running() {
      return [...running.keys()]
    },
    stop({ graceMs = DEFAULT_GRACE_MS } = {}) {
      if (!stopping) {
        for (const job of cronJobs) void job.stop()
        emit({ type: 'stopping', running: [...running.keys()], graceMs })
        stopping = (async () => {
          let timer: NodeJS.Timeout | undefined
          const settled = Promise.all(running.values())
          if (running.size > 0 && graceMs > 0) {
            await Promise.race([settled, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))])
            clearTimeout(timer)
          }
          abort()
          await settled
          emit({ type: 'stopped' })
        })()
      } else if (graceMs <= 0) abort()
      return stopping
    },
  }
}

function prepareJobs(
  jobs: readonly ScheduleJob[],
  options: ScheduleOptions,
): { spec: ScheduleJob; job: PreparedJob }[] {
  if (jobs.length === 0) throw new ConfigError('no jobs to schedule; add schedule.jobs to the policy file')
  const names = new Set<string>()
  const renderers = options.renderers ?? {}
  return jobs.map((spec, i) => {
    const where = (key: string) => ({ location: `schedule.jobs[${i}].${key}` })
    const label = `job ${JSON.stringify(spec.name)}`
    if (!JOB_NAME.test(spec.name))
      throw new ConfigError(`${label}: use lower-case letters, digits, "_", "-" or "." only`, where('name'))
    if (names.has(spec.name)) throw new ConfigError(`duplicate ${label}`, where('name'))
    names.add(spec.name)
    const validation = validateCronExpression(spec.cron)
    if (!validation.valid) {
      throw new ConfigError(
        `${label}: invalid cron expression ${JSON.stringify(spec.cron)}: ${validation.error?.message ?? 'unknown error'}`,
        where('cron'),
      )
    }
    try {
      new CronTime(spec.cron, spec.timeZone)
    } catch (error) {
      throw new ConfigError(
        `${label}: time zone ${JSON.stringify(spec.timeZone)}: ${errorMessage(error)} (use an IANA name such as Asia/Shanghai)`,
        where('timeZone'),
      )
    }
    const formats = [...new Set(spec.format ?? [])].filter((f) => f !== 'json')
    for (const format of formats) {
      if (!renderers[format]?.fileName) {
        const valid = Object.keys(renderers).filter((k) => renderers[k]!.fileName)
        throw new ConfigError(
          `${label}: unknown format ${JSON.stringify(format)}; use ${['json', ...valid.filter((k) => k !== 'json')].join(', ')}`,
          where('format'),
        )
      }
    }
    const dir =
      spec.out !== undefined
        ? resolve(options.resultsDir ?? '', spec.out)
        : options.resultsDir !== undefined
          ? resolve(options.resultsDir, spec.name)
          : undefined
    return {
      spec,
      job: {
        name: spec.name,
        sources: jobSources(spec, options.policy, label, where('sources')),
        formats,
        ...(dir ? { dir } : {}),
        ...(spec.failOn ? { failOn: spec.failOn } : {}),
      },
    }
  })
}

function jobSources(
  spec: ScheduleJob,
  policy: Policy,
  label: string,
  where: { location: string },
): SourceInput[] {
  const declared = policy.sources
  if (declared.length === 0) throw new ConfigError(`${label}: the policy declares no sources`, where)
  const ids = spec.sources ?? declared.map((s) => s.id)
  return ids.map((id) => {
    const source = declared.find((s) => s.id === id)
    if (!source) {
      throw new ConfigError(
        `${label}: unknown source ${JSON.stringify(id)}; declared: ${declared.map((s) => s.id).join(', ')}`,
        where,
      )
    }
    return source
  })
}
