/**
 * The scheduler under vitest fake timers, with an injected scan: ticks, no overlap, failures recorded and
 * retried, graceful and forced stops, validation. The real scan on a real cron is in schedule-run.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findCategory } from '../../rules/categories.js'
import { ConfigError } from '../../src/errors.js'
import { parsePolicy } from '../../src/policy/load-policy.js'
import type { ScanOptions } from '../../src/scan-options.js'
import type { ScanResult } from '../../src/scan-result.js'
import type { ScheduleEvent } from '../../src/schedule/schedule-events.js'
import { type ScheduleJob, type ScheduleOptions, startScheduler } from '../../src/schedule/schedule.js'
import { field, makeResult } from '../diff/make-result.js'
import { MemoryHistory } from './memory-history.js'

const policy = parsePolicy(
  `version: 1
sources:
  - id: shop
    url: pglite:./shop
  - id: crm
    url: postgresql://pimap:secret@db/crm
scan:
  sampleSize: 500
schedule:
  jobs:
    - name: every-second
      cron: "* * * * * *"
      sources: [shop]
`,
  'pimap.yml',
  { findCategory },
)

const result = makeResult({
  fields: [field({ container: 'public.members', field: 'mobile', category: 'contact.phone' })],
})

/** A scan taking `ms` of (fake) time; it tracks concurrency and returns early when aborted. */
function slowScan(ms: number, fail: (call: number) => Error | undefined = () => undefined) {
  const state = { calls: [] as ScanOptions[], active: 0, maxActive: 0 }
  const scan = async (options: ScanOptions): Promise<ScanResult> => {
    state.calls.push(options)
    state.active++
    state.maxActive = Math.max(state.maxActive, state.active)
    try {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms)
        options.signal?.addEventListener('abort', () => {
          clearTimeout(timer)
          resolve()
        })
      })
      const error = fail(state.calls.length)
      if (error) throw error
      return result
    } finally {
      state.active--
    }
  }
  return { scan, state }
}

