/** Each policy check against tiny hand-built contexts; tests assert message ids, not text. */
import { describe, expect, it } from 'vitest'
import { findCategory } from '../../rules/categories.js'
import { builtinChecks } from '../../src/policy/checks/index.js'
import type { ContainerPolicy } from '../../src/policy/container-policy.js'
import { evaluatePolicy } from '../../src/policy/evaluate-policy.js'
import { parsePolicy } from '../../src/policy/load-policy.js'
import type {
  ContainerContext,
  IdentityOverlap,
  PolicyContext,
  RetentionStatus,
} from '../../src/policy/policy-context.js'
import type { FieldEntry } from '../../src/scan-result.js'

const policy = parsePolicy(
  `version: 1
purposes:
  - id: orders
    description: orders
    legalBasis: contract
    categories: [contact.phone, person.name, financial.bank_card]
    retention: { duration: P3Y, from: created }
  - id: kyc
    description: real-name verification
    legalBasis: legal_obligation
    categories: [id.national]
    necessity: required by law
protection: { encrypt: [financial.bank_card], mask: [] }
`,
  'pimap.yml',
  { findCategory },
)

function field(name: string, category: string, extra: Partial<FieldEntry> = {}): FieldEntry {
  const sensitivity = findCategory(category)?.sensitivity ?? 'personal'
  return {
    source: 'postgresql://h/db',
    sourceId: 'shop',
    container: 'public.t',
    field: name,
    dataType: 'text',
    category,
    categoryLabel: category,
    sensitivity,
    confidence: 'high',
    score: 0.9,
    ruleId: 'x',
    signals: [],
    sampled: 10,
    matched: 10,
    validated: 10,
    examples: [],
    scope: 'value',
    valueStates: { plain: 10, masked: 0, hashed: 0, encrypted: 0 },
    ...extra,
  }
}

function container(
  fields: FieldEntry[],
  purposes: string[],
  extra: Partial<ContainerContext> = {},
  cp: Partial<ContainerPolicy> = {},
): ContainerContext {
  return {
    source: 'postgresql://h/db',
    sourceId: 'shop',
    container: { id: 'public.t', name: 't', kind: 'table', fields: [] },
    fields,
    policy: { purposes: policy.purposes.filter((p) => purposes.includes(p.id)), mappings: [], ...cp },
    ...extra,
  }
}

function run(containers: ContainerContext[], identity: IdentityOverlap[] = [], over = policy) {
  const context: PolicyContext = {
    policy: over,
    containers,
    identity,
    findCategoryLabel: (id) => id,
    isSensitive: (f) => f.sensitivity === 'sensitive',
  }
  return evaluatePolicy(context, builtinChecks).map(
    (f) => `${f.checkId}/${f.messageId}/${f.severity}${f.field ? `/${f.field}` : ''}`,
  )
}

const expired: RetentionStatus = {
  source: 'postgresql://h/db',
  sourceId: 'shop',
  container: 'public.t',
  duration: 'P3Y',
  from: 'created',
  action: 'anonymize',
  origin: 'purpose orders',
  clockField: 'created_at',
  cutoff: '2023-06-01T00:00:00.000Z',
  expired: 42,
  oldestDays: 1500,
}

