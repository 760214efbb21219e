import pg from 'pg'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../helpers/run-cli.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'
import { coverage, field, makeResult } from './make-result.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pimap-diff-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('pimap diff', () => {
  const phone = field({ container: 'public.members', field: 'mobile', category: 'contact.phone' })
  const idCard = field({
    container: 'public.members',
    field: 'id_card',
    category: 'id.national',
    sensitivity: 'sensitive',
  })

  beforeAll(async () => {
    await writeFile(join(dir, 'old.json'), JSON.stringify(makeResult({ fields: [phone] })))
    const after = makeResult({
      fields: [phone, idCard],
      containers: [coverage('public.members'), coverage('public.audit')],
    })
    await writeFile(join(dir, 'new.json'), JSON.stringify(after))
    await writeFile(join(dir, 'v2.json'), JSON.stringify({ ...after, schemaVersion: 2 }))
    await writeFile(join(dir, 'broken.json'), '{"schemaVersion": 1,')
  })

  it.each(['table', 'md', 'json'])('prints the diff as %s and exits 0', async (format) => {
    const run = await cli(['diff', 'old.json', 'new.json', '--format', format], { cwd: dir })
    expect(run.code).toBe(0)
    if (format === 'json') {
      const diff = JSON.parse(run.stdout)
      expect(diff.fields.added).toMatchObject([{ field: 'id_card', sensitivity: 'sensitive' }])
      expect(diff.containers.added).toMatchObject([{ container: 'public.audit' }])
    } else expect(run.stdout).toMatch(/id.national/)
  })

  it.each([
    ['missing.json', /cannot read .*missing\.json/],
    ['broken.json', /broken\.json is not valid JSON/],
    ['v2.json', /schemaVersion 2; this pimap reads schemaVersion 1/],
  ])('exits 2 for %s', async (file, message) => {
    const run = await cli(['diff', 'old.json', file], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  it('refuses --fail-on-new without --baseline', async () => {
    const run = await cli(['scan', 'pglite:./nowhere', '--fail-on-new', 'sensitive'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--fail-on-new: needs --baseline/)
  })
})

const available = await requireService('postgres')
const DB = `pimap_test_baseline_${process.pid}`

describe.skipIf(!available)('pimap scan --baseline --fail-on-new (PostgreSQL)', () => {
  const admin = new pg.Client({ connectionString: SERVICE_URLS.postgres })
  const url = new URL(SERVICE_URLS.postgres)
  url.pathname = `/${DB}`
  const source = url.toString()
  let client: pg.Client
  const scan = (...args: string[]) => cli(['scan', source, '--quiet', ...args], { cwd: dir })

  beforeAll(async () => {
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${DB}`)
    client = new pg.Client({ connectionString: source })
    await client.connect()
    await client.query(`
      CREATE TABLE members (id int PRIMARY KEY, mobile text, nickname_color text);
      INSERT INTO members VALUES (1, '13812345678', 'red'), (2, '13987654321', 'blue'), (3, '18611112222', 'green'),
        (4, '15000001111', 'red'), (5, '17712345678', 'blue');
    `)
    const baseline = await scan('--format', 'json', '--out', 'base')
    expect(baseline.code).toBe(0)
  })
  afterAll(async () => {
    await client?.end()
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
    await admin.end()
  })

  it('exits 0 when nothing new appeared, and prints the diff summary', async () => {
    const run = await scan(
      '--baseline',
      'base/pimap-report.json',
      '--fail-on-new',
      'personal',
      '--format',
      'json',
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/compared with the baseline: fields: 0 added, 0 removed, 0 changed/)
    const output = JSON.parse(run.stdout)
    expect(output.schemaVersion).toBe(1)
    expect(output.fields.map((f: { field: string }) => f.field)).toEqual(['mobile'])
    expect(output.diff.fields).toEqual({ added: [], removed: [], changed: [] })
  })

  describe('after a sensitive column is added', () => {
    beforeAll(async () => {
      await client.query(`
        ALTER TABLE members ADD COLUMN id_card varchar(18);
        UPDATE members SET id_card = (ARRAY['11010519491231002X', '440524188001010014', '110101200001010010',
          '810000199001010019', '11010519491231002X'])[id];
      `)
    })

    it.each(['sensitive', 'personal'])('--fail-on-new %s exits 1 and names the field', async (level) => {
      const run = await scan(
        '--baseline',
        'base/pimap-report.json',
        '--fail-on-new',
        level,
        '--format',
        'json',
      )
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(
        new RegExp(`new ${level} field source-1 public\\.members\\.id_card: id\\.national \\(sensitive\\)`),
      )
      const output = JSON.parse(run.stdout)
      expect(output.diff.fields.added).toMatchObject([{ field: 'id_card', category: 'id.national' }])
    })

    it('without --fail-on-new the diff is reported and the exit code is 0', async () => {
      const run = await scan('--baseline', 'base/pimap-report.json')
      expect(run.code).toBe(0)
      expect(run.stderr).toMatch(/fields: 1 added \(1 sensitive\)/)
    })

    it('writes pimap-diff.json next to the reports with --out, and keeps pimap-report.json a plain result', async () => {
      const run = await scan(
        '--baseline',
        'base/pimap-report.json',
        '--fail-on-new',
        'sensitive',
        '--format',
        'json',
        '--out',
        'next',
      )
      expect(run.code).toBe(1)
      const report = JSON.parse(await readFile(join(dir, 'next', 'pimap-report.json'), 'utf8'))
      expect(report.diff).toBeUndefined()
      const diff = JSON.parse(await readFile(join(dir, 'next', 'pimap-diff.json'), 'utf8'))
      expect(diff.fields.added).toMatchObject([{ field: 'id_card' }])
    })

    it('an incomplete scan exits 3 even with new sensitive fields', async () => {
      const run = await cli(
        [
          'scan',
          source,
          'postgresql://u@127.0.0.1:1/x',
          '--quiet',
          '--baseline',
          'base/pimap-report.json',
          '--fail-on-new',
          'sensitive',
        ],
        { cwd: dir },
      )
      expect(run.code).toBe(3)
    })

    it('a personal (non-sensitive) column fails only --fail-on-new personal', async () => {
      const rebase = await scan('--format', 'json', '--out', 'with-id')
      expect(rebase.code).toBe(0)
      await client.query(`
        ALTER TABLE members ADD COLUMN email text;
        UPDATE members SET email = 'member' || id || '@example.com';
      `)
      const sensitive = await scan('--baseline', 'with-id/pimap-report.json', '--fail-on-new', 'sensitive')
      expect(sensitive.code).toBe(0)
      const personal = await scan('--baseline', 'with-id/pimap-report.json', '--fail-on-new', 'personal')
      expect(personal.code).toBe(1)
      expect(personal.stderr).toMatch(
        /new personal field source-1 public\.members\.email: contact\.email \(personal\)/,
      )
    })
  })
})
