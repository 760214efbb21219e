import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PostgresConnector } from '../../connectors/postgres/postgres-connector.js'
import { scan } from '../../src/scan.js'
import { connectorContract, readAll } from '../helpers/connector-contract.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'
import { seedPostgresContract } from '../fixtures/seed-postgres.js'

const available = await requireService('postgres')
const DB = `pimap_test_pg_${process.pid}`
const url = (() => {
  const u = new URL(SERVICE_URLS.postgres)
  u.pathname = `/${DB}`
  return u.toString()
})()
const READER = `pimap_reader_${process.pid}`
/** A non-superuser: superusers bypass privileges, and the permission-denied case needs a real denial. */
const readerUrl = (() => {
  const u = new URL(url)
  u.username = READER
  u.password = ''
  return u.toString()
})()
const OPTIONS = { statementTimeoutMs: 10_000, maxConnections: 2 }

describe.skipIf(!available)('PostgreSQL', () => {
  const admin = new pg.Client({ connectionString: SERVICE_URLS.postgres })
  beforeAll(async () => {
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${DB}`)
    await admin.query(`CREATE DATABASE ${DB}`)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await seedPostgresContract((text) => client.query(text))
    await admin.query(`DROP ROLE IF EXISTS ${READER}`)
    await admin.query(`CREATE ROLE ${READER} LOGIN`)
    await client.query(`GRANT USAGE ON SCHEMA public TO ${READER}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${READER};
      REVOKE SELECT ON secret_stuff FROM ${READER}`)
    await client.end()
  })
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
    await admin.query(`DROP ROLE IF EXISTS ${READER}`)
    await admin.end()
  })

  connectorContract({
    name: 'postgres',
    create: async () => new PostgresConnector(url, OPTIONS),
    containerId: (table) => `public.${table}`,
  })

  it('samples a large table with TABLESAMPLE without reading it whole', async () => {
    const connector = new PostgresConnector(url, OPTIONS)
    await connector.connect()
    const big = (await connector.listContainers()).find((c) => c.id === 'public.big')!
    expect(big.estimatedRows).toBeGreaterThan(50_000)
    const { method, records } = await readAll(connector, big, {
      limit: 500,
      batchSize: 100,
      maxValueLength: 64,
    })
    expect(method).toBe('tablesample-system')
    expect(records).toBeGreaterThan(0)
    expect(records).toBeLessThanOrEqual(500)
    await connector.close()
  })

  it('runs sampling in a read-only transaction', async () => {
    const connector = new PostgresConnector(url, OPTIONS)
    await connector.connect()
    const spy = (await connector.listContainers()).find((c) => c.id === 'public.writes_on_read')!
    // The view calls a volatile function that inserts: a read-only transaction must refuse it.
    await expect(readAll(connector, spy)).rejects.toThrow(/read-only/)
    await connector.close()
  })

  it('scans end to end: detects, reports coverage, skips nothing silently', async () => {
    const result = await scan({ sources: [readerUrl], includeViews: false })
    const at = (container: string, field: string) =>
      result.fields.find((f) => f.container === container && f.field === field)
    expect(at('public.people', 'email')?.category).toBe('contact.email')
    expect(at('public.people', 'phone')?.category).toBe('contact.phone')
    expect(at('public.people', 'id_card')).toMatchObject({
      category: 'id.national',
      sensitivity: 'sensitive',
      confidence: 'high',
    })
    expect(at('public.people', 'profile.mobile')?.category).toBe('contact.phone')
    expect(at('public.people', 'tags')?.category).toBe('contact.email')
    expect(at('public.people', 'is_phone_bound')).toBeUndefined()
    expect(at('public.people', 'created_at')).toBeUndefined()
    const coverage = new Map(result.coverage.map((c) => [c.container, c]))
    expect(coverage.get('public.people')?.status).toBe('scanned')
    expect(coverage.get('public.writes_on_read')).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/view/),
    })
    expect(coverage.get('public.secret_stuff')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/permission denied/),
    })
    expect(result.sources[0]).toMatchObject({ status: 'partial' })
    const json = JSON.stringify(result)
    expect(json).not.toContain('zhang.wei@example.com')
    expect(json).not.toContain('11010519491231002X')
  })

  it('reports unreachable hosts, wrong databases and wrong passwords as failed sources', async () => {
    const bad = new URL(url)
    bad.pathname = '/pimap_no_such_db'
    const result = await scan({
      sources: ['postgresql://u:topsecret@127.0.0.1:1/x', bad.toString(), url],
      include: ['people'],
    })
    const [refused, missing, ok] = result.sources
    expect(refused).toMatchObject({ status: 'failed', url: 'postgresql://u:***@127.0.0.1:1/x' })
    expect(refused?.error).toMatch(/refused/)
    expect(missing?.error).toMatch(/does not exist/)
    expect(ok?.status).toBe('ok')
    expect(JSON.stringify(result)).not.toContain('topsecret')
  })
})
