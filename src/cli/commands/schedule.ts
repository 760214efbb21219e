/**
 * `pimap schedule --config pimap.yml`: a daemon running the policy's `schedule.jobs` until SIGTERM or SIGINT.
 * The first signal stops the jobs and lets a running scan finish (up to --grace-period), the second aborts it.
 */
import { dirname, resolve } from 'node:path'
import type { Argv } from 'yargs'
import { reporters } from '../../../reports/index.js'
import { ConfigError } from '../../errors.js'
import { openHistoryStore } from '../../history/open-history-store.js'
import { DEFAULT_GRACE_MS, type Scheduler, startScheduler } from '../../schedule/schedule.js'
import type { ScheduleEvent } from '../../schedule/schedule-events.js'
import { redactUrl } from '../../util/redact-url.js'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-code.js'
import { identityKey, loadPolicyFlag } from '../policy-flags.js'
import { historyUrl } from './history.js'

export const scheduleCommand = {
  command: 'schedule',
  describe: 'run the scans in schedule.jobs of pimap.yml on their cron expressions until stopped',
  builder: (yargs: Argv) =>
    yargs
      .option('config', {
        alias: 'c',
        type: 'string',
        demandOption: true,
        describe: 'policy file (pimap.yml)',
      })
      .option('history', {
        type: 'string',
        describe: 'pglite:DIR or postgresql://… (default: schedule.history, else pglite:.pimap-history)',
      })
      .option('results-dir', {
        type: 'string',
        describe: 'directory for result files (default: schedule.resultsDir, else pimap-results)',
      })
      .option('grace-period', {
        type: 'number',
        default: DEFAULT_GRACE_MS,
        describe: 'ms a running scan may take to finish after SIGTERM before it is aborted',
      })
      .option('quiet', {
        alias: 'q',
        type: 'boolean',
        default: false,
        describe: 'log only failures and stops',
      }),
}

interface ScheduleArgs {
  readonly config: string
  readonly history?: string
  readonly 'results-dir'?: string
  readonly 'grace-period': number
  readonly quiet: boolean
}

/** Runs until SIGTERM/SIGINT, or until `until` aborts (tests). Exit 0 after a clean stop. */
export async function runSchedule(args: ScheduleArgs, io: CliIo, until?: AbortSignal): Promise<ExitCode> {
  const graceMs = args['grace-period']
  if (!(graceMs >= 0))
    throw new ConfigError(`expected milliseconds ≥ 0, got ${graceMs}`, { location: '--grace-period' })
  const policy = (await loadPolicyFlag(args, io))!
  if (!policy.schedule) throw new ConfigError(`${policy.file} has no schedule section; add schedule.jobs`)
  const schedule = policy.schedule
  const cwd = io.cwd ?? process.cwd()
  const base = dirname(policy.file)
  const url = historyUrl(args, io, policy)
  const log = (line: string) => io.stderr.write(`pimap: ${line}\n`)
  // Listen before the slow start (a new PGlite history takes seconds): a SIGTERM then still exits 0.
  let scheduler: Scheduler | undefined
  const signals = onStopSignals(
    until,
    (immediately) => void scheduler?.stop({ graceMs: immediately ? 0 : graceMs }),
  )
  try {
    // Open once up front: a bad URL or an unreachable database stops the daemon now, not at the first tick.
    await (await openHistoryStore(url)).close()
    if (signals.isRequested()) {
      log('stopped before the first run')
      return ExitCode.Ok
    }
    const resultsDir = args['results-dir']
      ? resolve(cwd, args['results-dir'])
      : resolve(base, schedule.resultsDir ?? 'pimap-results')
    log(`history ${redactUrl(url)}; results in ${resultsDir}`)
    scheduler = startScheduler({
      policy,
      jobs: schedule.jobs.map((job) => (job.out ? { ...job, out: resolve(base, job.out) } : job)),
      resultsDir,
      openHistory: () => openHistoryStore(url),
      renderers: reporters,
      scanOptions: { identityKey: identityKey(io) },
      onEvent: (event) => describeEvent(event, args.quiet).forEach(log),
    })
    await signals.requested
    await scheduler.stop({ graceMs })
  } finally {
    signals.dispose()
  }
  return ExitCode.Ok
}

/**
 * `requested` resolves on the first SIGTERM/SIGINT (or when `until` aborts); that signal asks for a graceful stop,
 * a second one for an immediate stop.
 */
function onStopSignals(
  until: AbortSignal | undefined,
  stop: (immediately: boolean) => void,
): { requested: Promise<void>; isRequested: () => boolean; dispose: () => void } {
  if (until) {
    return {
      requested: new Promise((done) => {
        if (until.aborted) done()
        else until.addEventListener('abort', () => done(), { once: true })
      }),
      isRequested: () => until.aborted,
      dispose: () => {},
    }
  }
  let signals = 0
  let done = () => {}
  const requested = new Promise<void>((resolve) => (done = resolve))
  const onSignal = () => {
    stop(++signals > 1)
    done()
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
  return {
    requested,
    isRequested: () => signals > 0,
    dispose: () => {
      process.off('SIGTERM', onSignal)
      process.off('SIGINT', onSignal)
    },
  }
}

function describeEvent(event: ScheduleEvent, quiet: boolean): string[] {
  const line = eventLine(event, quiet)
  if (event.type !== 'started') return line ? [line] : []
  return event.jobs.map(
    (j) => `job ${j.name} "${j.cron}"${j.timeZone ? ` ${j.timeZone}` : ''}, next run ${j.nextRun}`,
  )
}

function eventLine(event: ScheduleEvent, quiet: boolean): string | undefined {
  switch (event.type) {
    case 'started':
      return undefined
    case 'run-started':
      return quiet ? undefined : `job ${event.job} started`
    case 'run-finished': {
      if (quiet && event.status === 'ok') return undefined
      const c = event.counts
      const run = event.runId === undefined ? '' : ` run ${event.runId}`
      const file = event.files[0] ? `; wrote ${event.files[0]}` : ''
      return `job ${event.job}${run} ${event.status} (exit ${event.exitCode}) in ${seconds(event.durationMs)}: ${c.fields} fields, ${c.sensitiveFields} sensitive, ${c.findings} findings${file}`
    }
    case 'run-failed':
      return `job ${event.job}${event.runId === undefined ? '' : ` run ${event.runId}`} failed: ${event.error}`
    case 'history-failed':
      return `job ${event.job}: the run was not recorded in the history: ${event.error}`
    case 'stopping':
      return event.running.length > 0
        ? `stopping; waiting up to ${seconds(event.graceMs)} for ${event.running.join(', ')}`
        : 'stopping'
    case 'aborting':
      return `aborting ${event.running.join(', ')}`
    case 'stopped':
      return 'scheduler stopped'
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)}s`
}
