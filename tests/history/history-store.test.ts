import pg from 'pg'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HistoryStore } from '../../src/history/history-store.js'
import { openHistoryStore, resolveHistoryUrl } from '../../src/history/open-history-store.js'
import { trends } from '../../src/history/trends.js'
import { redactUrl } from '../../src/util/redact-url.js'
import { cli } from '../helpers/run-cli.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'
import { field, finding, makeResult } from '../diff/make-result.js'

const phone = field({ container: 'public.members', field: 'mobile', category: 'contact.phone' })
const email = field({ container: 'public.members', field: 'email', category: 'contact.email' })
const idCard = field({
  container: 'public.members',
  field: 'id_card',
  category: 'id.national',
  sensitivity: 'sensitive',
})
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 2, minute))

/** The same contract for every history store: PGlite and PostgreSQL share the SQL, so they must agree. */
function historyContract(name: string, open: () => Promise<HistoryStore>) {
  describe(`${name}: history store`, () => {
    let store: HistoryStore
    beforeAll(async () => {
      store = await open()
      await store.record({
        job: 'nightly',
        startedAt: at(0),
        finishedAt: at(1),
        status: 'ok',
        exitCode: 0,
        resultPath: '/results/nightly/20260101T020000Z.json',
        result: makeResult({ fields: [phone, email], startedAt: at(0).toISOString() }),
      })
      await store.record({
        job: 'hourly',
        startedAt: at(5),
        finishedAt: at(6),
        status: 'incomplete',
        exitCode: 3,
        result: makeResult({ fields: [phone] }),
      })
      await store.record({
        job: 'nightly',
        startedAt: at(10),
        finishedAt: at(10),
        status: 'failed',
        exitCode: 2,
        error: 'no source given',
      })
      await store.record({
        job: 'nightly',
        startedAt: at(20),
        finishedAt: at(21),
        status: 'findings',
        exitCode: 1,
        result: makeResult({
          fields: [phone, idCard],
          startedAt: at(20).toISOString(),
          findings: [
            finding({ checkId: 'sensitive-without-basis', container: 'public.members', severity: 'high' }),
            finding({ checkId: 'retention-exceeded', container: 'public.members', severity: 'medium' }),
          ],
        }),
      })
    })
    afterAll(async () => {
      await store?.close()
    })

    it('lists runs newest first with their counts, without results', async () => {
      const runs = await store.list()
      expect(runs.map((r) => [r.job, r.status])).toEqual([
        ['nightly', 'findings'],
        ['nightly', 'failed'],
        ['hourly', 'incomplete'],
        ['nightly', 'ok'],
      ])
      expect(runs[0]).toMatchObject({
        startedAt: at(20).toISOString(),
        finishedAt: at(21).toISOString(),
        exitCode: 1,
        counts: {
          fields: 2,
          personalFields: 2,
          sensitiveFields: 1,
          findings: 2,
          findingsBySeverity: { critical: 0, high: 1, medium: 1, low: 0, info: 0 },
        },
      })
      expect(runs[1]).toMatchObject({ error: 'no source given', counts: { fields: 0 } })
      expect(runs[3]?.resultPath).toBe('/results/nightly/20260101T020000Z.json')
      expect(runs.every((r) => !('result' in r))).toBe(true)
      const ids = runs.map((r) => r.id)
      expect(new Set(ids).size).toBe(4)
    })

    it('filters by job and status and limits', async () => {
      expect((await store.list({ job: 'nightly' })).map((r) => r.status)).toEqual([
        'findings',
        'failed',
        'ok',
      ])
      expect((await store.list({ status: 'incomplete' })).map((r) => r.job)).toEqual(['hourly'])
      expect(await store.list({ job: 'nightly', limit: 1 })).toHaveLength(1)
      expect(await store.list({ job: 'weekly' })).toEqual([])
    })

    it('gets one run with its full result', async () => {
      const [latest] = await store.list({ limit: 1 })
      const run = await store.get(latest!.id)
      expect(run?.result?.fields.map((f) => f.field)).toEqual(['mobile', 'id_card'])
      expect(run?.result?.findings).toHaveLength(2)
      const failed = (await store.list({ status: 'failed' }))[0]!
      expect((await store.get(failed.id))?.result).toBeUndefined()
      expect(await store.get(999_999)).toBeUndefined()
    })

    it('computes trends per run of a job: fields, new and removed since the run before, findings', async () => {
      const points = await trends(store, 'nightly')
      expect(points.map((p) => p.status)).toEqual(['ok', 'findings']) // the failed run has no result
      expect(points[0]).toMatchObject({ personalFields: 2, sensitiveFields: 0 })
      expect(points[0]?.newFields).toBeUndefined()
      expect(points[1]).toMatchObject({
        personalFields: 2,
        sensitiveFields: 1,
        newFields: 1,
        removedFields: 1,
        changedFields: 0,
        findingsBySeverity: { high: 1, medium: 1 },
      })
    })

    it('keeps runs across close and reopen', async () => {
      await store.close()
      store = await open()
      expect(await store.list()).toHaveLength(4)
    })
  })
}

