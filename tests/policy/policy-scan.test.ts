/** Policy checks end to end on the machine's real PostgreSQL: retention counted in the engine, findings, exit codes. */
import pg from 'pg'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findCategory } from '../../rules/categories.js'
import { loadPolicy } from '../../src/policy/load-policy.js'
import { scan } from '../../src/scan.js'
import { cli } from '../helpers/run-cli.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'

const available = await requireService('postgres')
const DB = `pimap_test_policy_${process.pid}`
const NOW = new Date('2026-06-01T00:00:00Z')

const POLICY = (url: string) => `version: 1
sources:
  - id: shop
    url: ${url}
purposes:
  - id: orders
    description: order fulfilment
    legalBasis: contract
    categories: [person.name, contact.phone]
    retention: { duration: P3Y, from: transaction_completed, action: anonymize }
  - id: account
    description: member accounts
    legalBasis: contract
    categories: [contact.phone, credential.password]
mappings:
  - match: "shop:public.orders"
    purposes: [orders]
    clocks: { transaction_completed: completed_at }
  - match: "shop:public.members"
    purposes: [account]
`

describe.skipIf(!available)('policy scan on PostgreSQL', () => {
  const admin = new pg.Client({ connectionString: SERVICE_URLS.postgres })
  const url = new URL(SERVICE_URLS.postgres)
  url.pathname = `/${DB}`
  let dir: string
  let policyFile: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pimap-policy-'))
    policyFile = join(dir, 'pimap.yml')
    await writeFile(policyFile, POLICY(url.toString()))
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${DB}`)
    await admin.query(`CREATE DATABASE ${DB}`)
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    await client.query(`
      CREATE TABLE orders (id int PRIMARY KEY, consignee text, consignee_phone text, completed_at timestamptz);
      INSERT INTO orders SELECT g, (ARRAY['张伟','王芳','李娜','刘洋'])[1 + g % 4], '138' || lpad(g::text, 8, '0'),
        CASE WHEN g <= 30 THEN timestamptz '2021-01-01' + g * interval '1 day' ELSE timestamptz '2025-01-01' + g * interval '1 day' END
      FROM generate_series(1, 100) g;
      CREATE TABLE members (id int PRIMARY KEY, mobile text, password text);
      INSERT INTO members SELECT g, '139' || lpad(g::text, 8, '0'), 'hunter' || g FROM generate_series(1, 20) g;
      CREATE TABLE export_copy (mobile text);
      INSERT INTO export_copy SELECT '138' || lpad(g::text, 8, '0') FROM generate_series(1, 15) g;
    `)
    await client.end()
  })
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
    await admin.end()
    await rm(dir, { recursive: true, force: true })
  })

  it('counts expired records in the engine and reports what breaks the policy', async () => {
    const policy = await loadPolicy(policyFile, { findCategory })
    const result = await scan({ sources: policy.sources, policy, now: NOW })
    expect(result.retention).toEqual([
      expect.objectContaining({
        container: 'public.orders',
        expired: 30,
        clockField: 'completed_at',
        duration: 'P3Y',
        cutoff: '2023-06-01T00:00:00.000Z',
      }),
    ])
    expect(result.processing).toEqual([
      {
        sourceId: 'shop',
        container: 'public.members',
        purposes: [{ id: 'account', legalBasis: 'contract' }],
      },
      { sourceId: 'shop', container: 'public.orders', purposes: [{ id: 'orders', legalBasis: 'contract' }] },
    ])
    const ids = result.findings.map((f) => `${f.checkId}:${f.container}${f.field ? `.${f.field}` : ''}`)
    expect(ids).toEqual(
      expect.arrayContaining([
        'retention-exceeded:public.orders',
        'plaintext-credential:public.members.password',
        'undeclared-personal-data:public.export_copy',
        'person-in-undeclared-store:public.export_copy.mobile',
        'retention-unenforceable:public.export_copy',
      ]),
    )
    const overlap = result.findings.find((f) => f.checkId === 'person-in-undeclared-store')!
    expect(overlap.evidence).toMatchObject({ shared: 15 })
    expect(result.findings.find((f) => f.checkId === 'retention-exceeded')?.evidence).toMatchObject({
      expired: 30,
    })
    expect(JSON.stringify(result)).not.toMatch(/hunter1|13800000001/)
  })

  it('exits 1 with --fail-on when findings reach the threshold, 0 otherwise', async () => {
    const failing = await cli([
      'scan',
      '--config',
      policyFile,
      '--fail-on',
      'high',
      '--format',
      'json',
      '--quiet',
    ])
    expect(failing.code).toBe(1)
    expect(JSON.parse(failing.stdout).findings.length).toBeGreaterThan(0)
    const passing = await cli(['scan', '--config', policyFile, '--format', 'json', '--quiet'])
    expect(passing.code).toBe(0)
  })

  it('writes a template with pimap init and refuses to overwrite it', async () => {
    const first = await cli(['init', '--out', 'new.yml'], { cwd: dir })
    expect(first.code).toBe(0)
    const again = await cli(['init', '--out', 'new.yml'], { cwd: dir })
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/already exists; use --force/)
  })
})
