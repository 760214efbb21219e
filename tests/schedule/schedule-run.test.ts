/**
 * Real cron, real scans of an on-disk PGlite database, real PGlite history: the library on an every-second
 * job, then `pimap schedule` as a child process stopped with SIGTERM, then `pimap history` on what it recorded.
 */
import { PGlite } from '@electric-sql/pglite'
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reporters } from '../../reports/index.js'
import { findCategory } from '../../rules/categories.js'
import { openHistoryStore } from '../../src/history/open-history-store.js'
import { loadPolicy } from '../../src/policy/load-policy.js'
import type { ScheduleEvent } from '../../src/schedule/schedule-events.js'
import { type Scheduler, startScheduler } from '../../src/schedule/schedule.js'
import { cli } from '../helpers/run-cli.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
let dir: string
let shop: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pimap-schedule-'))
  shop = join(dir, 'shop')
  const db = await PGlite.create(shop)
  await db.exec(`
    CREATE TABLE members (id int PRIMARY KEY, mobile text, email text);
    INSERT INTO members VALUES (1, '13812345678', 'zhang.wei@example.com'), (2, '13987654321', 'li.na@example.cn'),
      (3, '18611112222', 'wang.fang@example.org');
  `)
  await db.close()
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A policy in its own folder; results and history are relative to it. */
async function writePolicy(name: string, extra = ''): Promise<string> {
  const folder = join(dir, name)
  const path = join(folder, 'pimap.yml')
  await rm(folder, { recursive: true, force: true })
  await import('node:fs/promises').then((fs) => fs.mkdir(folder, { recursive: true }))
  await writeFile(
    path,
    `version: 1
sources:
  - id: shop
    url: pglite:${shop}
schedule:
  resultsDir: results
  history: pglite:./history
  jobs:
    - name: every-second
      cron: "* * * * * *"
      format: [md]
${extra}`,
  )
  return path
}

describe('a real every-second cron job', () => {
  it('runs the real scan twice: two result files per format and two history rows', async () => {
    const path = await writePolicy('library')
    const folder = join(dir, 'library')
    const policy = await loadPolicy(path, { findCategory })
    const historyUrl = `pglite:${join(folder, 'history')}`
    // Create the history first: a new PGlite directory takes seconds, the runs should not wait for it.
    await (await openHistoryStore(historyUrl)).close()
    const finished: ScheduleEvent[] = []
    let scheduler: Scheduler | undefined
    const stopped = new Promise<void>((resolve) => {
      scheduler = startScheduler({
        policy,
        resultsDir: join(folder, 'results'),
        openHistory: () => openHistoryStore(historyUrl),
        renderers: reporters,
        onEvent: (e) => {
          if (e.type !== 'run-finished' && e.type !== 'run-failed' && e.type !== 'history-failed') return
          finished.push(e)
          if (finished.length === 2) void scheduler!.stop().then(resolve)
        },
      })
    })
    await stopped
    expect(finished).toMatchObject([
      { type: 'run-finished', status: 'ok', exitCode: 0 },
      { type: 'run-finished', status: 'ok', exitCode: 0 },
    ])
    const jobDir = join(folder, 'results', 'every-second')
    const files = (await readdir(jobDir)).sort()
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(2)
    expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(2)
    for (const f of files) expect(f).toMatch(/^\d{8}T\d{6}Z(-\d+)?\.(json|md)$/)
    const json = JSON.parse(await readFile(join(jobDir, files[0]!), 'utf8'))
    expect(json.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'mobile'])
    expect(json.sources[0]).toMatchObject({ id: 'shop', status: 'ok' })

    const history = await openHistoryStore(historyUrl)
    try {
      const runs = await history.list()
      expect(runs).toHaveLength(2)
      expect(runs.map((r) => r.status)).toEqual(['ok', 'ok'])
      const paths = finished.map((e) => (e.type === 'run-finished' ? e.files[0] : undefined)).reverse()
      expect(runs.map((r) => r.resultPath)).toEqual(paths)
      expect(runs[0]!.counts).toMatchObject({ fields: 2, personalFields: 2 })
      expect((await history.get(runs[0]!.id))?.result?.fields).toHaveLength(2)
    } finally {
      await history.close()
    }
  })
})

