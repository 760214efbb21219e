/**
 * A rule is data plus small pure functions: column-name phrases, Chinese keywords, value patterns and a
 * validator. `defineRule` checks and compiles a rule when it loads, so a bad rule fails at start-up.
 */
import type { TypeClass } from '../connector/connector.js'
import { RuleError } from '../errors.js'
import { type CharClass, maskOf } from './char-class.js'
import type { Topic } from './topic.js'

/** An anchored regex over a normalised value, with the score a shape match earns before validation. */
export interface ValuePattern {
  /** Names the pattern in explanations (`id18`, `e164`). */
  readonly name: string
  readonly regex: RegExp
  /** Score of a match the validator neither confirms nor rejects, in [0, 1]. */
  readonly score: number
}

/** Cheap checks that rule out a value before any regex runs. */
export interface Prefilter {
  readonly minLength?: number
  readonly maxLength?: number
  /** Classes the value must contain. */
  readonly require?: readonly CharClass[]
  /** The value must contain at least one of these classes (IPv4 dots or IPv6 colons). */
  readonly requireAny?: readonly CharClass[]
  /** The only classes the value may contain (default: any). */
  readonly allow?: readonly CharClass[]
}

/** How far sampled values alone can classify a field. */
export type ValueEvidence = 'strong' | 'weak' | 'none'

export interface RuleSpec {
  /** Stable kebab-case id; public API (`--only`, SARIF `pimap/<id>`, policies). */
  readonly id: string
  /** Taxonomy category id (`contact.email`). */
  readonly category: string
  readonly description: string
  readonly references?: readonly string[]
  /** Column-name phrases in English or pinyin, tokens separated by spaces: `id card no`, `sfzh`. */
  readonly names?: readonly string[]
  /** Ambiguous phrases that count only with value evidence or a person-like container: `name`, `sj`. */
  readonly weakNames?: readonly string[]
  /** Chinese keywords matched inside Chinese column names and comments: `身份证号`. */
  readonly keywords?: readonly string[]
  /**
   * Names that mean this category only inside a container about a topic: `amount` in a transactions table,
   * `start_time` in call records, `depart_station` in rail tickets. They count as strong names there.
   */
  readonly topicNames?: readonly {
    readonly topics: readonly Topic[]
    readonly names?: readonly string[]
    readonly keywords?: readonly string[]
  }[]
  /** Generic Chinese keywords that count like `weakNames`: `地址` (of a person, or of a warehouse?). */
  readonly weakKeywords?: readonly string[]
  /** Tokens that turn a name match into something else: `template` in `email_template`. */
  readonly excludeTokens?: readonly string[]
  /** Type classes a field may have (default: text-like classes). */
  readonly types?: readonly TypeClass[]
  /** Value shapes, tried in order on the normalised value. */
  readonly patterns?: readonly ValuePattern[]
  readonly prefilter?: Prefilter
  /** Canonical form before matching (strip separators, upper-case check letters). */
  readonly normalize?: (value: string) => string
  /** Checksum or semantic check: true confirms, false rejects the match, undefined leaves it a shape match. */
  readonly validate?: (value: string, pattern: string) => boolean | undefined
  /** Known fakes and placeholders to drop (all digits equal, documentation ranges). */
  readonly invalidate?: (value: string) => boolean
  /**
   * `strong`: validated values alone classify a field (checksums, e-mail); `weak`: values only confirm a
   * name; `none`: name-only rule. Default: strong with a validator, weak otherwise.
   */
  readonly valueEvidence?: ValueEvidence
  /** A name match whose values never fit the patterns is contradicted (an `email` column of ids). */
  readonly valuesExpected?: boolean
  /** Weak names need a person-like container: `address` of a warehouse is not personal, of a member is. */
  readonly needsPersonContext?: boolean
  /**
   * Finds candidates inside free text (chat content, notes, log lines): a global regex anchored with lookarounds
   * (`(?<![0-9A-Za-z])…(?![0-9A-Za-z])`). Each candidate must then pass the full-value checks (normalize,
   * patterns, invalidate, validate === true) to count, so only validated identifiers are reported from text.
   */
  readonly scan?: RegExp
  /**
   * Birth date (`YYYY-MM-DD`) carried by a validated value: resident ID digits 7–14, a birth-date column.
   * Lets the scan count records of children under 14 (PIPL Art. 28, 31).
   */
  readonly birthDate?: (value: string, pattern: string) => string | undefined
  /** Shape-preserving mask for report examples (default: generic mask). */
  readonly mask?: (value: string) => string
}

