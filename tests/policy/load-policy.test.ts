import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findCategory } from '../../rules/categories.js'
import { customValidators } from '../../src/cli/custom-validators.js'
import { ConfigError } from '../../src/errors.js'
import { parsePolicy } from '../../src/policy/load-policy.js'
import { policyJsonSchema } from '../../src/policy/policy-schema.js'
import { POLICY_TEMPLATE } from '../../src/policy/policy-template.js'

const load = (text: string, env: Record<string, string> = {}) =>
  parsePolicy(text, 'pimap.yml', { env, findCategory, validators: customValidators })
const failure = (text: string, env: Record<string, string> = {}) => {
  try {
    load(text, env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected the policy to be rejected')
}

const minimal = `version: 1
purposes:
  - id: orders
    description: order fulfilment
    legalBasis: contract
    categories: [contact.phone]
    retention: { duration: P3Y, from: transaction_completed }
mappings:
  - match: "shop:public.orders"
    purposes: [orders]
`

describe('loading pimap.yml', () => {
  it('loads the init template with the defaults our policies state', () => {
    const policy = load(POLICY_TEMPLATE, { PIMAP_SHOP_PASSWORD: 's3cret' })
    expect(policy.sources[0]?.url).toBe('postgresql://pimap_reader:s3cret@127.0.0.1:5432/shop')
    const byId = Object.fromEntries(policy.purposes.map((p) => [p.id, p.retention]))
    expect(byId.order_fulfilment).toMatchObject({ duration: 'P3Y', from: 'transaction_completed' })
    expect(byId.security_logs).toMatchObject({ duration: 'P6M', from: 'created', action: 'delete' })
    expect(byId.account).toMatchObject({ duration: 'P3M', from: 'service_expiry' })
  })

  it('accepts JSON and fills defaults', () => {
    const policy = load(JSON.stringify({ version: 1 }))
    expect(policy).toMatchObject({ sources: [], purposes: [], children: { guardianConsent: false } })
  })

  it.each([
    ['a YAML syntax error with its line', 'version: 1\npurposes: [\n', /^pimap\.yml:\d+:\d+: /],
    [
      'an unknown key with path and line',
      `${minimal}surprise: true\n`,
      /pimap\.yml:1.*Unrecognized key.*surprise/,
    ],
    [
      'a bad duration with path and line',
      minimal.replace('P3Y', '3 years'),
      /pimap\.yml:7 purposes\[0\]\.retention\.duration: ISO-8601 duration/,
    ],
    [
      'an unknown category',
      minimal.replace('contact.phone', 'contact.fax'),
      /pimap\.yml:6 purposes\[0\]\.categories\[0\]: unknown category "contact\.fax"/,
    ],
    [
      'an unknown purpose in a mapping',
      minimal.replace('purposes: [orders]', 'purposes: [billing]'),
      /mappings\[0\]\.purposes\[0\]: unknown purpose "billing"; declared: orders/,
    ],
    ['an unknown legal basis', minimal.replace('contract', 'vibes'), /purposes\[0\]\.legalBasis/],
    ['a missing version', 'purposes: []\n', /version/],
  ])('rejects %s', (_what, text, message) => {
    expect(failure(text)).toMatch(message)
  })

  it('interpolates ${ENV} and names a missing variable and where it is used', () => {
    const text = 'version: 1\nsources:\n  - id: db\n    url: postgresql://u:${DB_PASSWORD}@h/db\n'
    expect(load(text, { DB_PASSWORD: 'pw' }).sources[0]!.url).toBe('postgresql://u:pw@h/db')
    expect(failure(text)).toMatch(
      /pimap\.yml:4 sources\[0\]\.url: environment variable DB_PASSWORD is not set/,
    )
  })

  it('compiles custom rules and runs their examples at load time', () => {
    const rule = (extra: string) =>
      `version: 1\nrules:\n  - id: vip-card\n    category: account.username\n    names: [vip_no]\n    pattern: "6\\\\d{15}"\n    validator: luhn\n${extra}`
    expect(
      load(rule('    examples: { detect: ["6200000000000005"], ignore: ["6200000000000006"] }\n'))
        .customRules[0]!.id,
    ).toBe('vip-card')
    expect(failure(rule('    examples: { detect: ["6200000000000006"] }\n'))).toMatch(
      /rules\[0\].*example "6200000000000006" in examples\.detect is not detected/,
    )
    expect(
      failure('version: 1\nrules:\n  - id: bad\n    category: contact.phone\n    pattern: "(a+)+"\n'),
    ).toMatch(/nested quantifiers/)
    expect(
      failure('version: 1\nrules:\n  - id: bad\n    category: contact.phone\n    pattern: "(unclosed"\n'),
    ).toMatch(/invalid regex/)
  })

  it('publishes a JSON Schema that matches the zod schema (run `npm run schema` after changes)', () => {
    const published = JSON.parse(
      readFileSync(new URL('../../schema/pimap.schema.json', import.meta.url), 'utf8'),
    )
    expect(published).toEqual(JSON.parse(JSON.stringify(policyJsonSchema())))
  })
})
