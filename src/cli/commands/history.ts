/**
 * `pimap history`: runs recorded by `pimap schedule`. `history compare A B` diffs two stored runs,
 * `history trends --job NAME` shows a job over time.
 */
import { dirname, resolve } from 'node:path'
import type { Argv } from 'yargs'
import { diffResults } from '../../diff/diff-results.js'
import { DIFF_FORMATS, type DiffFormat, renderDiff } from '../../diff/render-diff.js'
import { ConfigError } from '../../errors.js'
import { SEVERITIES } from '../../findings/finding.js'
import type { HistoryStore, RunSummary } from '../../history/history-store.js'
import { DEFAULT_HISTORY, openHistoryStore, resolveHistoryUrl } from '../../history/open-history-store.js'
import { type TrendPoint, trends } from '../../history/trends.js'
import type { Policy } from '../../policy/load-policy.js'
import type { ScanResult } from '../../scan-result.js'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-code.js'
import { loadPolicyFlag } from '../policy-flags.js'

export const HISTORY_ACTIONS = ['list', 'compare', 'trends'] as const

export const historyCommand = {
  command: 'history [action] [runs..]',
  describe: 'list scheduled runs; "compare A B" diffs two runs; "trends --job NAME" shows a job over time',
  builder: (yargs: Argv) =>
    yargs
      .positional('action', { type: 'string', choices: HISTORY_ACTIONS, default: 'list' })
      .positional('runs', { type: 'string', array: true, describe: 'two run ids for compare' })
      .option('history', {
        type: 'string',
        describe: `pglite:DIR or postgresql://… (default: schedule.history of --config, else ${DEFAULT_HISTORY})`,
      })
      .option('config', {
        alias: 'c',
        type: 'string',
        describe: 'policy file whose schedule.history to read',
      })
      .option('job', { type: 'string', describe: 'only runs of this job (required for trends)' })
      .option('limit', { type: 'number', default: 20, describe: 'newest runs shown' })
      .option('compare', {
        type: 'string',
        array: true,
        describe: 'two run ids to compare (as "compare A B")',
      })
      .option('format', {
        type: 'string',
        choices: DIFF_FORMATS,
        default: 'table',
        describe: 'output format',
      }),
}

interface HistoryArgs {
  readonly action: (typeof HISTORY_ACTIONS)[number]
  readonly runs?: string[]
  readonly history?: string
  readonly config?: string
  readonly job?: string
  readonly limit: number
  readonly compare?: string[]
  readonly format: DiffFormat
}

export async function runHistory(args: HistoryArgs, io: CliIo): Promise<ExitCode> {
  const compare = args.compare ?? (args.action === 'compare' ? (args.runs ?? []) : undefined)
  if (compare && compare.length !== 2)
    throw new ConfigError(`expected two run ids, got ${compare.length}`, { location: 'history compare' })
  if (args.action === 'trends' && !args.job)
    throw new ConfigError('needs --job NAME', { location: 'history trends' })
  if (!Number.isInteger(args.limit) || args.limit <= 0)
    throw new ConfigError(`expected a positive integer, got ${args.limit}`, { location: '--limit' })
  const url = historyUrl(args, io, await loadPolicyFlag(args, io))
  const store = await openHistoryStore(url, { create: false })
  try {
    if (compare) {
      const [a, b] = await Promise.all(compare.map((id) => storedResult(store, id)))
      io.stdout.write(renderDiff(diffResults(a!, b!), args.format))
    } else if (args.action === 'trends') {
      io.stdout.write(renderTrends(await trends(store, args.job!, { limit: args.limit }), args.format))
    } else {
      const runs = await store.list({ ...(args.job ? { job: args.job } : {}), limit: args.limit })
      io.stdout.write(renderRuns(runs, args.format))
      if (runs.length === 0) io.stderr.write(`pimap: no runs recorded in ${store.location}\n`)
    }
  } finally {
    await store.close()
  }
  return ExitCode.Ok
}

/** `--history` (relative to the working directory), else the policy's `schedule.history`, else the default. */
export function historyUrl(args: { readonly history?: string }, io: CliIo, policy?: Policy): string {
  const cwd = io.cwd ?? process.cwd()
  if (args.history) return resolveHistoryUrl(args.history, cwd)
  const base = policy ? dirname(resolve(cwd, policy.file)) : cwd
  return resolveHistoryUrl(policy?.schedule?.history ?? DEFAULT_HISTORY, base)
}

async function storedResult(store: HistoryStore, id: string): Promise<ScanResult> {
  const n = Number(id)
  const run = Number.isSafeInteger(n) && n > 0 ? await store.get(n) : undefined
  if (!run) throw new ConfigError(`no run ${JSON.stringify(id)} in ${store.location}`)
  if (!run.result)
    throw new ConfigError(
      `run ${id} (${run.job}, ${run.status}) has no stored result${run.error ? `: ${run.error}` : ''}`,
    )
  return run.result
}

function renderRuns(runs: readonly RunSummary[], format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(runs, null, 2)}\n`
  const head = [
    'Run',
    'Job',
    'Started',
    'Duration',
    'Status',
    'Exit',
    'Fields',
    'Sensitive',
    'Findings',
    'Result',
  ]
  const rows = runs.map((r) => [
    String(r.id),
    r.job,
    r.startedAt,
    seconds(Date.parse(r.finishedAt) - Date.parse(r.startedAt)),
    r.status,
    String(r.exitCode),
    String(r.counts.fields),
    String(r.counts.sensitiveFields),
    String(r.counts.findings),
    r.resultPath ?? r.error ?? '',
  ])
  return renderTable(head, rows, format)
}

function renderTrends(points: readonly TrendPoint[], format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(points, null, 2)}\n`
  const severities = [...SEVERITIES].reverse()
  const head = [
    'Run',
    'Started',
    'Status',
    'Personal',
    'Sensitive',
    'New',
    'Removed',
    'Changed',
    ...severities,
  ]
  const optional = (n?: number) => (n === undefined ? '-' : String(n))
  const rows = points.map((p) => [
    String(p.runId),
    p.startedAt,
    p.status,
    String(p.personalFields),
    String(p.sensitiveFields),
    optional(p.newFields),
    optional(p.removedFields),
    optional(p.changedFields),
    ...severities.map((s) => String(p.findingsBySeverity[s] ?? 0)),
  ])
  return renderTable(head, rows, format)
}

function renderTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  format: DiffFormat,
): string {
  if (format === 'md') {
    const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
    return `${[line(head), `|${head.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n')}\n`
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return `${[line(head.map((h) => h.toUpperCase())), ...rows.map(line)].join('\n')}\n`
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`
}