const dirs: string[] = []
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pimap-history-'))
  dirs.push(dir)
  return dir
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

const pgliteDir = join(await tempDir(), 'history')
historyContract('PGlite', () => openHistoryStore(`pglite:${pgliteDir}`))

describe('PGlite history lock', () => {
  let dir: string
  beforeAll(async () => {
    dir = join(await tempDir(), 'h')
  })

  it('lets one process at a time open a directory, waiting for the holder', async () => {
    const first = await openHistoryStore(`pglite:${dir}`)
    await expect(openHistoryStore(`pglite:${dir}`, { lock: { timeoutMs: 300 } })).rejects.toThrow(
      /held by process \d+; a PGlite history is used by one process at a time/,
    )
    const waiting = openHistoryStore(`pglite:${dir}`, { lock: { timeoutMs: 20_000 } })
    await first.close()
    const second = await waiting
    expect(await second.list()).toEqual([])
    await second.close()
  })

  it('takes over a lock left by a process that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    })
    await writeFile(`${dir}.lock`, `${dead.stdout}\n`)
    const store = await openHistoryStore(`pglite:${dir}`, { lock: { timeoutMs: 300 } })
    await store.close()
  })
})

describe('history readers', () => {
  it('do not create a PGlite history where there is none', async () => {
    const dir = await tempDir()
    const run = await cli(['history', '--history', 'pglite:./nothing-here'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/no pimap history at .*nothing-here \(pimap schedule creates it/)
    expect(existsSync(join(dir, 'nothing-here'))).toBe(false)
  })
})

describe('history URLs', () => {
  it.each([
    ['pglite:.pimap-history', '/srv/pimap', 'pglite:/srv/pimap/.pimap-history'],
    ['pglite:/var/lib/pimap', '/srv', 'pglite:/var/lib/pimap'],
    ['pglite:memory://', '/srv', 'pglite:memory://'],
    ['postgresql://u:p@db/pimap', '/srv', 'postgresql://u:p@db/pimap'],
  ])('%s relative to %s', (url, base, expected) => {
    expect(resolveHistoryUrl(url, base)).toBe(expected)
  })

  it('refuses other schemes, naming the supported ones and hiding passwords', async () => {
    await expect(openHistoryStore('mysql://u:secret@db/x')).rejects.toThrow(
      /unsupported history "mysql:\/\/\*\*\*@db\/x"; use pglite:…, postgres:\/\/…, postgresql:\/\/…/,
    )
  })
})

const available = await requireService('postgres')
const DB = `pimap_test_history_${process.pid}`
const pgUrl = (() => {
  const u = new URL(SERVICE_URLS.postgres)
  u.pathname = `/${DB}`
  return u.toString()
})()

describe.skipIf(!available)('PostgreSQL history', () => {
  const admin = new pg.Client({ connectionString: SERVICE_URLS.postgres })
  beforeAll(async () => {
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${DB}`)
  })
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
    await admin.end()
  })

  it('a reader (create: false) does not create the table and says the history is empty', async () => {
    await expect(openHistoryStore(pgUrl, { create: false })).rejects.toThrow(
      /no pimap history in .*: the pimap_runs table does not exist yet/,
    )
    const client = new pg.Client({ connectionString: pgUrl })
    await client.connect()
    const { rows } = await client.query(`SELECT to_regclass('pimap_runs')::text AS name`)
    await client.end()
    expect(rows).toEqual([{ name: null }])
  })

  historyContract('PostgreSQL', () => openHistoryStore(pgUrl))

  it('lets several stores share the database at once', async () => {
    const [a, b] = await Promise.all([openHistoryStore(pgUrl), openHistoryStore(pgUrl)])
    const run = { job: 'shared', startedAt: at(0), finishedAt: at(0), status: 'ok' as const, exitCode: 0 }
    await Promise.all([a.record(run), b.record(run)])
    expect(await a.list({ job: 'shared' })).toHaveLength(2)
    expect(a.location).toBe(redactUrl(pgUrl))
    await Promise.all([a.close(), b.close()])
  })

  it('reports an unreachable database as a connection error', async () => {
    await expect(openHistoryStore('postgresql://u:secret@127.0.0.1:1/x')).rejects.toThrow(
      /cannot open the history at postgresql:\/\/u:\*\*\*@127\.0\.0\.1:1\/x/,
    )
  })
})
