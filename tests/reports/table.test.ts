/** The terminal table: what a user sees after `pimap scan`, including why something was not scanned. */
import { describe, expect, it } from 'vitest'
import { renderTable } from '../../reports/table.js'
import type { CoverageEntry, ScanResult } from '../../src/scan-result.js'
import { loadFixture } from './fixture.js'

const skipped = (container: string, reason: string): CoverageEntry => ({
  source: 'postgresql://u:***@h/db',
  sourceId: 'shop',
  container,
  kind: 'table',
  status: 'skipped',
  reason,
  sampledRecords: 0,
  fields: 0,
  classifiedFields: 0,
})

describe('table report', () => {
  it('lists fields with masked examples and never raw values', () => {
    const text = renderTable(loadFixture())
    expect(text).toMatch(/public\.members/)
    expect(text).toMatch(/S = sensitive/)
  })

  it('says why a source failed', () => {
    const base = loadFixture()
    const result: ScanResult = {
      ...base,
      sources: [
        { ...base.sources[0]!, status: 'failed', error: 'password authentication failed for user "u"' },
      ],
    }
    expect(renderTable(result)).toMatch(/failed .*: password authentication failed for user "u"/)
  })

  it('summarises many containers skipped for one reason in one line, and lists a few one by one', () => {
    const base = loadFixture()
    const many = Array.from({ length: 40 }, (_, i) => skipped(`public.t_${i}`, 'not matched by --include'))
    const result: ScanResult = {
      ...base,
      coverage: [...base.coverage, ...many, skipped('public.v_orders', 'view (use --include-views)')],
    }
    const lines = renderTable(result).split('\n')
    const include = lines.filter((l) => l.includes('not matched by --include'))
    expect(include).toHaveLength(1)
    expect(include[0]).toMatch(
      /skipped 40 containers: not matched by --include \(public\.t_0, public\.t_1, …/,
    )
    expect(lines.filter((l) => l.includes('public.v_orders: view (use --include-views)'))).toHaveLength(1)
  })
})