describe('scheduler (fake timers)', () => {
  let events: ScheduleEvent[]
  let history: MemoryHistory
  const start = (scan: ScheduleOptions['scan'], jobs?: ScheduleJob[]) =>
    startScheduler({
      policy,
      ...(jobs ? { jobs } : {}),
      scan,
      openHistory: history.open,
      onEvent: (e) => events.push(e),
    })
  const types = () => events.map((e) => e.type)

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00.500Z') })
    events = []
    history = new MemoryHistory()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs the job on each tick with its sources and the policy scan defaults', async () => {
    const { scan, state } = slowScan(100)
    const scheduler = start(scan)
    expect(events[0]).toEqual({
      type: 'started',
      jobs: [{ name: 'every-second', cron: '* * * * * *', nextRun: '2026-01-01T00:00:01.000Z' }],
    })
    await vi.advanceTimersByTimeAsync(550)
    expect(state.calls).toHaveLength(1)
    expect(scheduler.running).toEqual(['every-second'])
    await vi.advanceTimersByTimeAsync(1_100)
    expect(state.calls).toHaveLength(2)
    expect(scheduler.running).toEqual([])
    expect(state.calls[0]).toMatchObject({
      sources: [{ id: 'shop', url: 'pglite:./shop' }],
      sampleSize: 500,
      policy,
    })
    await scheduler.stop()
    expect(history.runs.map((r) => [r.job, r.status, r.exitCode])).toEqual([
      ['every-second', 'ok', 0],
      ['every-second', 'ok', 0],
    ])
    expect(history.runs[0]).toMatchObject({
      startedAt: '2026-01-01T00:00:01.000Z',
      finishedAt: '2026-01-01T00:00:01.100Z',
      counts: { fields: 1, personalFields: 1 },
    })
    expect(history.closed).toBe(history.opened)
    expect(types()).toEqual([
      'started',
      'run-started',
      'run-finished',
      'run-started',
      'run-finished',
      'stopping',
      'stopped',
    ])
  })

  it('never overlaps runs of a job: ticks during a slow scan are skipped', async () => {
    const { scan, state } = slowScan(2_500)
    const scheduler = start(scan)
    await vi.advanceTimersByTimeAsync(10_000)
    // Ticks at 1 s, 4 s, 7 s and 10 s start runs; the six in between find the job still running.
    expect(state.calls).toHaveLength(4)
    expect(state.maxActive).toBe(1)
    const stopped = scheduler.stop()
    await vi.advanceTimersByTimeAsync(2_500)
    await stopped
    const runs = history.runs
    expect(runs.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok'])
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.startedAt >= runs[i - 1]!.finishedAt).toBe(true)
  })

  it('records a failed run and tries again at the next tick', async () => {
    const { scan, state } = slowScan(100, (call) =>
      call === 1 ? new ConfigError('sample size must be positive\nsecond line') : undefined,
    )
    const scheduler = start(scan)
    await vi.advanceTimersByTimeAsync(1_700)
    expect(state.calls).toHaveLength(2)
    expect(history.runs.map((r) => r.status)).toEqual(['failed', 'ok'])
    expect(history.runs[0]).toMatchObject({
      exitCode: 2,
      error: 'sample size must be positive second line',
      counts: { fields: 0 },
    })
    expect(history.runs[0]?.result).toBeUndefined()
    expect(events.find((e) => e.type === 'run-failed')).toEqual({
      type: 'run-failed',
      job: 'every-second',
      runId: 1,
      error: 'sample size must be positive second line',
      durationMs: 100,
    })
    await scheduler.stop()
  })

  it('records incomplete scans and findings at failOn with their exit codes', async () => {
    const incomplete = makeResult({
      sources: [
        {
          id: 'shop',
          url: 'pglite:./shop',
          kind: 'pglite',
          status: 'failed',
          error: 'x',
          containers: { scanned: 0, skipped: 0, failed: 0 },
          records: 0,
        },
      ],
    })
    const withFinding = makeResult({
      findings: [
        {
          checkId: 'plaintext-credential',
          messageId: 'm',
          severity: 'critical',
          source: 's',
          sourceId: 'shop',
          container: 'public.users',
          message: 'm',
          evidence: {},
          recommendation: 'r',
        },
      ],
    })
    const outputs = [incomplete, withFinding]
    const scheduler = start(
      async () => outputs.shift() ?? result,
      [{ name: 'strict', cron: '* * * * * *', failOn: 'high' }],
    )
    await vi.advanceTimersByTimeAsync(2_600)
    await scheduler.stop()
    expect(history.runs.map((r) => [r.status, r.exitCode])).toEqual([
      ['incomplete', 3],
      ['findings', 1],
      ['ok', 0],
    ])
    // Without `sources` a job scans every source of the policy.
    expect(history.runs).toHaveLength(3)
  })

  it('stops cleanly: waits for a running scan that finishes within the grace period', async () => {
    const { scan } = slowScan(2_000)
    const scheduler = start(scan)
    await vi.advanceTimersByTimeAsync(1_500)
    const stopped = scheduler.stop({ graceMs: 5_000 })
    expect(events.at(-1)).toEqual({ type: 'stopping', running: ['every-second'], graceMs: 5_000 })
    await vi.advanceTimersByTimeAsync(2_000)
    await stopped
    expect(types()).not.toContain('aborting')
    expect(history.runs.map((r) => r.status)).toEqual(['ok'])
    expect(types().at(-1)).toBe('stopped')
    // No tick after the stop.
    await vi.advanceTimersByTimeAsync(5_000)
    expect(history.runs).toHaveLength(1)
  })

  it('aborts a scan that outlasts the grace period and records it as failed', async () => {
    const { scan, state } = slowScan(60_000)
    const scheduler = start(scan)
    await vi.advanceTimersByTimeAsync(1_000)
    const stopped = scheduler.stop({ graceMs: 3_000 })
    await vi.advanceTimersByTimeAsync(3_000)
    await stopped
    expect(state.calls[0]?.signal?.aborted).toBe(true)
    expect(types().slice(-3)).toEqual(['aborting', 'run-failed', 'stopped'])
    expect(history.runs[0]).toMatchObject({
      status: 'failed',
      exitCode: 3,
      error: 'aborted: the scheduler stopped before the scan finished',
    })
  })

  it('a second stop with no grace aborts at once', async () => {
    const { scan } = slowScan(60_000)
    const scheduler = start(scan)
    await vi.advanceTimersByTimeAsync(1_000)
    const stopped = scheduler.stop({ graceMs: 30_000 })
    void scheduler.stop({ graceMs: 0 })
    await vi.advanceTimersByTimeAsync(0)
    await stopped
    expect(history.runs.map((r) => r.status)).toEqual(['failed'])
  })

  it('keeps running when the history cannot be opened, and says so', async () => {
    const { scan } = slowScan(10)
    const scheduler = startScheduler({
      policy,
      scan,
      openHistory: async () => {
        throw new Error('history is down')
      },
      onEvent: (e) => events.push(e),
    })
    await vi.advanceTimersByTimeAsync(1_600)
    await scheduler.stop()
    expect(events.filter((e) => e.type === 'history-failed')).toHaveLength(2)
    expect(events.filter((e) => e.type === 'run-finished')).toMatchObject([
      { status: 'ok', files: [] },
      { status: 'ok', files: [] },
    ])
  })
})

describe('scheduler validation', () => {
  const job = { name: 'nightly', cron: '0 2 * * *' }
  it.each([
    [[], /no jobs to schedule/],
    [
      [{ ...job, cron: '0 25 * * *' }],
      /schedule\.jobs\[0\]\.cron: job "nightly": invalid cron expression "0 25 \* \* \*"/,
    ],
    [[{ ...job, cron: 'every day' }], /job "nightly": invalid cron expression/],
    [[{ ...job, timeZone: 'Mars/Olympus' }], /schedule\.jobs\[0\]\.timeZone: job "nightly": .*Mars\/Olympus/],
    [[{ ...job, sources: ['shop', 'erp'] }], /job "nightly": unknown source "erp"; declared: shop, crm/],
    [[{ ...job, format: ['pdf'] }], /job "nightly": unknown format "pdf"; use json, md/],
    [[job, { ...job, cron: '* * * * *' }], /schedule\.jobs\[1\]\.name: duplicate job "nightly"/],
    [[{ ...job, name: '../etc' }], /job "..\/etc": use lower-case letters/],
  ])('%j', (jobs, message) => {
    const start = () =>
      startScheduler({
        policy,
        jobs: jobs as ScheduleJob[],
        scan: async () => result,
        renderers: { md: { fileName: 'pimap-report.md', render: () => '' }, table: { render: () => '' } },
      })
    expect(start).toThrow(ConfigError)
    expect(start).toThrow(message)
  })
})
