/**
 * One scheduled run: scan, write `<dir>/<timestamp>.json` (plus the job's formats), record it in the history.
 * Never throws: a failure becomes a `failed` run, reported and recorded, and the job runs again at its next tick.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { errorMessage, PimapError } from '../errors.js'
import { type Severity, severityRank } from '../findings/finding.js'
import { countResult, type HistoryStore, type NewRun, type RunStatus } from '../history/history-store.js'
import type { ScanOptions, SourceInput } from '../scan-options.js'
import { isIncomplete, type ScanResult } from '../scan-result.js'
import type { ScheduleEventHandler } from './schedule-events.js'

/** A report format the scheduler can write: the reporters of `reports/index.ts` fit. */
export interface ResultRenderer {
  /** File name whose extension the run's files take (`pimap-report.md` → `<timestamp>.md`). */
  readonly fileName?: string
  readonly render: (result: ScanResult, options: { readonly color?: boolean }) => string
}

export interface PreparedJob {
  readonly name: string
  readonly sources: readonly SourceInput[]
  /** Formats besides JSON, validated against the renderers. */
  readonly formats: readonly string[]
  /** Directory for the files; none are written when undefined. */
  readonly dir?: string
  readonly failOn?: Severity
}

export interface RunContext {
  readonly scan: (options: ScanOptions) => Promise<ScanResult>
  readonly scanOptions: Omit<ScanOptions, 'sources' | 'signal'>
  readonly renderers: Readonly<Record<string, ResultRenderer>>
  readonly openHistory?: () => Promise<HistoryStore>
  readonly signal: AbortSignal
  readonly emit: ScheduleEventHandler
}

export async function runJob(job: PreparedJob, context: RunContext): Promise<void> {
  const startedAt = new Date()
  context.emit({ type: 'run-started', job: job.name, startedAt: startedAt.toISOString() })
  let result: ScanResult | undefined
  let files: string[] = []
  let failure: { error: string; exitCode: number } | undefined
  try {
    result = await context.scan({ ...context.scanOptions, sources: job.sources, signal: context.signal })
    if (context.signal.aborted) {
      failure = { error: 'aborted: the scheduler stopped before the scan finished', exitCode: 3 }
      result = undefined
    } else if (job.dir) {
      files = await writeResultFiles(job, result, startedAt, context.renderers)
    }
  } catch (error) {
    failure = {
      error: oneLine(errorMessage(error)),
      exitCode: error instanceof PimapError && error.code === 'PIMAP_CONNECTION' ? 3 : 2,
    }
  }
  const finishedAt = new Date()
  const outcome = failure ? { status: 'failed' as const, ...failure } : runOutcome(result!, job.failOn)
  const runId = await record(context, job.name, {
    job: job.name,
    startedAt,
    finishedAt,
    status: outcome.status,
    exitCode: outcome.exitCode,
    ...(files[0] ? { resultPath: files[0] } : {}),
    ...(failure ? { error: failure.error } : {}),
    ...(result ? { result } : {}),
  })
  const durationMs = finishedAt.getTime() - startedAt.getTime()
  const id = runId === undefined ? {} : { runId }
  if (failure) context.emit({ type: 'run-failed', job: job.name, ...id, error: failure.error, durationMs })
  else {
    context.emit({
      type: 'run-finished',
      job: job.name,
      ...id,
      status: outcome.status,
      exitCode: outcome.exitCode,
      durationMs,
      files,
      counts: countResult(result),
    })
  }
}

/** The status and exit code the CLI would give this result: incomplete first, then findings. */
export function runOutcome(
  result: ScanResult,
  failOn: Severity | undefined,
): { status: RunStatus; exitCode: number } {
  if (isIncomplete(result)) return { status: 'incomplete', exitCode: 3 }
  if (failOn && result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn)))
    return { status: 'findings', exitCode: 1 }
  return { status: 'ok', exitCode: 0 }
}

/** `<dir>/<basic ISO timestamp>.json` and one file per format; a suffix keeps two runs in one second apart. */
async function writeResultFiles(
  job: PreparedJob,
  result: ScanResult,
  startedAt: Date,
  renderers: RunContext['renderers'],
): Promise<string[]> {
  const dir = job.dir!
  await mkdir(dir, { recursive: true })
  const stamp = startedAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const json = `${JSON.stringify(result, null, 2)}\n`
  let base = join(dir, stamp)
  for (let n = 2; ; n++) {
    try {
      await writeFile(`${base}.json`, json, { encoding: 'utf8', flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 100) throw error
      base = join(dir, `${stamp}-${n}`)
    }
  }
  const files = [`${base}.json`]
  for (const format of job.formats) {
    const renderer = renderers[format]!
    const path = `${base}${extname(renderer.fileName ?? `.${format}`)}`
    await writeFile(path, renderer.render(result, { color: false }), 'utf8')
    files.push(path)
  }
  return files
}

async function record(context: RunContext, job: string, run: NewRun): Promise<number | undefined> {
  if (!context.openHistory) return undefined
  let store: HistoryStore | undefined
  try {
    store = await context.openHistory()
    return (await store.record(run)).id
  } catch (error) {
    context.emit({ type: 'history-failed', job, error: oneLine(errorMessage(error)) })
    return undefined
  } finally {
    await store?.close().catch(() => {})
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}
