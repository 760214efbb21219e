/**
 * Enforcement on the machine's real MariaDB (or MySQL), as tests/enforce/postgres-enforce.test.ts does on
 * PostgreSQL: the plan changes nothing, --apply anonymizes or deletes exactly the expired rows in batches with an
 * audit trail, reruns touch nothing, --max-rows caps a run, tables without a primary key are refused, and a
 * SIGKILL in the middle of --apply followed by a rerun processes every planned record exactly once. Operators
 * computed by MySQL are compared value by value with the JS operators and with PostgreSQL's expressions.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, MysqlDialect, PostgresDialect, type RawBuilder, sql } from 'kysely'
import mysql from 'mysql2'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MysqlContainer } from '../../connectors/mysql/mysql-catalog.js'
import { MysqlConnector } from '../../connectors/mysql/mysql-connector.js'
import { operatorSql, pendingSql, type PendingField } from '../../connectors/mysql/mysql-operators.js'
import { operatorSql as pgOperatorSql } from '../../connectors/postgres/postgres-operators.js'
import { findCategory } from '../../rules/categories.js'
import type { BatchResult, RetentionTask } from '../../src/connector/connector.js'
import { AuditLog, readAuditLog } from '../../src/enforce/audit-log.js'
import { enforce } from '../../src/enforce/enforce.js'
import { applyOperator, hashText, maskText } from '../../src/enforce/operators.js'
import { loadPolicy } from '../../src/policy/load-policy.js'
import { BIG_EXPIRED, seedMysqlEnforce } from '../fixtures/seed-mysql-enforce.js'
import { cli } from '../helpers/run-cli.js'
import { killMidApply } from '../helpers/kill-mid-apply.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'

const available = await requireService('mysql')
const DB = `pimap_test_enforce_mysql_${process.pid}`
const NOW = new Date('2026-06-01T00:00:00Z')
const DAY = 86_400_000

const dbUrl = () => {
  const u = new URL(SERVICE_URLS.mysql)
  u.pathname = `/${DB}`
  return u.toString()
}

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
  - { match: "shop:${DB}.orders", purposes: [orders], clocks: { transaction_completed: completed_at } }
  - { match: "shop:${DB}.access_logs", purposes: [logs] }
  - { match: "shop:${DB}.no_key", purposes: [logs] }
${extra}`

describe.skipIf(!available)('enforcement on MySQL/MariaDB', () => {
  const pool = mysql.createPool({
    uri: SERVICE_URLS.mysql,
    connectionLimit: 2,
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
  })
  const url = dbUrl()
  let client: Kysely<unknown>
  let dir: string
  const q = async <T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> =>
    (await pool.promise().query(text, values))[0] as T[]
  const n = async (text: string, values: unknown[] = []) =>
    Number(Object.values((await q(text, values))[0]!)[0])
  /** Hash of the rows matching `where`, in key order (values never leave the test). */
  const checksum = async (table: string, where = 'true') => {
    const rows = await q(`SELECT * FROM \`${DB}\`.\`${table}\` WHERE ${where} ORDER BY id`)
    return { h: createHash('sha256').update(JSON.stringify(rows)).digest('hex'), n: rows.length }
  }
  const touches = (table: string) => n(`SELECT count(*) FROM \`${DB}\`.touches WHERE tbl = ?`, [table])
  /** Expired rows by the same rule as the connector: the cutoff bound as a JS Date. */
  const expiredLogs = () =>
    n(`SELECT count(*) FROM \`${DB}\`.access_logs WHERE created_at < ?`, [new Date('2025-12-01T00:00:00Z')])
  const load = async (file = 'pimap.yml') => loadPolicy(join(dir, file), { findCategory })

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pimap-enforce-mysql-'))
    await q(`DROP DATABASE IF EXISTS \`${DB}\``)
    await q(`CREATE DATABASE \`${DB}\` DEFAULT CHARSET utf8mb4`)
    const seed = mysql.createConnection({ uri: url })
    try {
      await seedMysqlEnforce((text) => seed.promise().query(text))
    } finally {
      await seed.promise().end()
    }
    client = new Kysely<unknown>({ dialect: new MysqlDialect({ pool: mysql.createPool({ uri: url }) }) })
    await writeFile(join(dir, 'pimap.yml'), policyText(url))
  })
  afterAll(async () => {
    await client?.destroy()
    await q(`DROP DATABASE IF EXISTS \`${DB}\``).catch(() => {})
    await pool.promise().end()
    await rm(dir, { recursive: true, force: true })
  })

  const withConnector = async <T>(
    fn: (c: MysqlConnector, find: (t: string) => MysqlContainer) => Promise<T>,
  ) => {
    const c = new MysqlConnector(url, { statementTimeoutMs: 10_000, maxConnections: 1 })
    try {
      await c.connect()
      const list = (await c.listContainers()) as MysqlContainer[]
      return await fn(c, (t) => list.find((x) => x.id === `${DB}.${t}`)!)
    } finally {
      await c.close()
    }
  }

  it('computes operators exactly as the JS operators and PostgreSQL do, and judges pending values the same', async () => {
    const texts = [
      '',
      'a',
      'ab',
      'abc',
      'abcd',
      'abcdef',
      'abcdefg',
      '13812345678',
      '138****5678',
      '张三',
      '张三丰',
      '北京市朝阳区建国路88号SOHO',
      'zhang.san@example.com',
      '😀😀😀😀😀😀😀',
      'a*',
      '1**',
      '**',
      'ab  ',
      'ABC*efgh',
      'x'.repeat(12),
      '110105194912310021',
    ]
    await sql`create table ${sql.id('op_samples')} (id int primary key, v varchar(100), d date, dt datetime(6), x decimal(12,6), f double) default charset=utf8mb4`.execute(
      client,
    )
    const dates = ['1985-03-02', '1985-01-01', '2000-02-29', null]
    const times = ['2021-03-04 10:11:12.123456', '2021-01-01 00:00:00.000000', null]
    const numbers = ['39.908722', '-0.125000', '39.905000', '116.397128', '0.004999', null]
    const rows = texts.map((v, i) => ({
      id: i + 1,
      v,
      d: dates[i % dates.length] ?? null,
      dt: times[i % times.length] ?? null,
      x: numbers[i % numbers.length] ?? null,
      f: numbers[i % numbers.length] ?? null,
    }))
    for (const r of rows)
      await sql`insert into op_samples values (${r.id}, ${r.v}, ${r.d}, ${r.dt}, ${r.x}, ${r.f})`.execute(
        client,
      )
    const field = (operator: PendingField['operator'], category = 'contact.phone'): PendingField => ({
      field: 'v',
      category,
      operator,
    })
    const evaluate = async (type: string, column: string, f: PendingField) => {
      const col = sql.id('t', column)
      const { rows: out } = await sql<{
        id: number
        before: string | null
        after: string | null
        pending: unknown
      }>`
        select id, cast(${col} as char) as ${sql.id('before')}, cast(${operatorSql(type, f, col)!} as char) as ${sql.id('after')},
          ${pendingSql(type, f, col)!} as ${sql.id('pending')}
        from op_samples as t order by id`.execute(client)
      return out
    }
    // mask: the SQL result is maskText's, and "pending" is exactly "maskText would change it".
    const masked = await evaluate('varchar', 'v', field('mask'))
    for (const r of masked) {
      expect(r.after, r.before ?? '').toBe(maskText(r.before!))
      expect(Number(r.pending) === 1, r.before ?? '').toBe(maskText(r.before!) !== r.before)
    }
    // nullify and hash predicates.
    const hashKey = Buffer.from('00112233445566778899aabbccddeeff', 'hex')
    const nulls = await evaluate('varchar', 'v', field('nullify'))
    expect(nulls.every((r) => r.after === null && Number(r.pending) === 1)).toBe(true)
    const { rows: hashPending } = await sql<{
      v: string
      p: unknown
    }>`select v, ${pendingSql('varchar', field('hash'), sql.id('t', 'v'))!} as p
      from (select v from op_samples union all select ${hashText('13812345678', hashKey)}) as t`.execute(
      client,
    )
    for (const r of hashPending) expect(Number(r.p) === 1, r.v).toBe(hashText(r.v, hashKey) !== r.v)
    // generalize of dates, times and numbers.
    const gen = (column: string, type: string) =>
      evaluate(type, column, { ...field('generalize'), field: column })
    for (const r of await gen('d', 'date')) {
      expect(r.after).toBe(
        r.before === null ? null : applyOperator('generalize', r.before, 'person.birthdate'),
      )
      expect(Number(r.pending) === 1).toBe(r.before !== null && r.after !== r.before)
    }
    for (const r of await gen('dt', 'datetime')) {
      expect(r.after).toBe(r.before === null ? null : `${r.before.slice(0, 4)}-01-01 00:00:00`)
      expect(Number(r.pending) === 1).toBe(
        r.before !== null && !r.before.startsWith(`${r.before.slice(0, 4)}-01-01 00:00:00`),
      )
    }
    const decimals = await gen('x', 'decimal')
    const doubles = await gen('f', 'double')

    // The same expressions in PostgreSQL give the same values.
    if (await requireService('postgres')) {
      const pgDb = new Kysely<unknown>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: SERVICE_URLS.postgres, max: 1 }),
        }),
      })
      try {
        const casts: Record<string, (s: RawBuilder<unknown>) => RawBuilder<unknown>> = {
          text: (s) => s,
          numeric: (s) => sql`cast(${s} as numeric)`,
          float8: (s) => sql`cast(${s} as float8)`,
        }
        const onPg = async (type: string, f: PendingField, values: (string | null)[]) => {
          const { rows: out } = await sql<{
            out: string | null
          }>`select (${pgOperatorSql(type, f, sql`c.x`)!})::text as out
            from unnest(cast(${values} as text[])) with ordinality as u(s, i),
              lateral (select ${casts[type]!(sql`u.s`)} as x) as c
            order by u.i`.execute(pgDb)
          return out.map((r) => r.out)
        }
        expect(
          await onPg(
            'text',
            field('mask'),
            masked.map((r) => r.before),
          ),
        ).toEqual(masked.map((r) => r.after))
        const numeric = await onPg(
          'numeric',
          field('generalize'),
          decimals.map((r) => r.before),
        )
        expect(decimals.map((r) => (r.after === null ? null : Number(r.after).toFixed(2)))).toEqual(numeric)
        expect(doubles.map((r) => (r.after === null ? null : Number(r.after).toFixed(2)))).toEqual(
          await onPg(
            'float8',
            field('generalize'),
            doubles.map((r) => r.before),
          ),
        )
        expect(numeric.slice(0, 3)).toEqual(['39.91', '-0.13', '39.91'])
      } finally {
        await pgDb.destroy()
      }
    }
    await sql`drop table ${sql.id('op_samples')}`.execute(client)
  })

  it('plans without changing anything; counts pending-aware on the engine; scan reports retention-exceeded', async () => {
    const before = await Promise.all(['orders', 'access_logs', 'big_orders'].map((t) => checksum(t)))
    const { plan, scan } = await enforce({
      policy: await load(),
      apply: false,
      auditLogPath: join(dir, 'unused.jsonl'),
      now: NOW,
    })
    const orders = plan.items.find((i) => i.container === `${DB}.orders`)!
    expect(orders).toMatchObject({
      action: 'anonymize',
      expired: 200,
      keyField: 'id',
      clockField: 'completed_at',
    })
    expect(orders.refused).toBeUndefined()
    expect(Object.fromEntries(orders.fields.map((f) => [f.field, f.operator]))).toMatchObject({
      consignee_phone: 'mask',
      birthday: 'generalize',
      password: 'nullify',
      lat: 'generalize',
    })
    const logs = await expiredLogs()
    expect(plan.items.find((i) => i.container === `${DB}.access_logs`)).toMatchObject({
      action: 'delete',
      expired: logs,
      keyField: 'id',
    })
    expect(plan.items.find((i) => i.container === `${DB}.no_key`)?.refused).toMatch(/no primary key/)
    const finding = scan.findings.find(
      (f) => f.checkId === 'retention-exceeded' && f.container === `${DB}.orders`,
    )
    expect(finding?.evidence).toMatchObject({ expired: 200, clockField: 'completed_at' })
    // Oldest: 2021-01-01 01:00 (local time, as DATETIME is read).
    expect(scan.retention.find((r) => r.container === `${DB}.orders`)?.oldestDays).toBe(
      Math.floor((NOW.getTime() - new Date(2021, 0, 1, 1).getTime()) / DAY),
    )
    expect(
      scan.findings.find((f) => f.checkId === 'retention-exceeded' && f.container === `${DB}.access_logs`)
        ?.evidence,
    ).toMatchObject({ expired: logs })
    expect(await Promise.all(['orders', 'access_logs', 'big_orders'].map((t) => checksum(t)))).toEqual(before)
    expect(await touches('orders')).toBe(0)

    // Straight from the connector: pending-aware counts, and a clock that is not a date is refused.
    await withConnector(async (c, find) => {
      const cutoff = new Date('2023-06-01T00:00:00Z')
      expect(await c.countOlderThan(find('orders'), 'completed_at', cutoff)).toEqual({
        expired: 200,
        oldest: new Date(2021, 0, 1, 1),
      })
      const phone = [{ field: 'consignee_phone', category: 'contact.phone', operator: 'mask' as const }]
      expect((await c.countOlderThan(find('orders'), 'completed_at', cutoff, undefined, phone)).expired).toBe(
        200,
      )
      await expect(c.countOlderThan(find('orders'), 'consignee_phone', cutoff)).rejects.toThrow(
        /not DATE, DATETIME or TIMESTAMP/,
      )
    })
  })

  it('applies in batches, leaves other rows alone, audits counts and touches nothing on a rerun', async () => {
    const audit = join(dir, 'audit-apply.jsonl')
    const untouched = await checksum('orders', `completed_at >= '2023-06-01'`)
    const logsTotal = await n(`SELECT count(*) FROM \`${DB}\`.access_logs`)
    const logs = await expiredLogs()
    const policy = await load()
    const { report } = await enforce({ policy, apply: true, auditLogPath: audit, batchSize: 64, now: NOW })
    expect(report!.items.find((i) => i.container === `${DB}.orders`)).toMatchObject({
      status: 'done',
      processed: 200,
      batches: 4,
    })
    expect(report!.items.find((i) => i.container === `${DB}.access_logs`)).toMatchObject({
      status: 'done',
      processed: logs,
    })
    expect(report!.items.find((i) => i.container === `${DB}.no_key`)?.status).toBe('refused')
    const rows = await q(`SELECT * FROM \`${DB}\`.orders WHERE id IN (1, 3) ORDER BY id`)
    expect(rows[0]).toMatchObject({
      consignee_phone: '138****0001',
      password: null,
      lat: '39.900000',
      lng: '116.300000',
      birthday: '1980-01-01',
      email: maskText('user1@example.com'),
      consignee: '王*',
    })
    expect(rows[1]).toMatchObject({ consignee_phone: '13800000003', password: 'hunter3' }) // not expired
    expect(await checksum('orders', `completed_at >= '2023-06-01'`)).toEqual(untouched)
    // Every expired row was written once, no other row at all.
    expect(await touches('orders')).toBe(200)
    expect(await n(`SELECT count(DISTINCT row_id) FROM \`${DB}\`.touches WHERE tbl = 'orders'`)).toBe(200)
    expect(await n(`SELECT count(*) FROM \`${DB}\`.access_logs`)).toBe(logsTotal - logs)
    expect(await expiredLogs()).toBe(0)
    const entries = readAuditLog(audit)
    const done = entries.filter((e) => e.event === 'batch-done' && e.container === `${DB}.orders`)
    expect(done.reduce((s, e) => s + (e.count ?? 0), 0)).toBe(200)
    expect(done[0]).toMatchObject({ keyFrom: '1', keyTo: expect.any(String), action: 'anonymize' })
    expect(JSON.stringify(entries)).not.toMatch(/138000|hunter|@example/)

    const again = await enforce({ policy, apply: true, auditLogPath: audit, batchSize: 64, now: NOW })
    // Anonymized records no longer count as past retention: the plan has nothing left for orders.
    expect(again.plan.items.find((i) => i.container === `${DB}.orders`)).toBeUndefined()
    expect(
      again.scan.findings.filter((f) => f.checkId === 'retention-exceeded' && f.container === `${DB}.orders`),
    ).toEqual([])
    expect(again.report!.processed).toBe(0)
    expect(await touches('orders')).toBe(200)
  })

  it('refuses a table without a primary key, and deletes from it in LIMIT batches with --allow-no-key', async () => {
    const audit = join(dir, 'audit-nokey.jsonl')
    const policy = await load()
    const refused = await enforce({ policy, apply: true, auditLogPath: audit, now: NOW })
    expect(refused.report!.items.find((i) => i.container === `${DB}.no_key`)).toMatchObject({
      status: 'refused',
      processed: 0,
    })
    expect(await n(`SELECT count(*) FROM \`${DB}\`.no_key`)).toBe(20)
    const allowed = await enforce({
      policy,
      apply: true,
      auditLogPath: audit,
      now: NOW,
      allowNoKey: true,
      batchSize: 7,
    })
    expect(allowed.report!.items.find((i) => i.container === `${DB}.no_key`)).toMatchObject({
      status: 'done',
      processed: 20,
      batches: 3,
    })
    expect(await n(`SELECT count(*) FROM \`${DB}\`.no_key`)).toBe(0)
  })

  it('hashes with PIMAP_HASH_KEY through the CLI and caps a run with --max-rows', async () => {
    await writeFile(join(dir, 'hash.yml'), policyText(url, 'anonymize: { contact.email: hash }\n'))
    await q(`UPDATE \`${DB}\`.orders SET email = concat('user', id, '@example.com')`)
    const noKey = await cli(['enforce', '--config', 'hash.yml', '--apply', '--quiet'], { cwd: dir })
    expect(noKey.code).toBe(2)
    expect(noKey.stderr).toMatch(/PIMAP_HASH_KEY/)
    const key = '00112233445566778899aabbccddeeff'
    const env = { PIMAP_HASH_KEY: key }
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
    expect(capped.code, capped.stderr).toBe(0)
    // The CLI runs at today's date: expired access logs (deleted first) may take the whole cap.
    expect(JSON.parse(capped.stdout).report.processed).toBe(50)
    const rest = await cli(
      ['enforce', '--config', 'hash.yml', '--apply', '--quiet', '--audit-log', 'hash.jsonl'],
      {
        cwd: dir,
        env,
      },
    )
    expect(rest.code, rest.stderr).toBe(0)
    expect(await n(`SELECT count(*) FROM \`${DB}\`.orders WHERE email LIKE 'h1:%'`)).toBe(200)
    // The same HMAC as every other store (hashText in JS), so hashes stay linkable across stores.
    const [one] = await q<{ email: string }>(`SELECT email FROM \`${DB}\`.orders WHERE id = 1`)
    expect(one!.email).toBe(hashText('user1@example.com', Buffer.from(key, 'hex')))
    const [three] = await q<{ email: string }>(`SELECT email FROM \`${DB}\`.orders WHERE id = 3`)
    expect(three!.email).toBe('user3@example.com') // not expired
  })

  it('reconciles batches cut off after COMMIT and before it, with operators computed in JS', async () => {
    const table = 'recon_orders'
    await q(`CREATE TABLE \`${DB}\`.${table} (id int PRIMARY KEY, consignee_phone varchar(20), client_ip varchar(45),
      completed_at datetime) DEFAULT CHARSET=utf8mb4`)
    await q(
      `INSERT INTO \`${DB}\`.${table} SELECT n, concat('136', lpad(n, 8, '0')), concat('36.112.', n % 200, '.', n % 250),
        CASE WHEN n % 5 = 0 THEN timestamp '2026-05-01 00:00:00' ELSE timestamp '2021-01-01 00:00:00' END
        FROM \`${DB}\`.seq WHERE n <= 100`,
    )
    const container = `${DB}.${table}`
    await writeFile(
      join(dir, 'recon.yml'),
      policyText(url).replace(
        /mappings:\n(?: {2}- .*\n)+/,
        `mappings:\n  - { match: "shop:${container}", purposes: [orders], clocks: { transaction_completed: completed_at } }\n`,
      ),
    )
    const audit = join(dir, 'audit-recon.jsonl')
    const pendingEntry = (batch: string, r: BatchResult) => ({
      run: 'killed',
      plan: 'killed',
      event: 'batch-pending' as const,
      source: 'shop',
      container,
      action: 'anonymize' as const,
      batch,
      count: r.processed,
      ...(r.keyFrom ? { keyFrom: r.keyFrom, keyTo: r.keyTo } : {}),
    })
    await withConnector(async (c, find) => {
      const task: RetentionTask = {
        container: find(table),
        action: 'anonymize',
        clockField: 'completed_at',
        cutoff: new Date('2023-06-01T00:00:00Z'),
        keyField: 'id',
        fields: [
          { field: 'consignee_phone', category: 'contact.phone', operator: 'mask' },
          // Text generalization runs in JS (as on PostgreSQL): no SQL predicate, rows are judged one by one.
          { field: 'client_ip', category: 'network.ip', operator: 'generalize' },
        ],
      }
      const writer = await c.openWriter()
      const log = new AuditLog(audit)
      try {
        // Killed after COMMIT, before `batch-done`.
        const first = await writer.nextBatch(task, 10, undefined, (r) => log.write(pendingEntry('b1', r)))
        expect(first).toMatchObject({
          processed: 10,
          keyFrom: '1',
          keyTo: '12',
          next: '12',
          exhausted: false,
        })
        expect(await writer.remaining(task, '1', '12')).toBe(0)
        // Killed before COMMIT: the transaction rolls back whole.
        await expect(
          writer.nextBatch(task, 10, first.next, (r) => {
            log.write(pendingEntry('b2', r))
            throw new Error('killed before COMMIT')
          }),
        ).rejects.toThrow(/killed before COMMIT/)
        expect(await writer.remaining(task, '13', '24')).toBe(10)
      } finally {
        log.close()
        await writer.close()
      }
    })
    const [row1] = await q(`SELECT * FROM \`${DB}\`.${table} WHERE id = 1`)
    expect(row1).toMatchObject({ consignee_phone: '136****0001', client_ip: '36.112.1.0' })
    const [row13] = await q(`SELECT * FROM \`${DB}\`.${table} WHERE id = 13`)
    expect(row13).toMatchObject({ consignee_phone: '13600000013', client_ip: '36.112.13.13' })

    const policy = await load('recon.yml')
    const { report, plan } = await enforce({
      policy,
      apply: true,
      auditLogPath: audit,
      batchSize: 25,
      now: NOW,
    })
    const item = plan.items.find((i) => i.container === container)!
    expect(Object.fromEntries(item.fields.map((f) => [f.field, f.operator]))).toMatchObject({
      consignee_phone: 'mask',
      client_ip: 'generalize',
    })
    expect(report!.recovered).toBe(1)
    expect(report!.items.find((i) => i.container === container)).toMatchObject({
      status: 'done',
      processed: 70,
    })
    const entries = readAuditLog(audit)
    expect(entries.filter((e) => e.event === 'batch-recovered')).toMatchObject([
      { batch: 'b1', committed: true, count: 10 },
      { batch: 'b2', committed: false, count: 0 },
    ])
    const counted =
      entries.filter((e) => e.event === 'batch-done').reduce((s, e) => s + (e.count ?? 0), 0) +
      entries
        .filter((e) => e.event === 'batch-recovered' && e.committed)
        .reduce((s, e) => s + (e.count ?? 0), 0)
    expect(counted).toBe(80)
    expect(
      await n(
        `SELECT count(*) FROM \`${DB}\`.${table} WHERE id % 5 <> 0 AND (consignee_phone NOT LIKE '136****%' OR client_ip NOT LIKE '%.0')`,
      ),
    ).toBe(0)
    expect(
      await n(`SELECT count(*) FROM \`${DB}\`.${table} WHERE id % 5 = 0 AND consignee_phone LIKE '%*%'`),
    ).toBe(0)
    // A rerun reads the rows again (text generalization has no SQL predicate) but writes none of them.
    const checksumBefore = await checksum(table)
    const again = await enforce({ policy, apply: true, auditLogPath: audit, batchSize: 25, now: NOW })
    expect(again.report!.processed).toBe(0)
    expect(await checksum(table)).toEqual(checksumBefore)
  })

  it(
    'survives SIGKILL mid-apply: the rerun processes every planned record exactly once',
    { timeout: 180_000 },
    async () => {
      const audit = join(dir, 'audit-crash.jsonl')
      const only = `mappings:\n  - { match: "shop:${DB}.big_orders", purposes: [orders], clocks: { transaction_completed: completed_at } }\n`
      await writeFile(join(dir, 'crash.yml'), policyText(url).replace(/mappings:\n(?: {2}- .*\n)+/, only))
      await q(
        `INSERT INTO \`${DB}\`.big_orders SELECT n, concat('137', lpad(n, 8, '0')), timestamp '2026-05-01 00:00:00'
          FROM \`${DB}\`.seq WHERE n > ${BIG_EXPIRED} AND n <= ${BIG_EXPIRED + 500}`,
      )
      const outside = () => checksum('big_orders', `id > ${BIG_EXPIRED}`)
      const untouched = await outside()
      expect(untouched.n).toBe(500)
      // Small batches make the run long enough to be killed in the middle (2,000 transactions).
      const childErr = await killMidApply({ config: join(dir, 'crash.yml'), audit, timeoutMs: 120_000 })
      const midway = await n(`SELECT count(*) FROM \`${DB}\`.big_orders WHERE consignee_phone LIKE '%*%'`)
      expect(midway, `the child made no progress: ${childErr}`).toBeGreaterThan(0)
      expect(midway).toBeLessThan(BIG_EXPIRED)
      // Rows written by the killed run: each once (a batch cut off before COMMIT was rolled back whole).
      expect(await touches('big_orders')).toBe(midway)

      const started = Date.now()
      const { report } = await enforce({
        policy: await loadPolicy(join(dir, 'crash.yml'), { findCategory }),
        apply: true,
        auditLogPath: audit,
        batchSize: 500,
      })
      const seconds = (Date.now() - started) / 1000
      expect(report!.items[0]).toMatchObject({ container: `${DB}.big_orders`, status: 'done' })
      expect(report!.items[0]!.processed).toBe(BIG_EXPIRED - midway)
      expect(
        await n(
          `SELECT count(*) FROM \`${DB}\`.big_orders WHERE id <= ${BIG_EXPIRED} AND consignee_phone NOT LIKE '139****%'`,
        ),
      ).toBe(0)
      expect(await outside()).toEqual(untouched)
      // Every planned row written exactly once across both runs, no other row ever.
      expect(await touches('big_orders')).toBe(BIG_EXPIRED)
      expect(await n(`SELECT count(DISTINCT row_id) FROM \`${DB}\`.touches WHERE tbl = 'big_orders'`)).toBe(
        BIG_EXPIRED,
      )
      expect(await n(`SELECT max(row_id) FROM \`${DB}\`.touches WHERE tbl = 'big_orders'`)).toBe(BIG_EXPIRED)
      const entries = readAuditLog(audit)
      const counted =
        entries.filter((e) => e.event === 'batch-done').reduce((s, e) => s + (e.count ?? 0), 0) +
        entries
          .filter((e) => e.event === 'batch-recovered' && e.committed)
          .reduce((s, e) => s + (e.count ?? 0), 0)
      expect(counted).toBe(BIG_EXPIRED)
      console.log(
        `[mysql enforce] killed after ${midway} rows; rerun finished ${BIG_EXPIRED - midway} rows in ${seconds.toFixed(2)} s ` +
          `(${report!.items[0]!.batches} batches of 500), recovered ${report!.recovered}`,
      )
    },
  )
})
