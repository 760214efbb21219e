/**
 * Streaming value statistics for one field: every sampled value passes through `add` once, so memory stays flat
 * however many rows a full scan reads. This is the hot path of a scan; keep it allocation-free where possible.
 */
import type { FieldMeta } from '../connector/connector.js'
import { CHAR_BIT, charMask } from '../rule/char-class.js'
import type { Rule } from '../rule/rule.js'
import { IDENTITY_CATEGORIES, identityHash, type IdentityOptions } from './identity-hash.js'
import { emptyStateCounts, type StateCounts, VALUE_STATES, valueState } from './value-state.js'

/** Per-rule counts and a few raw examples (masked before they leave the classifier). */
export interface RuleHits {
  readonly rule: Rule
  /** Whole values whose shape matched. */
  matched: number
  /** Whole values that passed the validator. */
  validated: number
  /** Distinct validated values, counted up to 16: one repeated value is a constant, not people's data. */
  distinctValidated: number
  readonly validSample: Set<string>
  /** Masked values with this rule's length and characters (`138****5678` for a phone rule). */
  masked: number
  /** Validated values carrying a birth date of someone under 14 at scan time. */
  under14: number
  /** Values of free text containing at least one validated identifier of this rule. */
  textValues: number
  /** Validated identifiers found inside free text. */
  textFinds: number
  readonly examples: string[]
  /** First line numbers where the rule matched (log files), for physical locations. */
  readonly lines: number[]
}

export interface FieldStats {
  readonly meta: FieldMeta
  readonly sampled: number
  readonly totalLength: number
  readonly maxLength: number
  /** Values that look like free text (spaces or Chinese, 12+ characters). */
  readonly textValues: number
  readonly states: StateCounts
  readonly hits: readonly RuleHits[]
  /** Keyed hashes of validated identifiers, by category (only with `identity` options). */
  readonly identities?: ReadonlyMap<string, ReadonlySet<string>>
}

export interface AccumulatorOptions {
  /** Scan date for ages (children under 14). */
  readonly now: Date
  /** Collect keyed hashes of validated person identifiers (policy cross-store check). */
  readonly identity?: IdentityOptions
  /** Rules the field's name or comment matched: their shape-only matches count as evidence. */
  readonly named?: ReadonlySet<Rule>
}

const MAX_EXAMPLES = 5
const MAX_LINES = 20
const NEEDS_NFKC = CHAR_BIT.unicode
const TEXT_CHARS = CHAR_BIT.space | CHAR_BIT.han
const MIN_TEXT_LENGTH = 12
/**
 * Verdict cache for repeated values (status codes, cities, dates, user agents): bounded in entries and in
 * characters held (about 512 KB per field), and dropped when it does not help.
 */
const CACHE_ENTRIES = 4096
const CACHE_VALUE_LENGTH = 512
const CACHE_CHARS = 262_144
const CACHE_PROBATION = 8192
const DAY = 86_400_000
const SETTLE_AFTER = 10_000
const SETTLED_RATIO = 0.9

interface Verdict {
  /** Indexes of the rules with an outcome (most values have none or one, so replay skips the rest). */
  readonly rules: Uint16Array
  /** Their outcomes: matched (bit 0), validated (bit 1), masked-matched (bit 2), under 14 (bit 3). */
  readonly outcomes: Uint8Array
  readonly state: number
  /** The value was scanned as free text; `textFinds[k]` validated identifiers of rule `textRules[k]` inside. */
  readonly scanned: boolean
  readonly textRules: Uint16Array
  readonly textFinds: Uint32Array
}

