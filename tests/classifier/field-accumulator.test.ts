/** Full scans of long columns: the accumulator narrows the rules it runs, and its counts stay exact. */
import { describe, expect, it } from 'vitest'
import { FieldAccumulator } from '../../src/classifier/field-accumulator.js'
import { builtinRules } from '../../rules/index.js'

const meta = { name: 'contact', dataType: 'text', typeClass: 'text' } as const
const now = new Date('2026-06-01')
/** Rules that look at values (the others work by name and comment only). */
const valueRules = builtinRules.filter((r) => r.patterns && r.patterns.length > 0)

function run(values: (i: number) => string, n: number) {
  const acc = new FieldAccumulator(meta, valueRules, { now })
  for (let i = 0; i < n; i++) acc.add(values(i))
  return acc.finish()
}

describe('FieldAccumulator on long columns', () => {
  it('keeps exact counts for a rule that matches part of the values, past the settling point', () => {
    // Half phones, half e-mails: no rule reaches 90 %, so both keep running on every value.
    const stats = run((i) => (i % 2 ? `138${String(i).padStart(8, '0')}` : `user${i}@example.com`), 30_000)
    expect(stats.sampled).toBe(30_000)
    const phone = stats.hits.find((h) => h.rule.category === 'contact.phone')!
    const email = stats.hits.find((h) => h.rule.category === 'contact.email')!
    expect(phone.validated).toBe(15_000)
    expect(email.validated).toBe(15_000)
    expect(stats.states.plain).toBe(30_000)
  })

  it('settles on the rule that validates nearly every value and still counts it exactly', () => {
    const stats = run((i) => `user${i}@example.com`, 25_000)
    const email = stats.hits.find((h) => h.rule.category === 'contact.email')!
    expect(email.validated).toBe(25_000)
    expect(email.matched).toBe(25_000)
  })

  it('counts identifiers inside repeated short text on every occurrence, cached or not', () => {
    const stats = run((i) => (i % 2 ? '请回电 13812345678 谢谢' : '好的，已经收到您的留言了，谢谢'), 1000)
    expect(stats.textValues).toBe(1000)
    const phone = stats.hits.find((h) => h.rule.category === 'contact.phone')!
    expect(phone.textValues).toBe(500)
    expect(phone.textFinds).toBe(500)
  })

  it('stops shape-only rules the field name does not point to, and keeps named ones', () => {
    // Mobiles: an 11-digit string also has the shape of a QQ number and a passport number, which never validate.
    const mobile = (i: number) =>
      `13${String(i * 7919)
        .padStart(9, '0')
        .slice(-9)}`
    const unnamed = run(mobile, 20_000)
    const phone = unnamed.hits.find((h) => h.rule.category === 'contact.phone')!
    expect(phone.matched).toBe(20_000)
    const shapes = unnamed.hits.filter((h) => h.validated === 0 && h.matched > 0)
    // Counted up to the settling point only: they stopped running there.
    for (const h of shapes) expect(h.matched, h.rule.id).toBeLessThan(20_000)
    const qq = valueRules.find((r) => r.id === 'messaging-account')!
    const named = new FieldAccumulator(meta, valueRules, { now, named: new Set([qq]) })
    for (let i = 0; i < 20_000; i++) named.add(mobile(i))
    const qqHits = named.finish().hits.find((h) => h.rule === qq)
    if (qqHits) expect(qqHits.matched).toBe(20_000)
  })

  it('stops running rules that matched none of the first 10,000 values (documented trade-off)', () => {
    // Words for 12,000 values, then phones: the phone rule was dropped at the settling point.
    const stats = run((i) => (i < 12_000 ? `word${i}` : `138${String(i).padStart(8, '0')}`), 13_000)
    expect(stats.sampled).toBe(13_000)
    expect(stats.hits.find((h) => h.rule.category === 'contact.phone')).toBeUndefined()
  })
})
