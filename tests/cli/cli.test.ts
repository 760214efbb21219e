import pg from 'pg'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../helpers/run-cli.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'
import { seedPostgresContract } from '../fixtures/seed-postgres.js'

describe('CLI usage errors (exit 2)', () => {
  it.each([
    [['scan', 'foo://bar'], /unsupported source scheme "foo:"/],
    [['scan', 'nothing-here'], /has no scheme/],
    [
      ['scan', 'postgresql://x@127.0.0.1/db', '--sample-size', '0'],
      /--sample-size: expected a positive integer/,
    ],
    [['scan', 'postgresql://x@127.0.0.1/db', '--format', 'pdf'], /unknown format "pdf"/],
    [['scan'], /Not enough non-option arguments|sources/],
    [['frobnicate'], /Unknown argument|choose a command/],
    [[], /choose a command/],
  ])('%j', async (argv, message) => {
    const run = await cli(argv)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at /) // one line, no stack trace
  })

  it('prints help and the version with exit 0', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/pimap scan \[sources\.\.\]/)
    expect(help.stdout).toMatch(/pimap enforce/)
    expect(help.stdout).toMatch(/Exit codes: 0 ok, 1 policy findings, 2 usage/)
    const version = await cli(['--version'])
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })
})

describe('CLI on an unreachable source (exit 3)', () => {
  it('prints a one-line reason and redacts the password', async () => {
    const run = await cli(['scan', 'postgresql://me:hunter2@127.0.0.1:1/db', '--format', 'json'])
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/failed: connection refused/)
    expect(run.stderr + run.stdout).not.toContain('hunter2')
    expect(JSON.parse(run.stdout).sources[0]).toMatchObject({
      status: 'failed',
      url: 'postgresql://me:***@127.0.0.1:1/db',
    })
  })
})

const available = await requireService('postgres')
const DB = `pimap_test_cli_${process.pid}`

describe.skipIf(!available)('CLI against PostgreSQL', () => {
  const admin = new pg.Client({ connectionString: SERVICE_URLS.postgres })
  const url = new URL(SERVICE_URLS.postgres)
  url.pathname = `/${DB}`
  let out: string
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'pimap-cli-'))
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${DB}`)
    await admin.query(`CREATE DATABASE ${DB}`)
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    await seedPostgresContract((text) => client.query(text), { big: false, views: false })
    await client.end()
  })
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
    await admin.end()
    await rm(out, { recursive: true, force: true })
  })

  it('prints the terminal summary and exits 0', async () => {
    const run = await cli(['scan', url.toString(), '--quiet'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/public\.people/)
    expect(run.stdout).toMatch(/id_card\s+Resident ID number\s+high/)
    expect(run.stdout).not.toContain('11010519491231002X')
  })

  it('writes json and md reports under --out, with --include filtering tables', async () => {
    const run = await cli([
      'scan',
      url.toString(),
      '--format',
      'json',
      'md',
      '--out',
      out,
      '--include',
      'people',
      '--quiet',
    ])
    expect(run.code).toBe(0)
    const result = JSON.parse(await readFile(join(out, 'pimap-report.json'), 'utf8'))
    expect(result.schemaVersion).toBe(1)
    expect(result.coverage.find((c: { container: string }) => c.container.endsWith('people')).status).toBe(
      'scanned',
    )
    expect(result.coverage.filter((c: { status: string }) => c.status === 'skipped').length).toBeGreaterThan(
      0,
    )
    const md = await readFile(join(out, 'pimap-report.md'), 'utf8')
    expect(md).toMatch(/## Sensitive personal information/)
    expect(md).toMatch(/\| public\.people \| id\\_card \|/)
  })

  it('shows raw examples only in the terminal with --show-data', async () => {
    const run = await cli([
      'scan',
      url.toString(),
      '--show-data',
      '--format',
      'table',
      'json',
      '--out',
      out,
      '--quiet',
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('11010519491231002X')
    expect(await readFile(join(out, 'pimap-report.json'), 'utf8')).not.toContain('11010519491231002X')
  })
})
