import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORT_FORMATS } from '../../reports/index.js'
import { renderCsv } from '../../reports/csv.js'
import { renderHtml } from '../../reports/html.js'
import { cli } from '../helpers/run-cli.js'
import { FIXTURE_PATH, loadFixture } from './fixture.js'

describe('pimap report', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pimap-report-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('re-renders a saved result into files under --out (exit 0)', async () => {
    const out = join(dir, 'out')
    const run = await cli(['report', FIXTURE_PATH, '--format', 'html', 'csv', 'md', 'json', '--out', out])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/wrote .*pimap-report\.html/)
    expect((await readdir(out)).sort()).toEqual([
      'pimap-report.csv',
      'pimap-report.html',
      'pimap-report.json',
      'pimap-report.md',
    ])
    const result = loadFixture()
    expect(await readFile(join(out, 'pimap-report.html'), 'utf8')).toBe(renderHtml(result))
    expect(await readFile(join(out, 'pimap-report.csv'), 'utf8')).toBe(renderCsv(result))
    expect(JSON.parse(await readFile(join(out, 'pimap-report.json'), 'utf8'))).toEqual(result)
  })

  it('writes to stdout without --out, HTML by default', async () => {
    const run = await cli(['report', FIXTURE_PATH])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(renderHtml(loadFixture()))
  })

  it('resolves the result path against the working directory', async () => {
    await writeFile(join(dir, 'saved.json'), await readFile(FIXTURE_PATH, 'utf8'))
    const run = await cli(['report', 'saved.json', '--format', 'csv'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith('\uFEFFSource,')).toBe(true)
  })

  const cases: [string, string | undefined, string[], RegExp][] = [
    ['an unknown format', undefined, ['--format', 'pdf'], /--format: unknown format "pdf"; use /],
    ['bad JSON', '{"schemaVersion": 1,', [], /is not valid JSON\nReason: /],
    ['JSON from another tool', '{"version": "2.1.0", "runs": []}', [], /is not a pimap scan result/],
    ['a JSON array', '[1, 2]', [], /is not a pimap scan result/],
    [
      'another schemaVersion',
      '{"schemaVersion": 2, "tool": {"name": "pimap", "version": "9.0.0"}}',
      [],
      /has schemaVersion 2; this pimap reads schemaVersion 1/,
    ],
    [
      'a truncated result',
      '{"schemaVersion": 1, "tool": {"name": "pimap"}, "sources": []}',
      [],
      /not a complete pimap scan result \(missing or invalid: coverage, fields, findings, retention, summary, settings\)/,
    ],
  ]
  it.each(cases)('exits 2 on %s', async (_name, content, flags, message) => {
    const path = join(dir, 'input.json')
    if (content !== undefined) await writeFile(path, content)
    const run = await cli(['report', content === undefined ? FIXTURE_PATH : path, ...flags])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.stdout).toBe('')
  })

  it('lists the registered formats when one is unknown', async () => {
    const run = await cli(['report', FIXTURE_PATH, '--format', 'sarif-or-whatever'])
    expect(run.code).toBe(2)
    for (const format of REPORT_FORMATS) expect(run.stderr).toContain(format)
  })

  it('exits 2 when the file does not exist', async () => {
    const run = await cli(['report', join(dir, 'missing.json')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/cannot read .*missing\.json\nReason: ENOENT/)
  })
})