describe('pimap schedule as a daemon', () => {
  let child: ChildProcess | undefined
  afterAll(() => {
    // Only if an assertion failed before the child exited.
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })

  it('stops cleanly on SIGTERM (exit 0, a "stopped" line), and `pimap history` shows its runs', async () => {
    const config = await writePolicy('daemon')
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'schedule', '--config', config], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child!.once('exit', (code, signal) => resolve({ code, signal })),
    )
    child.stderr!.setEncoding('utf8')
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no two runs within 90 s:\n${stderr}`)), 90_000)
      child!.stderr!.on('data', (chunk: string) => {
        stderr += chunk
        if ((stderr.match(/job every-second run \d+ ok/g) ?? []).length >= 2) {
          clearTimeout(timer)
          resolve()
        }
      })
      void exited.then(() => reject(new Error(`exited early:\n${stderr}`)))
    })
    child.kill('SIGTERM')
    expect(await exited).toEqual({ code: 0, signal: null })
    const lines = stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^pimap: history pglite:.*daemon\/history; results in .*daemon\/results$/)
    expect(lines[1]).toMatch(/^pimap: job every-second "\* \* \* \* \* \*", next run \d{4}-/)
    expect(lines).toContainEqual(expect.stringMatching(/^pimap: stopping/))
    expect(lines.at(-1)).toBe('pimap: scheduler stopped')
    expect(stderr).not.toMatch(/failed|error/i)

    const list = await cli(['history', '--config', config])
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/^RUN\s+JOB\s+STARTED/)
    expect(list.stdout).toMatch(
      /\n1\s+every-second\s+\S+\s+[\d.]+s\s+ok\s+0\s+2\s+0\s+\d+\s+\S+daemon\/results\/every-second\/\d{8}T\d{6}Z\.json/,
    )

    const compare = await cli(['history', 'compare', '1', '2', '--config', config])
    expect(compare.code).toBe(0)
    expect(compare.stdout).toMatch(/fields: 0 added, 0 removed, 0 changed/)
    const sameAsFlag = await cli(['history', '--compare', '1', '2', '--format', 'json', '--config', config])
    expect(JSON.parse(sameAsFlag.stdout).fields).toEqual({ added: [], removed: [], changed: [] })

    const trends = await cli([
      'history',
      'trends',
      '--job',
      'every-second',
      '--format',
      'json',
      '--config',
      config,
    ])
    expect(trends.code).toBe(0)
    const points = JSON.parse(trends.stdout)
    expect(points.length).toBeGreaterThanOrEqual(2)
    expect(points[0]).toMatchObject({ runId: 1, personalFields: 2, sensitiveFields: 0 })
    expect(points[1]).toMatchObject({ runId: 2, newFields: 0, removedFields: 0 })

    const missing = await cli(['history', 'compare', '1', '99', '--config', config])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no run "99" in pglite:/)
    const noJob = await cli(['history', 'trends', '--config', config])
    expect(noJob.code).toBe(2)
    expect(noJob.stderr).toMatch(/history trends: needs --job NAME/)
  }, 180_000)

  it('refuses to start on an invalid cron expression, naming the job and line (exit 2)', async () => {
    const config = await writePolicy('bad', '    - name: broken\n      cron: "61 * * * *"\n')
    const run = await cli(['schedule', '--config', config])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /pimap\.yml:13 schedule\.jobs\[1\]\.cron: invalid cron expression "61 \* \* \* \*"/,
    )
  })

  it('refuses a policy without a schedule section (exit 2)', async () => {
    const config = join(dir, 'plain.yml')
    await writeFile(config, `version: 1\nsources:\n  - id: shop\n    url: pglite:${shop}\n`)
    const run = await cli(['schedule', '--config', config])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/has no schedule section; add schedule\.jobs/)
  })
})