/** A compiled rule, as the classifier uses it. */
export interface Rule extends RuleSpec {
  readonly nameTokens: readonly (readonly string[])[]
  readonly weakNameTokens: readonly (readonly string[])[]
  readonly requireMask: number
  /** At least one of these bits must be present (0: no condition). */
  readonly requireAnyMask: number
  /** Bits a value may not contain (complement of `allow`), 0 when anything goes. */
  readonly forbidMask: number
  readonly valueEvidenceLevel: ValueEvidence
}

const ID_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
const PHRASE_RE = /^[a-z0-9]+(?: [a-z0-9]+)*$/
const DEFAULT_TYPES: readonly TypeClass[] = ['text', 'other', 'array', 'json']

/** Checks and compiles a rule; throws RuleError naming the rule and the problem. */
export function defineRule(spec: RuleSpec): Rule {
  const fail = (problem: string): never => {
    throw new RuleError(`rule ${JSON.stringify(spec.id)}: ${problem}`)
  }
  if (!ID_RE.test(spec.id)) fail('id must be kebab-case')
  if (!/^[a-z_]+(?:\.[a-z0-9_]+)*$/.test(spec.category)) fail(`invalid category id ${spec.category}`)
  const phrases = [
    ...(spec.names ?? []),
    ...(spec.weakNames ?? []),
    ...(spec.topicNames ?? []).flatMap((t) => t.names ?? []),
  ]
  for (const phrase of phrases) {
    if (!PHRASE_RE.test(phrase)) fail(`name phrase ${JSON.stringify(phrase)} must be lower-case words`)
  }
  for (const keyword of [
    ...(spec.keywords ?? []),
    ...(spec.weakKeywords ?? []),
    ...(spec.topicNames ?? []).flatMap((t) => t.keywords ?? []),
  ]) {
    if (!/\p{Script=Han}/u.test(keyword)) fail(`keyword ${JSON.stringify(keyword)} has no Chinese character`)
  }
  for (const pattern of spec.patterns ?? []) {
    if (!(pattern.regex instanceof RegExp)) fail(`pattern ${pattern.name} is not a RegExp`)
    if (pattern.regex.global || pattern.regex.sticky)
      fail(`pattern ${pattern.name} must not be global or sticky`)
    if (!(pattern.score >= 0 && pattern.score <= 1)) fail(`pattern ${pattern.name} score must be in [0, 1]`)
  }
  if (
    phrases.length === 0 &&
    !spec.keywords?.length &&
    !spec.weakKeywords?.length &&
    !spec.patterns?.length
  ) {
    fail('needs at least one of names, weakNames, keywords or patterns')
  }
  const prefilter = spec.prefilter ?? {}
  const valueEvidenceLevel: ValueEvidence =
    spec.valueEvidence ?? (spec.patterns?.length ? (spec.validate ? 'strong' : 'weak') : 'none')
  return Object.freeze({
    ...spec,
    types: spec.types ?? DEFAULT_TYPES,
    nameTokens: (spec.names ?? []).map((p) => p.split(' ')),
    weakNameTokens: (spec.weakNames ?? []).map((p) => p.split(' ')),
    requireMask: maskOf(prefilter.require ?? []),
    requireAnyMask: maskOf(prefilter.requireAny ?? []),
    forbidMask: prefilter.allow ? ~maskOf(prefilter.allow) : 0,
    valueEvidenceLevel,
  })
}
