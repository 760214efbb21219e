import { describe, expect, it } from 'vitest'
import { diffResults, isEmptyDiff } from '../../src/diff/diff-results.js'
import { newFieldsAtLevel } from '../../src/diff/new-fields.js'
import { renderDiff } from '../../src/diff/render-diff.js'
import { ConfigError } from '../../src/errors.js'
import type { ScanResult } from '../../src/scan-result.js'
import { coverage, field, finding, makeResult } from './make-result.js'

const phone = field({ container: 'public.members', field: 'mobile', category: 'contact.phone' })
const email = field({ container: 'public.members', field: 'email', category: 'contact.email' })
const idCard = field({
  container: 'public.members',
  field: 'id_card',
  category: 'id.national',
  sensitivity: 'sensitive',
})
const key = (f: { container: string; field: string; category: string }) =>
  `${f.container}.${f.field}:${f.category}`

describe('diffResults: fields', () => {
  it('finds nothing between a result and itself', () => {
    const result = makeResult({
      fields: [phone, email, idCard],
      findings: [finding({ checkId: 'x', container: 'a' })],
    })
    const diff = diffResults(result, result)
    expect(isEmptyDiff(diff)).toBe(true)
    expect(diff.settingsChanged).toEqual([])
  })

  it('reports added and removed fields, sorted', () => {
    const diff = diffResults(makeResult({ fields: [phone, email] }), makeResult({ fields: [phone, idCard] }))
    expect(diff.fields.added.map(key)).toEqual(['public.members.id_card:id.national'])
    expect(diff.fields.removed.map(key)).toEqual(['public.members.email:contact.email'])
    expect(diff.fields.changed).toEqual([])
  })

  it.each([
    ['sensitivity', { sensitivity: 'sensitive' as const }],
    ['confidence', { confidence: 'medium' as const }],
  ])('reports a %s change of the same key', (kind, change) => {
    const diff = diffResults(
      makeResult({ fields: [phone] }),
      makeResult({ fields: [{ ...phone, ...change }] }),
    )
    expect(diff.fields.added).toEqual([])
    expect(diff.fields.removed).toEqual([])
    expect(diff.fields.changed).toHaveLength(1)
    expect(diff.fields.changed[0]!.changes).toEqual([kind])
  })

  it('reports a changed category at the same location as a change, not removal plus addition', () => {
    const reclassified = { ...phone, category: 'id.national', sensitivity: 'sensitive' as const }
    const diff = diffResults(makeResult({ fields: [phone] }), makeResult({ fields: [reclassified] }))
    expect(diff.fields.added).toEqual([])
    expect(diff.fields.removed).toEqual([])
    expect(diff.fields.changed[0]).toMatchObject({
      before: { category: 'contact.phone', sensitivity: 'personal' },
      after: { category: 'id.national', sensitivity: 'sensitive' },
      changes: ['category', 'sensitivity'],
    })
  })

  it('keys by scope and source too: the same column in text scope or another source is another field', () => {
    const inText = { ...phone, scope: 'text' as const }
    const elsewhere = { ...phone, sourceId: 'crm', source: 'postgresql://crm' }
    const after = makeResult({
      fields: [phone, inText, elsewhere],
      containers: [coverage('public.members'), { ...coverage('public.members'), sourceId: 'crm' }],
    })
    const diff = diffResults(makeResult({ fields: [phone] }), after)
    expect(diff.fields.added.map((f) => `${f.sourceId}/${f.scope}`)).toEqual(['crm/value', 'shop/text'])
  })
})

describe('diffResults: containers and findings', () => {
  it('reports containers added and removed', () => {
    const before = makeResult({ containers: [coverage('public.a'), coverage('public.b')] })
    const after = makeResult({ containers: [coverage('public.b'), coverage('public.c')] })
    const diff = diffResults(before, after)
    expect(diff.containers.added.map((c) => c.container)).toEqual(['public.c'])
    expect(diff.containers.removed.map((c) => c.container)).toEqual(['public.a'])
  })

  it('matches findings by check id and location: new and resolved', () => {
    const kept = finding({ checkId: 'retention-exceeded', container: 'public.orders' })
    const fixed = finding({ checkId: 'plaintext-credential', container: 'public.users', field: 'password' })
    const fresh = finding({ checkId: 'plaintext-credential', container: 'public.users', field: 'api_token' })
    const logLine = finding({
      checkId: 'undeclared-personal-data',
      container: 'app.log',
      location: { path: '/var/log/app.log', line: 3 },
    })
    const movedLine = { ...logLine, location: { path: '/var/log/app.log', line: 9 } }
    const containers = [coverage('public.orders'), coverage('public.users'), coverage('app.log')]
    const before = makeResult({ containers, findings: [kept, fixed, logLine] })
    // The message and severity of a kept finding may change; it is still the same finding.
    const after = makeResult({
      containers,
      findings: [{ ...kept, severity: 'high', message: 'other words' }, fresh, movedLine],
    })
    const diff = diffResults(before, after)
    expect(diff.findings.new.map((f) => `${f.checkId}:${f.field ?? f.location?.line}`)).toEqual([
      'plaintext-credential:api_token',
      'undeclared-personal-data:9',
    ])
    expect(diff.findings.resolved.map((f) => `${f.checkId}:${f.field ?? f.location?.line}`)).toEqual([
      'plaintext-credential:password',
      'undeclared-personal-data:3',
    ])
  })
})

