import { describe, expect, it } from 'vitest'
import { findCategory } from '../../rules/categories.js'
import { parsePolicy } from '../../src/policy/load-policy.js'
import { ANY_SOURCE, mappedPurposes } from '../../src/migration/migration-policy.js'

const policy = parsePolicy(
  `
version: 1
purposes:
  - { id: shop, description: Shop, legalBasis: contract, categories: [contact.phone] }
  - { id: crm, description: CRM, legalBasis: consent, categories: [contact.email] }
  - { id: all, description: Everything, legalBasis: contract, categories: [person.name] }
mappings:
  - { match: 'shop:public.orders', purposes: [shop] }
  - { match: 'crm:public.orders', purposes: [crm] }
  - { match: 'shop:shop.members*', purposes: [shop] }
  - { match: '*', purposes: [all] }
`,
  'pimap.yml',
  { findCategory },
)

const ids = (sourceId: string, table: { schema?: string; name: string }) =>
  mappedPurposes(policy, sourceId, table).map((p) => p.id)

describe('mappedPurposes', () => {
  it('ignores the source part of globs when no source id is given', () => {
    expect(ids(ANY_SOURCE, { schema: 'public', name: 'orders' })).toEqual(['shop', 'crm', 'all'])
  })

  it('matches the source id exactly as scan does when one is given', () => {
    expect(ids('shop', { schema: 'public', name: 'orders' })).toEqual(['shop', 'all'])
    expect(ids('billing', { schema: 'public', name: 'orders' })).toEqual(['all'])
  })

  it('compares only the table part when the schema is unknown (MySQL without --schema)', () => {
    expect(ids(ANY_SOURCE, { name: 'members_v2' })).toEqual(['shop', 'all'])
    expect(ids(ANY_SOURCE, { schema: 'other', name: 'members_v2' })).toEqual(['all'])
  })
})
