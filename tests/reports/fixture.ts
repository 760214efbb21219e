/** The frozen ScanResult fixture and a hostile variant whose names try to break out of HTML and CSV. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ScanResult } from '../../src/scan-result.js'

export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/scan-result.json', import.meta.url))

export function loadFixture(): ScanResult {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as ScanResult
}

/** Names an attacker who can create tables, columns or comments in a scanned database controls. */
export const HOSTILE = {
  container: '<script>alert(1)</script>',
  field: '"><img src=x onerror=alert(2)>',
  comment: '</script><script>alert(3)</script>',
  sourceId: `x" onmouseover="alert(4)`,
  example: '=HYPERLINK("http://evil.example/","click")',
  formulaField: "+cmd|' /C calc'!A0",
  message: "<b>bold</b> & 'quoted' \u2028line\u2029separator `<i>code</i>`",
} as const

/** The fixture with one field, one finding, one retention entry and one coverage entry renamed hostilely. */
export function hostileFixture(): ScanResult {
  const base = loadFixture()
  const [first, second, ...rest] = base.fields
  const source = `postgresql://u:***@h/db?x=</script>`
  return {
    ...base,
    sources: [{ ...base.sources[0]!, id: HOSTILE.sourceId, url: source, error: HOSTILE.comment }],
    fields: [
      {
        ...first!,
        sourceId: HOSTILE.sourceId,
        source,
        container: HOSTILE.container,
        field: HOSTILE.field,
        comment: HOSTILE.comment,
        examples: [HOSTILE.example, '-2+3', '@SUM(A1)'],
        signals: [{ kind: 'name', detail: HOSTILE.comment, weight: 0.5 }],
      },
      {
        ...second!,
        container: HOSTILE.container,
        field: HOSTILE.formulaField,
        categoryLabel: HOSTILE.message,
      },
      ...rest,
    ],
    findings: [
      {
        ...base.findings[0]!,
        sourceId: HOSTILE.sourceId,
        container: HOSTILE.container,
        field: HOSTILE.field,
        message: HOSTILE.message,
        recommendation: HOSTILE.comment,
        evidence: { '<evil>': '</script>', count: 3 },
      },
      ...base.findings.slice(1),
    ],
    retention: [{ ...base.retention[0]!, sourceId: HOSTILE.sourceId, container: HOSTILE.container }],
    coverage: [
      {
        ...base.coverage[0]!,
        sourceId: HOSTILE.sourceId,
        container: HOSTILE.container,
        reason: HOSTILE.comment,
      },
      ...base.coverage.slice(1),
    ],
  }
}
