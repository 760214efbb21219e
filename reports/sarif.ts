/**
 * SARIF 2.1.0, in knip's layout: one run, `tool.driver.rules[]` with one rule per classification category
 * reported (`pimap/category/<id>`) and one per policy check that produced findings (`pimap/<checkId>`), and
 * results for every finding plus every sensitive inventory field, so CI can gate on either. Database fields
 * have logical locations (`source-id/schema.table.column`); log-file fields and migration findings have
 * physical ones (file and line). Output is sorted, so it can be diffed and snapshot-tested. No values, raw or
 * masked, ever appear in it.
 */
import { type Finding, type Severity, severityRank } from '../src/findings/finding.js'
import type { FieldEntry, ScanResult } from '../src/scan-result.js'
import { groupBy } from '../src/util/group-by.js'

/** The OASIS schema the output conforms to (tests validate against a copy of it). */
export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
const INFORMATION_URI = 'https://www.npmjs.com/package/pimap'

export type SarifLevel = 'error' | 'warning' | 'note'

/** critical/high -> error, medium -> warning, low/info -> note. */
export const SEVERITY_LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
}

export interface SarifInput {
  readonly toolVersion: string
  /** Inventory fields; the sensitive ones become results. */
  readonly fields: readonly FieldEntry[]
  readonly findings: readonly Finding[]
  /** One-line descriptions of checks by id (default: the id in words). */
  readonly checkDescriptions?: Readonly<Record<string, string>>
}

export interface SarifRule {
  readonly id: string
  readonly shortDescription: { readonly text: string }
  readonly fullDescription?: { readonly text: string }
  readonly help?: { readonly text: string }
  readonly defaultConfiguration: { readonly level: SarifLevel }
  readonly properties: { readonly tags: readonly string[] }
}

export type SarifLocation =
  | {
      readonly physicalLocation: {
        readonly artifactLocation: { readonly uri: string }
        readonly region?: { readonly startLine: number }
      }
    }
  | { readonly logicalLocations: readonly { readonly fullyQualifiedName: string; readonly kind: string }[] }

export interface SarifResult {
  readonly ruleId: string
  readonly ruleIndex: number
  readonly level: SarifLevel
  readonly message: { readonly text: string }
  readonly locations: readonly SarifLocation[]
  readonly properties?: Readonly<Record<string, string | number | boolean>>
}

export interface SarifLog {
  readonly $schema: string
  readonly version: '2.1.0'
  readonly runs: readonly [
    {
      readonly tool: {
        readonly driver: {
          readonly name: 'pimap'
          readonly version: string
          readonly informationUri: string
          readonly rules: readonly SarifRule[]
        }
      }
      readonly results: readonly SarifResult[]
    },
  ]
}

/** The registry renderer: a scan result as SARIF. */
export function renderSarif(result: ScanResult): string {
  return renderSarifLog({
    toolVersion: result.tool.version,
    fields: result.fields,
    findings: result.findings,
  })
}

export function renderSarifLog(input: SarifInput): string {
  return `${JSON.stringify(sarifLog(input), null, 2)}\n`
}

export function sarifLog(input: SarifInput): SarifLog {
  const sensitive = input.fields.filter((f) => f.sensitivity === 'sensitive')
  const rules = [...categoryRules(sensitive, input.fields), ...checkRules(input)].sort((a, b) =>
    cmp(a.id, b.id),
  )
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const results = [
    ...input.findings.map((f) => findingResult(f, index)),
    ...sensitive.map((f) => fieldResult(f, index)),
  ].sort(compareResults)
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'pimap', version: input.toolVersion, informationUri: INFORMATION_URI, rules },
        },
        results,
      },
    ],
  }
}

/**
 * One rule per category with sensitive fields. Its default level follows the category: `warning` when it
 * is sensitive everywhere, `note` when it is a personal category made sensitive by context in some container
 * (children's data).
 */
