/**
 * Custom rules from `pimap.yml`: names, keywords, a regex and a choice of validator. Each rule is compiled with
 * `defineRule` and self-tested against its own `examples` when the policy loads, so a broken rule fails at
 * start-up with the example that failed, not silently during a scan.
 */
import { FieldAccumulator } from '../classifier/field-accumulator.js'
import { RuleError } from '../errors.js'
import { defineRule, type Rule } from '../rule/rule.js'
import type { CustomRuleSpec } from './policy-schema.js'

/** Nested quantifiers such as `(a+)+` or `(\d*)*` backtrack catastrophically; refuse them. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]/

/** Checksum validators custom rules may name (`luhn`, `gb11643`, …); supplied by the composition root. */
export type CustomValidators = Readonly<Record<string, (value: string) => boolean>>

export function compileCustomRule(spec: CustomRuleSpec, validators: CustomValidators): Rule {
  const regex = (source: string | undefined, flags: string) => {
    if (source === undefined) return undefined
    if (NESTED_QUANTIFIER.test(source))
      throw new RuleError(
        `rule ${spec.id}: regex ${source} has nested quantifiers (catastrophic backtracking)`,
      )
    try {
      return new RegExp(source, flags)
    } catch (error) {
      throw new RuleError(`rule ${spec.id}: invalid regex ${source}: ${(error as Error).message}`)
    }
  }
  const pattern = regex(spec.pattern ? `^(?:${spec.pattern})$` : undefined, 'u')
  const validator = spec.validator === 'none' ? undefined : validators[spec.validator]
  if (spec.validator !== 'none' && !validator) {
    throw new RuleError(
      `rule ${spec.id}: validator ${spec.validator} is not available; use ${Object.keys(validators).join(', ')}`,
    )
  }
  const validate = validator ? (v: string) => validator(v) : undefined
  const rule = defineRule({
    id: spec.id,
    category: spec.category,
    description: spec.description,
    names: spec.names
      ?.map((n) =>
        n
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim(),
      )
      .filter(Boolean),
    keywords: spec.keywords,
    ...(pattern ? { patterns: [{ name: 'custom', regex: pattern, score: 0.5 }] } : {}),
    ...(validate ? { validate } : {}),
    ...(spec.scan && pattern ? { scan: regex(spec.scan, 'gu') } : {}),
    valueEvidence: validate ? 'strong' : pattern ? 'weak' : 'none',
  })
  for (const example of spec.examples?.detect ?? []) {
    if (!accepts(rule, example))
      throw new RuleError(
        `rule ${spec.id}: example ${JSON.stringify(example)} in examples.detect is not detected`,
      )
  }
  for (const example of spec.examples?.ignore ?? []) {
    if (accepts(rule, example))
      throw new RuleError(
        `rule ${spec.id}: example ${JSON.stringify(example)} in examples.ignore is detected`,
      )
  }
  return rule
}

function accepts(rule: Rule, value: string): boolean {
  const acc = new FieldAccumulator({ name: 'example', dataType: 'text', typeClass: 'text' }, [rule], {
    now: new Date(),
  })
  acc.add(value)
  const hit = acc.finish().hits[0]
  return rule.validate ? (hit?.validated ?? 0) > 0 : (hit?.matched ?? 0) > 0
}
