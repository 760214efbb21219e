/**
 * Every rule's patterns, normalize/validate/invalidate and free-text scan regex must finish on adversarial 1 MB
 * inputs: a regex that backtracks catastrophically would stall a scan on one unlucky value. Completion within
 * vitest's per-test timeout is the assertion; wall-clock times are not asserted.
 */
import { describe, expect, it } from 'vitest'
import type { Rule } from '../../src/rule/rule.js'
import { builtinRules } from '../../rules/index.js'

const MB = 1_000_000
const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length))

const ADVERSARIAL: Readonly<Record<string, string>> = {
  digits: repeat('1'),
  'at signs': repeat('a@'),
  'dotted digits': repeat('1.'),
  dashes: repeat('-'),
  'digit and space runs': repeat('1 12 123 1234 12345 '),
  'digit dash space': repeat('1-1 '),
  'plus groups': repeat('+1 '),
  han: repeat('\u4e00'),
  'hex and colons': repeat('a:'),
  colons: repeat(':'),
  'letter digit': repeat('A1'),
  'iban-like groups': repeat('AB12 '),
  'vector literal': `[${repeat('0.1,')}`,
  'hex bytes': `\\x${repeat('f')}`,
  'cookie pairs': repeat('a=b;'),
  'domain labels': `a@${repeat('a.')}`,
  'mixed punctuation': repeat('1.2-3 4/5:6'),
}

/** Runs everything a rule can run on a value; returns a count so nothing is optimised away. */
function exercise(rule: Rule, input: string): number {
  let n = 0
  const value = rule.normalize ? rule.normalize(input) : input
  for (const p of rule.patterns ?? []) {
    if (p.regex.test(input)) n++
    if (p.regex.test(value)) n++
    if (rule.validate?.(value, p.name)) n++
    if (rule.birthDate?.(value, p.name)) n++
  }
  if (rule.invalidate?.(value)) n++
  if (rule.scan) {
    const scan = new RegExp(rule.scan.source, rule.scan.flags)
    for (let m = scan.exec(input); m !== null; m = scan.exec(input)) {
      n++
      if (m[0].length === 0) scan.lastIndex++
    }
  }
  return n
}

for (const rule of builtinRules) {
  describe(`rule ${rule.id} on 1 MB adversarial input`, () => {
    for (const [name, input] of Object.entries(ADVERSARIAL)) {
      it(`completes on ${name}`, { timeout: 10_000 }, () => {
        expect(exercise(rule, input)).toBeGreaterThanOrEqual(0)
      })
    }
  })
}
