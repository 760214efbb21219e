/**
 * `testRule(rule, { detect, ignore })`: the standard every rule is tested to (STYLE.md rule 34).
 * `detect` lists values and column names the rule must recognise, `ignore` ones it must not. The tester
 * rejects empty lists and duplicate cases, so a rule cannot pass with a table that asserts nothing.
 */
import { describe, expect, it } from 'vitest'
import { FieldAccumulator } from '../../src/classifier/field-accumulator.js'
import { NameIndex } from '../../src/classifier/match-name.js'
import type { TypeClass } from '../../src/connector/connector.js'
import type { Rule } from '../../src/rule/rule.js'

/** A value case: a bare string, or a value with what it should produce. */
export type ValueCase =
  | string
  | {
      readonly value: string
      /** `validated` (default for rules with a validator), `shape` (matches, validator undecided). */
      readonly as?: 'validated' | 'shape'
      readonly type?: TypeClass
      /** For ignore cases: the value may match the shape but must not validate (private IPs). */
      readonly shapeOnly?: boolean
    }

export interface NameCase {
  readonly name: string
  readonly comment?: string
  /** Expected strength for detect cases (default strong). */
  readonly strength?: 'strong' | 'ambiguous' | 'weak'
}

export interface RuleCases {
  readonly detect: readonly (ValueCase | NameCase)[]
  readonly ignore: readonly (ValueCase | NameCase)[]
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(`rule ${rule.id}`, () => {
    it('has non-empty, duplicate-free case tables', () => {
      expect(cases.detect.length, 'no detect cases').toBeGreaterThan(0)
      expect(cases.ignore.length, 'no ignore cases').toBeGreaterThan(0)
      const keys = [...cases.detect, ...cases.ignore].map((c) => JSON.stringify(c))
      expect(new Set(keys).size, 'duplicate test case').toBe(keys.length)
    })
    const index = new NameIndex([rule])
    for (const c of cases.detect.map((x) => Object.freeze(x))) {
      if (isName(c)) {
        it(`detects name ${JSON.stringify(c.name)}${c.comment ? ` / comment ${JSON.stringify(c.comment)}` : ''}`, () => {
          const strengths = index.match(c.name, c.comment).map((m) => m.strength)
          expect(strengths).toContain(c.strength ?? 'strong')
        })
      } else {
        const v = valueCase(c)
        it(`detects value ${JSON.stringify(v.value)}`, () => {
          const hit = runValue(rule, v.value, v.type)
          expect(hit.matched, 'shape did not match').toBe(1)
          const as = v.as ?? (rule.validate ? 'validated' : 'shape')
          expect(hit.validated, as === 'validated' ? 'did not validate' : 'unexpectedly validated').toBe(
            as === 'validated' ? 1 : 0,
          )
        })
      }
    }
    for (const c of cases.ignore.map((x) => Object.freeze(x))) {
      if (isName(c)) {
        it(`ignores name ${JSON.stringify(c.name)}`, () => {
          const confident = index.match(c.name, c.comment).filter((m) => m.strength !== 'weak')
          expect(confident.map((m) => m.phrase)).toEqual([])
        })
      } else {
        const v = valueCase(c)
        it(`ignores value ${JSON.stringify(v.value.slice(0, 60))}`, () => {
          const hit = runValue(rule, v.value, v.type)
          expect(hit.validated, 'validated').toBe(0)
          if (v.shapeOnly) expect(hit.matched, 'expected a shape match').toBe(1)
          else if (!rule.validate || rule.valueEvidenceLevel === 'weak')
            expect(hit.matched, 'shape matched').toBe(0)
        })
      }
    }
  })
}

function isName(c: ValueCase | NameCase): c is NameCase {
  return typeof c === 'object' && 'name' in c
}

function valueCase(c: ValueCase): Exclude<ValueCase, string> {
  return typeof c === 'string' ? { value: c } : c
}

function runValue(rule: Rule, value: string, type?: TypeClass): { matched: number; validated: number } {
  const typeClass = type ?? (rule.types ?? ['text'])[0]!
  const acc = new FieldAccumulator({ name: 'value', dataType: typeClass, typeClass }, [rule], {
    now: new Date(),
  })
  acc.add(value)
  const hit = acc.finish().hits[0]
  return { matched: hit?.matched ?? 0, validated: hit?.validated ?? 0 }
}