export class FieldAccumulator {
  readonly meta: FieldMeta
  #sampled = 0
  #totalLength = 0
  #maxLength = 0
  #textValues = 0
  readonly #states = emptyStateCounts()
  readonly #hits: RuleHits[]
  readonly #textRules: number[]
  readonly #minLen: Int32Array
  readonly #maxLen: Int32Array
  readonly #under14Cutoff: string
  readonly #identity?: IdentityOptions
  readonly #named: ReadonlySet<Rule>
  /** Per-value outcomes, reused to keep the hot path allocation-free. */
  readonly #scratch: Uint8Array
  /** Per-value free-text finds by rule index, and whether the value was scanned as text. */
  readonly #textScratch: Uint32Array
  #scanned = false
  /** Index of the rule a settled field still runs, or -1. */
  #settled = -1
  /** After SETTLE_AFTER values: the rules that matched any of them (the others stop running), or undefined. */
  #active: Uint16Array | undefined
  /** Sampled count at which to try settling next (checked on cached and uncached values alike). */
  #nextSettleCheck = SETTLE_AFTER
  readonly #identities = new Map<string, Set<string>>()
  #cache: Map<string, Verdict> | undefined
  #cacheHits = 0
  #cacheChars = 0
  #cacheMisses = 0

  /** `rules` are the value rules that can apply to this field's type; see ContainerClassifier. */
  constructor(meta: FieldMeta, rules: readonly Rule[], options: AccumulatorOptions) {
    this.meta = meta
    this.#hits = rules.map((rule) => ({
      distinctValidated: 0,
      validSample: new Set<string>(),
      rule,
      matched: 0,
      validated: 0,
      masked: 0,
      under14: 0,
      textValues: 0,
      textFinds: 0,
      examples: [],
      lines: [],
    }))
    this.#textRules =
      meta.typeClass === 'text' || meta.typeClass === 'json'
        ? rules.flatMap((r, i) => (r.scan ? [i] : []))
        : []
    this.#minLen = Int32Array.from(rules, (r) => r.prefilter?.minLength ?? 0)
    this.#maxLen = Int32Array.from(rules, (r) => r.prefilter?.maxLength ?? 0x7fffffff)
    const cutoff = new Date(options.now.getTime() - 14 * 365.2425 * DAY)
    this.#under14Cutoff = cutoff.toISOString().slice(0, 10)
    this.#cache = rules.length > 0 ? new Map() : undefined
    this.#scratch = new Uint8Array(rules.length)
    this.#textScratch = new Uint32Array(rules.length)
    if (options.identity && rules.some((r) => IDENTITY_CATEGORIES.has(r.category)))
      this.#identity = options.identity
    this.#named = options.named ?? new Set()
  }

  add(raw: string, line?: number): void {
    if (++this.#sampled >= this.#nextSettleCheck && this.#settled < 0) {
      this.#nextSettleCheck += 1024
      this.#trySettle()
    }
    this.#totalLength += raw.length
    if (raw.length > this.#maxLength) this.#maxLength = raw.length
    const cache = raw.length <= CACHE_VALUE_LENGTH ? this.#cache : undefined
    if (cache) {
      const verdict = cache.get(raw)
      if (verdict !== undefined) {
        this.#cacheHits++
        this.#replay(verdict, line)
        return
      }
    }
    const state = this.#evaluate(raw, line)
    if (cache) {
      if (cache.size < CACHE_ENTRIES && (this.#cacheChars += raw.length) <= CACHE_CHARS)
        cache.set(raw, verdictOf(this.#scratch, state, this.#scanned, this.#textScratch))
      // Columns of unique values (e-mails, ids) gain nothing from the cache: stop paying for lookups.
      if (++this.#cacheMisses === CACHE_PROBATION && this.#cacheHits < CACHE_PROBATION / 4)
        this.#cache = undefined
    }
  }

  /**
   * Once 10,000 values have been seen and exactly one rule validates >= 90 % of them, the verdict cannot
   * change: from then on only that rule runs. Its counts, the sampled count and the value states stay exact;
   * the other rules' counts stop (they are not reported for a settled field). Until then, rules that matched none of the
   * first 10,000 values (or, unless the field's name points to them, validated none) stop running on the
   * field (full scans of long columns): a format absent from 10,000 values cannot reach a reportable share,
   * and without a name only validated values classify. Free-text scanning is not affected.
   */
  #trySettle(): void {
    // Two rules can validate the same values (a phone number is also a call record's number): settling on
    // one would starve the other's counts and decide the verdict by rule order. Only a sole leader settles.
    let leader = -1
    for (let i = 0; i < this.#hits.length; i++) {
      if (this.#hits[i]!.validated < this.#sampled * SETTLED_RATIO) continue
      if (leader >= 0) {
        leader = -2
        break
      }
      leader = i
    }
    if (leader >= 0) {
      this.#settled = leader
      return
    }
    if (this.#active) return
    const active: number[] = []
    for (let i = 0; i < this.#hits.length; i++) {
      const hit = this.#hits[i]!
      // Without a name to confirm, only validated values classify a field: shape-only matches (an 11-digit
      // mobile has a passport's shape) cannot change the verdict, so those rules stop too.
      if (hit.masked > 0 || hit.validated > 0 || (hit.matched > 0 && this.#named.has(hit.rule)))
        active.push(i)
    }
    this.#active = Uint16Array.from(active)
  }

  /** Runs the candidate rules on one value, records the outcome in `#scratch`; returns the state index. */
  #evaluate(raw: string, line?: number): number {
    const hits = this.#hits
    let value = raw
    let mask = charMask(value)
    if (mask & NEEDS_NFKC) {
      // Full-width digits and letters (１３８…, Ｘ) are common in Chinese data entry.
      value = value.normalize('NFKC')
      mask = charMask(value)
    }
    const state = valueState(value, mask)
    this.#states[state]++
    const outcomes = this.#scratch
    outcomes.fill(0)
    const len = value.length
    const settled = this.#settled
    const active = this.#active
    const n = settled >= 0 ? 1 : active ? active.length : hits.length
    for (let k = 0; k < n; k++) {
      const i = settled >= 0 ? settled : active ? active[k]! : k
      if (len < this.#minLen[i]! || len > this.#maxLen[i]!) continue
      const hit = hits[i]!
      const rule = hit.rule
      if (state === 'masked') {
        if (isMaskedShape(mask, rule)) {
          hit.masked++
          outcomes[i] = 4
          if (hit.examples.length < MAX_EXAMPLES && !hit.examples.includes(raw)) hit.examples.push(raw)
        }
        continue
      }
      if ((mask & rule.requireMask) !== rule.requireMask || (mask & rule.forbidMask) !== 0) continue
      if (rule.requireAnyMask !== 0 && (mask & rule.requireAnyMask) === 0) continue
      const result = checkValue(rule, value)
      if (result === NO_MATCH) continue
      hit.matched++
      let outcome = 1
      if (result === VALIDATED) {
        hit.validated++
        if (hit.validSample.size < 16 && !hit.validSample.has(raw)) {
          hit.validSample.add(raw)
          hit.distinctValidated = hit.validSample.size
        }
        outcome |= 2
        if (this.#identity && IDENTITY_CATEGORIES.has(rule.category))
          this.#remember(rule.category, checked.value)
        const birth = rule.birthDate?.(checked.value, checked.pattern)
        if (birth !== undefined && birth > this.#under14Cutoff) {
          hit.under14++
          outcome |= 8
        }
      }
      outcomes[i] = outcome
      if (hit.examples.length < MAX_EXAMPLES && !hit.examples.includes(raw)) hit.examples.push(raw)
      if (line !== undefined && hit.lines.length < MAX_LINES) hit.lines.push(line)
    }
    this.#scanned = this.#textRules.length > 0 && len >= MIN_TEXT_LENGTH && (mask & TEXT_CHARS) !== 0
    if (this.#scanned) {
      this.#textValues++
      this.#scanText(value, mask, line)
    }
    return VALUE_STATES.indexOf(state)
  }

  /** Finds validated identifiers inside free text (chat content, notes, log messages). */
  #scanText(text: string, mask: number, line?: number): void {
    for (const i of this.#textRules) {
      this.#textScratch[i] = 0
      const hit = this.#hits[i]!
      const rule = hit.rule
      if ((mask & rule.requireMask) !== rule.requireMask) continue
      const scan = rule.scan!
      scan.lastIndex = 0
      let finds = 0
      for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
        if (m[0].length === 0) {
          scan.lastIndex++
          continue
        }
        if (checkValue(rule, m[0]) === VALIDATED) {
          finds++
          if (hit.examples.length < MAX_EXAMPLES && !hit.examples.includes(m[0])) hit.examples.push(m[0])
        }
      }
      this.#textScratch[i] = finds
      if (finds > 0) {
        hit.textValues++
        hit.textFinds += finds
        if (line !== undefined && hit.lines.length < MAX_LINES) hit.lines.push(line)
      }
    }
  }

  #remember(category: string, value: string): void {
    let set = this.#identities.get(category)
    if (!set) this.#identities.set(category, (set = new Set()))
    if (set.size < this.#identity!.maxPerField) set.add(identityHash(this.#identity!.key, category, value))
  }

  /** Replays a cached outcome for a repeated value. */
  #replay(verdict: Verdict, line?: number): void {
    this.#states[VALUE_STATES[verdict.state]!]++
    const hits = this.#hits
    for (let k = 0; k < verdict.rules.length; k++) {
      const o = verdict.outcomes[k]!
      const hit = hits[verdict.rules[k]!]!
      if (o & 4) hit.masked++
      if (o & 1) hit.matched++
      if (o & 2) hit.validated++
      if (o & 8) hit.under14++
      if (o & 3 && line !== undefined && hit.lines.length < MAX_LINES) hit.lines.push(line)
    }
    if (!verdict.scanned) return
    this.#textValues++
    for (let k = 0; k < verdict.textRules.length; k++) {
      const hit = hits[verdict.textRules[k]!]!
      hit.textValues++
      hit.textFinds += verdict.textFinds[k]!
      if (line !== undefined && hit.lines.length < MAX_LINES) hit.lines.push(line)
    }
  }

  finish(): FieldStats {
    return {
      meta: this.meta,
      sampled: this.#sampled,
      totalLength: this.#totalLength,
      maxLength: this.#maxLength,
      textValues: this.#textValues,
      states: { ...this.#states },
      hits: this.#hits.filter((h) => h.matched > 0 || h.masked > 0 || h.textFinds > 0),
      ...(this.#identities.size ? { identities: this.#identities } : {}),
    }
  }
}

/** The non-zero outcomes (and free-text finds) of one evaluation, compacted for the cache. */
function verdictOf(scratch: Uint8Array, state: number, scanned: boolean, textScratch: Uint32Array): Verdict {
  const rules = nonZeroIndexes(scratch)
  const textRules = scanned ? nonZeroIndexes(textScratch) : new Uint16Array(0)
  return {
    rules,
    outcomes: Uint8Array.from(rules, (i) => scratch[i]!),
    state,
    scanned,
    textRules,
    textFinds: Uint32Array.from(textRules, (i) => textScratch[i]!),
  }
}

/** Indexes of the non-zero entries (per-rule outcomes of one value: usually none or one). */
function nonZeroIndexes(values: Uint8Array | Uint32Array): Uint16Array {
  let n = 0
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) n++
  const indexes = new Uint16Array(n)
  for (let i = 0, k = 0; i < values.length; i++) if (values[i] !== 0) indexes[k++] = i
  return indexes
}

const NO_MATCH = 0
const MATCHED = 1
const VALIDATED = 2
/** The normalised value and pattern of the last successful `checkValue` (avoids an object per value). */
const checked = { value: '', pattern: '' }

/** Normalise, match a pattern, drop known fakes, validate: NO_MATCH, MATCHED (shape only) or VALIDATED. */
function checkValue(rule: Rule, value: string): number {
  const v = rule.normalize ? rule.normalize(value) : value
  const patterns = rule.patterns!
  let pattern: string | undefined
  for (let p = 0; p < patterns.length; p++) {
    if (patterns[p]!.regex.test(v)) {
      pattern = patterns[p]!.name
      break
    }
  }
  if (pattern === undefined || rule.invalidate?.(v)) return NO_MATCH
  const verdict = rule.validate ? rule.validate(v, pattern) : undefined
  if (verdict === false) return NO_MATCH
  checked.value = v
  checked.pattern = pattern
  return verdict === true ? VALIDATED : MATCHED
}

/** A masked value fits a rule when its visible characters are ones the rule allows (`138****5678` for phones). */
function isMaskedShape(mask: number, rule: Rule): boolean {
  const visible = mask & ~CHAR_BIT.star & ~CHAR_BIT.unicode
  return (
    (visible & rule.forbidMask) === 0 &&
    (visible & rule.requireMask & ~CHAR_BIT.star) === (rule.requireMask & ~CHAR_BIT.star)
  )
}
