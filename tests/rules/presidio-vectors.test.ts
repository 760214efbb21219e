/**
 * Compares the free-text `scan` regexes with Presidio's recognizer test vectors (microsoft/presidio @ 0aa9f8e,
 * MIT; see tests/fixtures/peers/presidio/SOURCE.md) for the entity types pimap also recognises. A case passes
 * when the spans pimap reports (candidates that pass the rule's full-value checks, validated for rules with a
 * validator) are exactly the expected positions. Differences are policy as much as error: pimap does not
 * report private or documentation IP ranges, role mailboxes (info@) or national-format phone numbers.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Rule } from '../../src/rule/rule.js'
import { bankCard } from '../../rules/bank-card.js'
import { email } from '../../rules/email.js'
import { iban } from '../../rules/iban.js'
import { ipAddress } from '../../rules/ip-address.js'
import { macAddress } from '../../rules/mac-address.js'
import { phoneNumber } from '../../rules/phone-number.js'
import { postalCode } from '../../rules/postal-code.js'
import { usSsn } from '../../rules/us-ssn.js'
import { textFinds } from './text-finds.js'

interface VectorCase {
  readonly text?: string
  readonly iban?: string
  readonly expected_len: number
  readonly expected_positions?: readonly (readonly [number, number])[]
  readonly expected_res?: readonly (readonly [number, number])[]
  readonly entities?: readonly string[]
  readonly leniency?: number
}

interface VectorGroup {
  readonly source_file: string
  readonly test_function: string
  readonly entities: readonly string[] | null
  readonly cases: readonly VectorCase[]
}

const RULES: Readonly<Record<string, Rule>> = {
  CREDIT_CARD: bankCard,
  EMAIL_ADDRESS: email,
  IBAN_CODE: iban,
  IP_ADDRESS: ipAddress,
  MAC_ADDRESS: macAddress,
  PHONE_NUMBER: phoneNumber,
  UK_POSTCODE: postalCode,
  US_SSN: usSsn,
}

/** Pass rates pimap achieves on these vectors; a regression below them fails the test. */
const FLOORS: Readonly<Record<string, number>> = {
  CREDIT_CARD: 0.89,
  EMAIL_ADDRESS: 0.62,
  IBAN_CODE: 0.99,
  IP_ADDRESS: 0.38,
  MAC_ADDRESS: 1,
  PHONE_NUMBER: 0.84,
  UK_POSTCODE: 1,
  US_SSN: 0.84,
}

const groups = JSON.parse(
  readFileSync(new URL('../fixtures/peers/presidio/recognizer_test_vectors.json', import.meta.url), 'utf8'),
) as VectorGroup[]

interface Outcome {
  readonly entity: string
  readonly text: string
  readonly pass: boolean
}

function run(): Outcome[] {
  const out: Outcome[] = []
  for (const group of groups) {
    for (const c of group.cases) {
      const entity = (group.entities ?? c.entities ?? [])[0]
      const rule = entity === undefined ? undefined : RULES[entity]
      // Presidio's default phone leniency is 1; the other leniency rows test other settings of the same text.
      if (!rule || !entity || (c.leniency !== undefined && c.leniency !== 1)) continue
      const text = c.text ?? c.iban ?? ''
      const found = textFinds(rule, text).map((f) => [f.start, f.end] as const)
      const expected = c.expected_positions ?? c.expected_res ?? []
      const pass =
        expected.length > 0 || c.expected_len === 0
          ? JSON.stringify(found) === JSON.stringify([...expected].sort((a, b) => a[0] - b[0]))
          : found.length === c.expected_len
      out.push({ entity, text, pass })
    }
  }
  return out
}

describe('Presidio recognizer vectors', () => {
  const outcomes = run()
  const byEntity = new Map<string, { pass: number; total: number }>()
  for (const o of outcomes) {
    const s = byEntity.get(o.entity) ?? { pass: 0, total: 0 }
    s.total++
    if (o.pass) s.pass++
    byEntity.set(o.entity, s)
  }

  it('covers every supported entity type', () => {
    expect([...byEntity.keys()].sort()).toEqual(Object.keys(RULES).sort())
  })

  it('keeps per-type pass rates at or above the floors', () => {
    const rows = [...byEntity.entries()].sort(([a], [b]) => a.localeCompare(b))
    console.log(
      [
        'entity          pass / total   rate',
        ...rows.map(
          ([e, s]) =>
            `${e.padEnd(15)} ${String(s.pass).padStart(4)} / ${String(s.total).padEnd(5)}  ${((s.pass / s.total) * 100).toFixed(1)}%`,
        ),
      ].join('\n'),
    )
    for (const [entity, s] of rows) expect(s.pass / s.total, entity).toBeGreaterThanOrEqual(FLOORS[entity]!)
  })
})