function categoryRules(sensitive: readonly FieldEntry[], all: readonly FieldEntry[]): SarifRule[] {
  const ids = [...new Set(sensitive.map((f) => f.category))]
  return ids.map((category) => {
    const first = sensitive.find((f) => f.category === category)!
    const personalSomewhere = all.some((f) => f.category === category && f.sensitivity === 'personal')
    return {
      id: `pimap/category/${category}`,
      shortDescription: { text: first.categoryLabel },
      fullDescription: {
        text: `Fields holding ${first.categoryLabel} (${category}), ${personalSomewhere ? 'personal information, sensitive in this context' : 'sensitive personal information (GB/T 35273-2020, PIPL Art. 28)'}.`,
      },
      defaultConfiguration: { level: personalSomewhere ? 'note' : 'warning' },
      properties: { tags: ['privacy', 'personal-information', personalSomewhere ? 'personal' : 'sensitive'] },
    }
  })
}

/** One rule per check that produced findings; its default level is that of its most severe finding. */
function checkRules(input: SarifInput): SarifRule[] {
  return [...groupBy(input.findings, (f) => f.checkId)].map(([checkId, findings]) => {
    const worst = findings.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a))
    return {
      id: `pimap/${checkId}`,
      shortDescription: { text: input.checkDescriptions?.[checkId] ?? words(checkId) },
      help: { text: worst.recommendation },
      defaultConfiguration: { level: SEVERITY_LEVEL[worst.severity] },
      properties: { tags: ['privacy', 'policy'] },
    }
  })
}

function findingResult(f: Finding, index: ReadonlyMap<string, number>): SarifResult {
  const ruleId = `pimap/${f.checkId}`
  const location: SarifLocation = f.location
    ? physical(f.location.path, f.location.line)
    : logical(f.sourceId, f.container, f.field)
  return {
    ruleId,
    ruleIndex: index.get(ruleId)!,
    level: SEVERITY_LEVEL[f.severity],
    message: { text: f.message },
    locations: [location],
    properties: { severity: f.severity, messageId: f.messageId, ...f.evidence },
  }
}

function fieldResult(f: FieldEntry, index: ReadonlyMap<string, number>): SarifResult {
  const ruleId = `pimap/category/${f.category}`
  // Log files are containers named by their path; their fields carry the lines of the first matches.
  const location: SarifLocation = f.lines?.length
    ? physical(f.container, f.lines[0]!)
    : logical(f.sourceId, f.container, f.field)
  const where = f.scope === 'text' ? 'contains' : 'holds'
  return {
    ruleId,
    ruleIndex: index.get(ruleId)!,
    level: 'warning',
    message: {
      text: `${f.container}.${f.field} ${where} ${f.categoryLabel} (${f.category}): sensitive personal information, ${f.confidence} confidence`,
    },
    locations: [location],
    properties: {
      category: f.category,
      confidence: f.confidence,
      score: f.score,
      scope: f.scope,
      sampled: f.sampled,
      matched: f.matched,
      validated: f.validated,
    },
  }
}

function physical(path: string, line: number | undefined): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(path) },
      ...(line !== undefined && line >= 1 ? { region: { startLine: line } } : {}),
    },
  }
}

function logical(sourceId: string, container: string, field: string | undefined): SarifLocation {
  return {
    logicalLocations: [
      {
        fullyQualifiedName: `${sourceId}/${container}${field ? `.${field}` : ''}`,
        kind: field ? 'member' : 'type',
      },
    ],
  }
}

/**
 * A URI reference for a path: relative paths stay relative (forward slashes, each segment percent-encoded, so
 * `迁移/V1__a b.sql` is valid); absolute ones become `file://` URIs.
 */
export function toUri(path: string): string {
  const slashed = path.replaceAll('\\', '/')
  const drive = /^[A-Za-z]:\//.exec(slashed)?.[0]
  const rest = drive ? slashed.slice(drive.length) : slashed
  const encoded = rest
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/')
  if (drive) return `file:///${drive}${encoded}`
  return slashed.startsWith('/') ? `file://${encoded}` : encoded
}

function locationKey(r: SarifResult): [string, number] {
  const l = r.locations[0]
  if (!l) return ['', 0]
  if ('physicalLocation' in l)
    return [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region?.startLine ?? 0]
  return [l.logicalLocations[0]?.fullyQualifiedName ?? '', 0]
}

function compareResults(a: SarifResult, b: SarifResult): number {
  const [pa, la] = locationKey(a)
  const [pb, lb] = locationKey(b)
  return cmp(pa, pb) || la - lb || cmp(a.ruleId, b.ruleId) || cmp(a.message.text, b.message.text)
}

function words(id: string): string {
  const text = id.replaceAll('-', ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
