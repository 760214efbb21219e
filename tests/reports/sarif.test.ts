import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { reporters } from '../../reports/index.js'
import { renderSarif, renderSarifLog, type SarifLog, sarifLog, toUri } from '../../reports/sarif.js'
import { checkMigration } from '../../src/migration/check-migration.js'
import { MIGRATION_CHECKS } from '../../src/migration/migration-findings.js'
import type { FieldEntry, ScanResult } from '../../src/scan-result.js'
import { sarifSchemaErrors } from '../migration/validate-sarif.js'

const scan = JSON.parse(
  readFileSync(new URL('../fixtures/scan-result.json', import.meta.url), 'utf8'),
) as ScanResult

/** A log-file field: the container is a file path and the field carries the lines of its first matches. */
function logField(container: string, lines: number[]): FieldEntry {
  return {
    source: `file:${container}`,
    sourceId: 'logs',
    container,
    field: 'id_no',
    dataType: 'string',
    category: 'id.national',
    categoryLabel: 'Resident ID number',
    sensitivity: 'sensitive',
    confidence: 'high',
    score: 0.95,
    ruleId: 'prc-resident-id',
    signals: [],
    sampled: 20,
    matched: 20,
    validated: 20,
    examples: ['110105********002X'],
    scope: 'value',
    lines,
  }
}

const run = (log: SarifLog) => log.runs[0]

describe('SARIF reporter', () => {
  it('renders a scan result that validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(renderSarif(scan))
    expect(sarifSchemaErrors(log)).toEqual([])
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'pimap', version: scan.tool.version })
  })

  it('has one rule per reported category and per check with findings, sorted, with matching indexes', () => {
    const r = run(sarifLog({ toolVersion: '1', fields: scan.fields, findings: scan.findings }))
    const ids = r.tool.driver.rules.map((rule) => rule.id)
    expect(ids).toEqual([...ids].sort())
    const sensitiveCategories = new Set(
      scan.fields.filter((f) => f.sensitivity === 'sensitive').map((f) => f.category),
    )
    const checks = new Set(scan.findings.map((f) => f.checkId))
    expect(new Set(ids)).toEqual(
      new Set([
        ...[...sensitiveCategories].map((c) => `pimap/category/${c}`),
        ...[...checks].map((c) => `pimap/${c}`),
      ]),
    )
    for (const result of r.results) expect(r.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
    expect(r.results).toHaveLength(
      scan.findings.length + scan.fields.filter((f) => f.sensitivity === 'sensitive').length,
    )
  })

  it('maps severities to levels and gives database fields logical locations', () => {
    const r = run(sarifLog({ toolVersion: '1', fields: scan.fields, findings: scan.findings }))
    const levelOf = (severity: string) =>
      r.results.find(
        (res) =>
          res.properties?.severity === severity &&
          res.ruleId.startsWith('pimap/') &&
          !res.ruleId.startsWith('pimap/category/'),
      )?.level
    expect(levelOf('high')).toBe('error')
    expect(levelOf('medium')).toBe('warning')
    const field = scan.fields.find((f) => f.sensitivity === 'sensitive')!
    const result = r.results.find(
      (res) =>
        res.ruleId === `pimap/category/${field.category}` &&
        'logicalLocations' in res.locations[0]! &&
        res.locations[0].logicalLocations[0]!.fullyQualifiedName ===
          `${field.sourceId}/${field.container}.${field.field}`,
    )
    expect(result).toMatchObject({
      level: 'warning',
      locations: [{ logicalLocations: [{ kind: 'member' }] }],
    })
  })

  it('gives log-file fields physical locations (relative paths stay relative, absolute ones become file URIs)', () => {
    const fields = [
      ...scan.fields,
      logField('/var/log/app/access.log', [12, 40]),
      logField('logs/应用 1.log', [3]),
    ]
    const log = sarifLog({ toolVersion: '1', fields, findings: [] })
    expect(sarifSchemaErrors(log)).toEqual([])
    const physical = run(log).results.flatMap((res) =>
      'physicalLocation' in res.locations[0]! ? [res.locations[0].physicalLocation] : [],
    )
    expect(physical).toEqual([
      { artifactLocation: { uri: 'file:///var/log/app/access.log' }, region: { startLine: 12 } },
      { artifactLocation: { uri: 'logs/%E5%BA%94%E7%94%A8%201.log' }, region: { startLine: 3 } },
    ])
  })

  it('marks a category personal by default and sensitive only in context with level note', () => {
    const personal = {
      ...logField('logs/a.log', [1]),
      category: 'contact.phone',
      categoryLabel: 'Phone number',
    }
    const rules = run(
      sarifLog({
        toolVersion: '1',
        fields: [
          { ...personal, sensitivity: 'sensitive' },
          { ...personal, container: 'logs/b.log', sensitivity: 'personal' },
        ],
        findings: [],
      }),
    ).tool.driver.rules
    expect(rules.map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['pimap/category/contact.phone', 'note'],
    ])
  })

  it('is deterministic whatever the input order, and never contains example values', () => {
    const text = renderSarif(scan)
    const shuffled = { ...scan, fields: [...scan.fields].reverse(), findings: [...scan.findings].reverse() }
    expect(renderSarif(shuffled)).toBe(text)
    for (const example of scan.fields.flatMap((f) => f.examples)) {
      if (example.length > 3) expect(text).not.toContain(example)
    }
  })

  it('renders migration findings with file and line', async () => {
    const result = await checkMigration({
      paths: ['postgres/flyway', 'postgres/golang-migrate'],
      cwd: fileURLToPath(new URL('../fixtures/migrations/', import.meta.url)),
      dialect: 'postgres',
      now: new Date('2026-06-01'),
    })
    const log = JSON.parse(
      renderSarifLog({
        toolVersion: result.tool.version,
        fields: [],
        findings: result.findings,
        checkDescriptions: Object.fromEntries(MIGRATION_CHECKS.map((c) => [c.id, c.description])),
      }),
    )
    expect(sarifSchemaErrors(log)).toEqual([])
    expect(log.runs[0].tool.driver.rules).toEqual([
      expect.objectContaining({
        id: 'pimap/migration-adds-sensitive-field',
        shortDescription: { text: 'A migration adds a field holding sensitive personal information' },
        defaultConfiguration: { level: 'error' },
      }),
    ])
    const places = log.runs[0].results.map(
      (r: {
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
        }[]
      }) =>
        `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`,
    )
    expect(places).toEqual([
      'postgres/flyway/V2__add_id_card.sql:2',
      'postgres/flyway/V4__comment_only.sql:2',
      'postgres/golang-migrate/000002_add_bank_card.up.sql:1',
    ])
  })

  it('is registered as a report format', () => {
    expect(reporters.sarif.fileName).toBe('pimap-report.sarif')
    expect(reporters.sarif.render(scan)).toBe(renderSarif(scan))
  })

  it.each([
    ['db/migrations/V1__init.sql', 'db/migrations/V1__init.sql'],
    ['db\\migrations\\V1__a b.sql', 'db/migrations/V1__a%20b.sql'],
    ['/var/log/a#1.log', 'file:///var/log/a%231.log'],
    ['C:\\logs\\app.log', 'file:///C:/logs/app.log'],
  ])('toUri(%s) = %s', (path, uri) => {
    expect(toUri(path)).toBe(uri)
  })
})
