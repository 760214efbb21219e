/** `pimap check-migration` through runCli: exit codes 0/1/2/3 and the three output formats. */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { cli } from '../helpers/run-cli.js'
import { sarifSchemaErrors } from './validate-sarif.js'

const cwd = fileURLToPath(new URL('../fixtures/migrations/', import.meta.url))
const run = (...argv: string[]) => cli(['check-migration', ...argv], { cwd })

describe('pimap check-migration', () => {
  it.each([
    ['a migration adding a sensitive field', 1, ['postgres/flyway/V2__add_id_card.sql']],
    ['a comment making a column sensitive', 1, ['postgres/flyway/V4__comment_only.sql']],
    ['MySQL with Chinese comments', 1, ['mysql/plain/2_add_id_card.sql', '--dialect', 'mysql']],
    ['a harmless migration', 0, ['postgres/flyway/V1.1__product_stock.sql']],
    ['a harmless MySQL migration', 0, ['mysql/plain/10_harmless.sql', '--dialect', 'mysql']],
    ['a rename to a personal name', 0, ['postgres/flyway/V3__rename_to_mobile.sql']],
    ['declared fields', 0, ['postgres/prisma/migrations', '--config', 'pimap.yml', '--source-id', 'shop']],
    [
      'undeclared fields',
      1,
      ['postgres/flyway/V3__rename_to_mobile.sql', '--config', 'pimap.yml', '--source-id', 'crm'],
    ],
    ['a statement only running explains', 3, ['postgres/shadow/003_do_harmless.sql']],
  ])('%s: exit %i', async (_name, code, argv) => {
    const r = await run(...argv)
    expect(r.stderr).not.toMatch(/unexpected error/)
    expect(r.code).toBe(code)
  })

  it.each([
    ['a missing path', ['nope.sql'], /no such file or directory: nope.sql/],
    ['an unknown dialect', ['mysql/plain', '--dialect', 'oracle'], /dialect/],
    ['--shadow with MySQL', ['mysql/plain', '--dialect', 'mysql', '--shadow'], /--shadow/],
    ['an unknown format', ['mysql/plain', '--format', 'xml'], /unknown format "xml"/],
    ['a missing policy', ['mysql/plain', '--config', 'missing.yml'], /cannot read policy file/],
    ['no path', [], /not enough non-option arguments/i],
  ])('exits 2 on %s', async (_name, argv, message) => {
    const r = await run(...argv)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
  })

  it('prints a table with file:line, column, category, sensitivity and verdict', async () => {
    const r = await run('postgres/flyway/V2__add_id_card.sql')
    expect(r.stdout).toMatch(/LOCATION +COLUMN +CATEGORY +SENSITIVITY +VERDICT/)
    expect(r.stdout).toMatch(
      /V2__add_id_card\.sql:2 +public\.members\.id_card_no +Resident ID number +sensitive +violation/,
    )
    expect(r.stdout).toMatch(/1 violation\(s\)/)
  })

  it('prints JSON', async () => {
    const r = await run('mysql/plain', '--dialect', 'mysql', '--format', 'json')
    const result = JSON.parse(r.stdout) as {
      findings: { field: string }[]
      files: unknown[]
      dialect: string
    }
    expect(result.dialect).toBe('mysql')
    expect(result.files).toHaveLength(5)
    expect(result.findings.map((f) => f.field)).toEqual(['id_card_no', 'c1'])
  })

  it('writes SARIF with physical locations that validates against the SARIF 2.1.0 schema', async () => {
    const out = await mkdtemp(join(tmpdir(), 'pimap-sarif-'))
    try {
      const r = await run(
        'postgres/flyway',
        '--config',
        'pimap.yml',
        '--format',
        'sarif',
        'table',
        '--out',
        out,
      )
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(/pimap migration gate/)
      expect(r.stderr).toMatch(/wrote .*pimap-migration\.sarif/)
      const log = JSON.parse(await readFile(join(out, 'pimap-migration.sarif'), 'utf8'))
      expect(sarifSchemaErrors(log)).toEqual([])
      const [runLog] = log.runs
      expect(runLog.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
        'pimap/migration-adds-undeclared-field',
      ])
      expect(
        runLog.results.map(
          (res: {
            locations: {
              physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
            }[]
          }) => {
            const p = res.locations[0]!.physicalLocation
            return `${p.artifactLocation.uri}:${p.region.startLine}`
          },
        ),
      ).toEqual(['postgres/flyway/V2__add_id_card.sql:2', 'postgres/flyway/V4__comment_only.sql:2'])
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })
})
