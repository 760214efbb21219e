/**
 * Enforcement on the machine's real PostgreSQL: the plan changes nothing, --apply anonymizes or deletes exactly
 * the expired rows in batches with an audit trail, reruns touch nothing, and a SIGKILL in the middle of --apply
 * followed by a rerun processes every planned record exactly once.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findCategory } from '../../rules/categories.js'
import { readAuditLog } from '../../src/enforce/audit-log.js'
import { enforce } from '../../src/enforce/enforce.js'
import { loadPolicy } from '../../src/policy/load-policy.js'
import { cli } from '../helpers/run-cli.js'
import { killMidApply } from '../helpers/kill-mid-apply.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'

const available = await requireService('postgres')
const DB = `pimap_test_enforce_${process.pid}`

const policyText = (url: string, extra = '') => `version: 1
sources: [{ id: shop, url: "${url}" }]
purposes:
  - id: orders
    description: orders
    legalBasis: contract
    categories: [person, contact, credential, location]
    retention: { duration: P3Y, from: transaction_completed, action: anonymize }
  - id: logs
    description: logs
    legalBasis: legal_obligation
    categories: [network, contact]
    retention: { duration: P6M, from: created, action: delete }
mappings:
  - { match: "shop:public.orders", purposes: [orders], clocks: { transaction_completed: completed_at } }
  - { match: "shop:public.access_logs", purposes: [logs] }
  - { match: "shop:public.no_key", purposes: [logs] }
${extra}`

describe.skipIf(!available)('enforcement on PostgreSQL', () => {
  const admin = new pg.Client({ connectionString: SERVICE_URLS.postgres })
  const url = new URL(SERVICE_URLS.postgres)
  url.pathname = `/${DB}`
  const client = new pg.Client({ connectionString: url.toString() })
  let dir: string
  const checksum = async (where: string) =>
    (
      await client.query(
        `SELECT md5(string_agg(t::text, '|' ORDER BY id)) AS h, count(*)::int AS n FROM orders t WHERE ${where}`,
      )
    ).rows[0] as { h: string; n: number }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pimap-enforce-'))
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${DB}`)
    await admin.query(`CREATE DATABASE ${DB}`)
    await client.connect()
    await client.query(`
      CREATE TABLE orders (id int PRIMARY KEY, consignee text, consignee_phone text, email text, birthday date, password text,
        lat numeric(9,6), lng numeric(9,6), completed_at timestamptz);
      INSERT INTO orders SELECT g, (ARRAY['张伟','王芳','李娜','刘洋'])[1 + g % 4], '138' || lpad(g::text, 8, '0'), 'user' || g || '@example.com',
        date '1980-01-01' + g, 'hunter' || g, 39.9 + g / 10000.0, 116.3 + g / 10000.0,
        CASE WHEN g % 3 = 0 THEN timestamptz '2025-06-01' ELSE timestamptz '2021-01-01' + g * interval '1 hour' END
      FROM generate_series(1, 300) g;
      CREATE TABLE access_logs (id bigint PRIMARY KEY, client_ip inet, member_id int, created_at timestamptz);
      INSERT INTO access_logs SELECT g, ('36.112.' || (g % 200) || '.9')::inet, g, timestamptz '2026-05-01' - g * interval '1 day' FROM generate_series(1, 400) g;
      CREATE TABLE no_key (client_ip inet, member_id int, created_at timestamptz);
      INSERT INTO no_key SELECT ('36.112.1.' || g)::inet, g, timestamptz '2024-01-01' FROM generate_series(1, 20) g;
      CREATE TABLE big_orders (id int PRIMARY KEY, consignee_phone text, completed_at timestamptz);
      INSERT INTO big_orders SELECT g, '139' || lpad(g::text, 8, '0'), timestamptz '2021-01-01' FROM generate_series(1, 20000) g;
      ANALYZE;
    `)
    await writeFile(join(dir, 'pimap.yml'), policyText(url.toString()))
  })
  afterAll(async () => {
    await client.end()
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
    await admin.end()
    await rm(dir, { recursive: true, force: true })
  })

  const NOW = new Date('2026-06-01T00:00:00Z')
  const load = async () => loadPolicy(join(dir, 'pimap.yml'), { findCategory })

  it('plans without changing anything', async () => {
    const before = await checksum('true')
    const { plan } = await enforce({
      policy: await load(),
      apply: false,
      auditLogPath: join(dir, 'unused.jsonl'),
      now: NOW,
    })
    const orders = plan.items.find((i) => i.container === 'public.orders')!
    expect(orders).toMatchObject({
      action: 'anonymize',
      expired: 200,
      keyField: 'id',
      clockField: 'completed_at',
    })
    expect(Object.fromEntries(orders.fields.map((f) => [f.field, f.operator]))).toMatchObject({
      consignee_phone: 'mask',
      birthday: 'generalize',
      password: 'nullify',
      lat: 'generalize',
    })
    const logsExpired = (
      await client.query(`SELECT count(*)::int AS n FROM access_logs WHERE created_at < '2025-12-01'`)
    ).rows[0].n
    expect(plan.items.find((i) => i.container === 'public.access_logs')).toMatchObject({
      action: 'delete',
      expired: logsExpired,
    })
    expect(plan.items.find((i) => i.container === 'public.no_key')?.refused).toMatch(/no primary key/)
    expect(await checksum('true')).toEqual(before)
  })

  it('applies in batches, leaves other rows alone, audits counts and touches nothing on a rerun', async () => {
    const audit = join(dir, 'audit-apply.jsonl')
    const untouched = await checksum(`completed_at >= '2023-06-01'`)
    const logsTotal = (await client.query(`SELECT count(*)::int AS n FROM access_logs`)).rows[0].n
    const logsExpired = (
      await client.query(`SELECT count(*)::int AS n FROM access_logs WHERE created_at < '2025-12-01'`)
    ).rows[0].n
    const policy = await load()
    const { report } = await enforce({ policy, apply: true, auditLogPath: audit, batchSize: 64, now: NOW })
    expect(report!.items.find((i) => i.container === 'public.orders')).toMatchObject({
      status: 'done',
      processed: 200,
      batches: 4,
    })
    expect(report!.items.find((i) => i.container === 'public.access_logs')).toMatchObject({
      status: 'done',
      processed: logsExpired,
    })
    expect(report!.items.find((i) => i.container === 'public.no_key')?.status).toBe('refused')
    const rows = (await client.query(`SELECT * FROM orders WHERE id IN (1, 3) ORDER BY id`)).rows
    expect(rows[0]).toMatchObject({ consignee_phone: '138****0001', password: null, lat: '39.900000' })
    expect(rows[0].birthday.getFullYear()).toBe(1980)
    expect(rows[1]).toMatchObject({ consignee_phone: '13800000003', password: 'hunter3' }) // not expired
    expect(await checksum(`completed_at >= '2023-06-01'`)).toEqual(untouched)
    expect((await client.query(`SELECT count(*)::int AS n FROM access_logs`)).rows[0].n).toBe(
      logsTotal - logsExpired,
    )
    const entries = readAuditLog(audit)
    const done = entries.filter((e) => e.event === 'batch-done' && e.container === 'public.orders')
    expect(done.reduce((n, e) => n + (e.count ?? 0), 0)).toBe(200)
    expect(done[0]).toMatchObject({ keyFrom: '1', keyTo: expect.any(String), action: 'anonymize' })
    expect(JSON.stringify(entries)).not.toMatch(/138000|hunter|@example/)

    const xminBefore = (await client.query(`SELECT string_agg(xmin::text, ',' ORDER BY id) AS x FROM orders`))
      .rows[0].x
    const again = await enforce({ policy, apply: true, auditLogPath: audit, batchSize: 64, now: NOW })
    // Anonymized records no longer count as past retention: the plan has nothing left for orders.
    expect(again.plan.items.find((i) => i.container === 'public.orders')).toBeUndefined()
    expect(
      again.scan.findings.filter(
        (f) => f.checkId === 'retention-exceeded' && f.container === 'public.orders',
      ),
    ).toEqual([])
    expect(again.report!.processed).toBe(0)
    expect(
      (await client.query(`SELECT string_agg(xmin::text, ',' ORDER BY id) AS x FROM orders`)).rows[0].x,
    ).toBe(xminBefore)
  })

  it('hashes with PIMAP_HASH_KEY through the CLI and caps a run with --max-rows', async () => {
    await writeFile(join(dir, 'hash.yml'), policyText(url.toString(), 'anonymize: { contact.email: hash }\n'))
    await client.query(`UPDATE orders SET email = 'user' || id || '@example.com'`)
    const noKey = await cli(['enforce', '--config', 'hash.yml', '--apply', '--quiet'], { cwd: dir })
    expect(noKey.code).toBe(2)
    expect(noKey.stderr).toMatch(/PIMAP_HASH_KEY/)
    const env = { PIMAP_HASH_KEY: '00112233445566778899aabbccddeeff' }
    const capped = await cli(
      [
        'enforce',
        '--config',
        'hash.yml',
        '--apply',
        '--max-rows',
        '50',
        '--batch-size',
        '20',
        '--format',
        'json',
        '--quiet',
        '--audit-log',
        'hash.jsonl',
      ],
      { cwd: dir, env },
    )
    expect(capped.code).toBe(0)
    expect(JSON.parse(capped.stdout).report.processed).toBe(50)
    const rest = await cli(
      ['enforce', '--config', 'hash.yml', '--apply', '--quiet', '--audit-log', 'hash.jsonl'],
      { cwd: dir, env },
    )
    expect(rest.code).toBe(0)
    const hashed = (await client.query(`SELECT count(*)::int AS n FROM orders WHERE email LIKE 'h1:%'`))
      .rows[0].n
    expect(hashed).toBe(200)
  })

  it(
    'survives SIGKILL mid-apply: the rerun processes every planned record exactly once',
    { timeout: 120_000 },
    async () => {
      const audit = join(dir, 'audit-crash.jsonl')
      const only = `mappings:\n  - { match: "shop:public.big_orders", purposes: [orders], clocks: { transaction_completed: completed_at } }\n`
      await writeFile(
        join(dir, 'crash.yml'),
        policyText(url.toString()).replace(/mappings:\n(?: {2}- .*\n)+/, only),
      )
      const outside = async () =>
        (
          await client.query(
            `SELECT md5(string_agg(t::text, '|' ORDER BY id)) AS h FROM big_orders t WHERE id > 20000`,
          )
        ).rows[0].h
      await client.query(
        `INSERT INTO big_orders SELECT g, '137' || lpad(g::text, 8, '0'), timestamptz '2026-05-01' FROM generate_series(20001, 20500) g`,
      )
      const untouched = await outside()
      // Small batches make the run long enough to be killed in the middle (2,000 transactions).
      const childErr = await killMidApply({ config: join(dir, 'crash.yml'), audit })
      const midway = (
        await client.query(`SELECT count(*)::int AS n FROM big_orders WHERE consignee_phone LIKE '%*%'`)
      ).rows[0].n
      expect(midway, `the child made no progress: ${childErr}`).toBeGreaterThan(0)
      expect(midway).toBeLessThan(20000)

      const { report } = await enforce({
        policy: await loadPolicy(join(dir, 'crash.yml'), { findCategory }),
        apply: true,
        auditLogPath: audit,
        batchSize: 500,
      })
      expect(report!.items[0]).toMatchObject({ container: 'public.big_orders', status: 'done' })
      expect(
        (
          await client.query(
            `SELECT count(*)::int AS n FROM big_orders WHERE id <= 20000 AND consignee_phone NOT LIKE '139****%'`,
          )
        ).rows[0].n,
      ).toBe(0)
      expect(await outside()).toBe(untouched)
      const entries = readAuditLog(audit)
      const counted =
        entries.filter((e) => e.event === 'batch-done').reduce((n, e) => n + (e.count ?? 0), 0) +
        entries
          .filter((e) => e.event === 'batch-recovered' && e.committed)
          .reduce((n, e) => n + (e.count ?? 0), 0)
      expect(counted).toBe(20000)
    },
  )

  it('records a batch a killed run left pending once its container has nothing left, and keeps unknown ones pending', async () => {
    const audit = join(dir, 'audit-settled.jsonl')
    const pending = (batch: string, container: string) =>
      JSON.stringify({
        at: '2026-05-31T00:00:00.000Z',
        run: 'killed-run',
        plan: 'old-plan',
        event: 'batch-pending',
        source: 'shop',
        container,
        action: 'delete',
        batch,
        count: 7,
        keyFrom: '1',
        keyTo: '9',
      })
    await writeFile(
      audit,
      `${pending('b-logs', 'public.access_logs')}\n${pending('b-gone', 'public.gone')}\n`,
    )
    const { plan, report } = await enforce({
      policy: await load(),
      apply: true,
      auditLogPath: audit,
      now: NOW,
    })
    // Earlier tests deleted the expired logs: nothing of them is due, so the pending batch must have committed.
    expect(plan.items.find((i) => i.container === 'public.access_logs')).toBeUndefined()
    expect(report!.recovered).toBe(1)
    const recovered = readAuditLog(audit).filter((e) => e.event === 'batch-recovered')
    expect(recovered).toEqual([expect.objectContaining({ batch: 'b-logs', committed: true, count: 7 })])
  })
})