describe('diffResults: what the new scan could not read is unverified, never removed or resolved', () => {
  const before = makeResult({
    fields: [
      phone,
      field({ container: 'public.orders', field: 'consignee_phone', category: 'contact.phone' }),
    ],
    findings: [finding({ checkId: 'retention-exceeded', container: 'public.orders' })],
  })

  it('a failed container', () => {
    const after = makeResult({
      fields: [phone],
      containers: [coverage('public.members'), coverage('public.orders', 'failed')],
    })
    const diff = diffResults(before, after)
    expect(diff.fields.removed).toEqual([])
    expect(diff.findings.resolved).toEqual([])
    expect(diff.unverified.fields.map(key)).toEqual(['public.orders.consignee_phone:contact.phone'])
    expect(diff.unverified.findings).toHaveLength(1)
  })

  it('a failed source', () => {
    const after = makeResult({
      containers: [],
      sources: [
        {
          id: 'shop',
          url: 'pglite:./shop',
          kind: 'pglite',
          status: 'failed',
          error: 'not found',
          containers: { scanned: 0, skipped: 0, failed: 0 },
          records: 0,
        },
      ],
    })
    const diff = diffResults(before, after)
    expect(diff.fields.removed).toEqual([])
    expect(diff.containers.removed).toEqual([])
    expect(diff.unverified.containers).toHaveLength(2)
    expect(diff.unverified.fields).toHaveLength(2)
  })

  it('a dropped table of a readable source is removed', () => {
    const diff = diffResults(before, makeResult({ fields: [phone] }))
    expect(diff.containers.removed.map((c) => c.container)).toEqual(['public.orders'])
    expect(diff.fields.removed.map(key)).toEqual(['public.orders.consignee_phone:contact.phone'])
    expect(diff.findings.resolved).toHaveLength(1)
  })

  it('a scan without a policy resolves no finding', () => {
    const diff = diffResults(before, makeResult({ fields: before.fields, policy: false }))
    expect(diff.findings.resolved).toEqual([])
    expect(diff.unverified.findings).toHaveLength(1)
    expect(diff.settingsChanged).toEqual(['policy'])
  })
})

describe('diffResults: inputs', () => {
  it('refuses results of different schema versions', () => {
    const other = { ...makeResult(), schemaVersion: 2 } as unknown as ScanResult
    expect(() => diffResults(makeResult(), other)).toThrow(ConfigError)
  })

  it('names settings that differ', () => {
    const after = makeResult()
    const diff = diffResults(makeResult(), { ...after, settings: { ...after.settings, sampleSize: 'all' } })
    expect(diff.settingsChanged).toEqual(['sampleSize'])
  })
})

describe('newFieldsAtLevel (--fail-on-new)', () => {
  const nonPersonal = field({
    container: 'public.companies',
    field: 'credit_code',
    category: 'org.uscc',
    sensitivity: 'none',
  })
  it.each([
    ['a new sensitive field', [phone], [phone, idCard], ['id_card'], ['id_card']],
    ['a new personal field', [phone], [phone, email], [], ['email']],
    [
      'a field that became sensitive',
      [phone],
      [{ ...phone, sensitivity: 'sensitive' as const }],
      ['mobile'],
      [],
    ],
    [
      'a field reclassified into a sensitive category',
      [phone],
      [{ ...phone, category: 'id.national', sensitivity: 'sensitive' as const }],
      ['mobile'],
      ['mobile'],
    ],
    ['a non-personal identifier', [phone], [phone, nonPersonal], [], []],
    ['a removed field', [phone, idCard], [phone], [], []],
    ['a confidence change', [idCard], [{ ...idCard, confidence: 'medium' as const }], [], []],
  ])('%s', (_name, before, after, sensitive, personal) => {
    const diff = diffResults(makeResult({ fields: before }), makeResult({ fields: after }))
    expect(newFieldsAtLevel(diff, 'sensitive').map((f) => f.field)).toEqual(sensitive)
    expect(newFieldsAtLevel(diff, 'personal').map((f) => f.field)).toEqual(personal)
  })
})

describe('renderDiff', () => {
  const diff = diffResults(
    makeResult({
      fields: [phone, email],
      findings: [finding({ checkId: 'old-check', container: 'public.members' })],
    }),
    makeResult({
      fields: [{ ...phone, confidence: 'medium' }, idCard],
      containers: [coverage('public.members'), coverage('public.new_table')],
      findings: [finding({ checkId: 'new-check', container: 'public.members', severity: 'high' })],
    }),
  )

  it('lists every change in the terminal format', () => {
    const text = renderDiff(diff, 'table')
    expect(text).toMatch(/fields: 1 added \(1 sensitive\), 1 removed, 1 changed/)
    expect(text).toMatch(/\+ shop public\.members\.id_card {2}id\.national \(sensitive, high\)/)
    expect(text).toMatch(/- shop public\.members\.email/)
    expect(text).toMatch(/~ shop public\.members\.mobile {2}high → medium/)
    expect(text).toMatch(/\+ shop public\.new_table/)
    expect(text).toMatch(/\+ \[high\] new-check/)
    expect(text).toMatch(/- \[medium\] old-check/)
  })

  it('writes Markdown tables with escaped cells', () => {
    const md = renderDiff(diff, 'md')
    expect(md).toMatch(/^# pimap: changes since the baseline/)
    expect(md).toMatch(/## Added fields\n\n\| Source \| Container \| Field/)
    expect(md).toContain('| shop | public.members | id\\_card | id.national | sensitive | high |')
  })

  it('writes the diff object as JSON', () => {
    expect(JSON.parse(renderDiff(diff, 'json'))).toEqual(JSON.parse(JSON.stringify(diff)))
  })
})