describe('policy checks', () => {
  it('flags personal data no purpose covers', () => {
    expect(run([container([field('phone', 'contact.phone')], [])])).toContain(
      'undeclared-personal-data/unmapped/medium',
    )
    expect(run([container([field('id', 'id.national')], [])])).toContain(
      'undeclared-personal-data/unmapped/high',
    )
  })

  it('flags categories the mapped purposes do not declare', () => {
    expect(run([container([field('email', 'contact.email')], ['orders'])])).toContain(
      'purpose-mismatch/undeclaredCategory/medium/email',
    )
    expect(
      run([container([field('phone', 'contact.phone')], ['orders'])]).filter((f) =>
        f.startsWith('purpose-mismatch'),
      ),
    ).toEqual([])
  })

  it('flags sensitive data without separate consent or necessity, except on non-consent bases', () => {
    const findings = run([
      container(
        [
          field('card', 'financial.bank_card', {
            valueStates: { plain: 0, masked: 0, hashed: 0, encrypted: 10 },
          }),
        ],
        ['orders'],
      ),
    ])
    expect(findings).toEqual(
      expect.arrayContaining([
        'sensitive-without-basis/noSeparateConsent/high/card',
        'sensitive-without-basis/noNecessity/medium/card',
      ]),
    )
    expect(
      run([container([field('sfzh', 'id.national')], ['kyc'])]).filter((f) =>
        f.startsWith('sensitive-without-basis'),
      ),
    ).toEqual([])
  })

  it('reports expired records, and held records only as info', () => {
    expect(run([container([field('phone', 'contact.phone')], ['orders'], { retention: expired })])).toContain(
      'retention-exceeded/expired/medium',
    )
    expect(
      run([
        container([field('phone', 'contact.phone')], ['orders'], {
          retention: { ...expired, held: 'litigation' },
        }),
      ]),
    ).toContain('retention-exceeded/held/info')
    expect(
      run([
        container([field('phone', 'contact.phone')], ['orders'], { retention: { ...expired, expired: 0 } }),
      ]).filter((f) => f.startsWith('retention-exceeded')),
    ).toEqual([])
  })

  it('reports personal data whose retention cannot be enforced', () => {
    expect(run([container([field('email', 'contact.email')], [])])).toContain(
      'retention-unenforceable/noRule/medium',
    )
    const ruleNoClock = {
      retention: {
        duration: 'P3Y',
        from: 'created' as const,
        action: 'anonymize' as const,
        origin: 'purpose orders',
      },
    }
    expect(run([container([field('phone', 'contact.phone')], ['orders'], {}, ruleNoClock)])).toContain(
      'retention-unenforceable/noTimestamp/medium',
    )
  })

  it("flags children's data without guardian consent", () => {
    expect(
      run([container([field('birthday', 'person.birthdate', { under14: 3, sensitivity: 'sensitive' })], [])]),
    ).toContain('children-without-guardian-consent/minors/high')
    const consenting = { ...policy, children: { guardianConsent: true } }
    expect(
      run([container([field('birthday', 'person.birthdate', { under14: 3 })], [])], [], consenting).filter(
        (f) => f.startsWith('children'),
      ),
    ).toEqual([])
  })

  it('flags plaintext passwords as critical and hashed ones not at all', () => {
    expect(run([container([field('pwd', 'credential.password')], [])])).toContain(
      'plaintext-credential/plaintext/critical/pwd',
    )
    const hashed = field('pwd', 'credential.password', {
      valueStates: { plain: 0, masked: 0, hashed: 10, encrypted: 0 },
    })
    expect(run([container([hashed], [])]).filter((f) => f.startsWith('plaintext'))).toEqual([])
  })

  it('flags plaintext values where the policy promises encryption', () => {
    expect(run([container([field('card', 'financial.bank_card')], ['orders'])])).toContain(
      'unprotected-identifier/notEncrypted/high/card',
    )
  })

  it('flags known people found in an undeclared store', () => {
    const overlap: IdentityOverlap = {
      source: 'file:/x',
      sourceId: 'logs',
      container: 'export.csv',
      field: 'mobile',
      category: 'contact.phone',
      shared: 12,
      knownIn: ['shop:public.orders'],
    }
    expect(run([], [overlap])).toEqual(['person-in-undeclared-store/shared/high/mobile'])
  })

  it('renders messages without leftover placeholders', () => {
    const context: PolicyContext = {
      policy,
      containers: [
        container([field('email', 'contact.email'), field('pwd', 'credential.password')], ['orders'], {
          retention: expired,
        }),
      ],
      identity: [],
      findCategoryLabel: (id) => id,
      isSensitive: (f) => f.sensitivity === 'sensitive',
    }
    for (const f of evaluatePolicy(context, builtinChecks)) expect(f.message).not.toMatch(/\{\{/)
  })
})
