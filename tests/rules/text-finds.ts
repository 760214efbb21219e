/**
 * What a rule's `scan` regex reports inside free text, with the same full-value checks the field accumulator
 * applies (normalize, a pattern, not invalidate, validate === true for rules with a validator). Shared by the
 * per-rule scan tests and the Presidio comparison.
 */
import type { Rule } from '../../src/rule/rule.js'

export interface TextFind {
  readonly start: number
  readonly end: number
  readonly text: string
}

export function textFinds(rule: Rule, text: string): TextFind[] {
  if (!rule.scan) throw new Error(`rule ${rule.id} has no scan regex`)
  const scan = new RegExp(rule.scan.source, rule.scan.flags)
  const out: TextFind[] = []
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    if (m[0].length === 0) {
      scan.lastIndex++
      continue
    }
    if (passes(rule, m[0])) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
  }
  return out
}

/** The full-value checks of a candidate, as the field accumulator runs them. */
export function passes(rule: Rule, candidate: string): boolean {
  const v = rule.normalize ? rule.normalize(candidate) : candidate
  const pattern = rule.patterns?.find((p) => p.regex.test(v))
  if (!pattern || rule.invalidate?.(v)) return false
  const verdict = rule.validate?.(v, pattern.name)
  return rule.validate ? verdict === true : verdict !== false
}
