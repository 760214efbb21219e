/**
 * Combines name, comment, type and value evidence into at most one verdict per field, plus verdicts for
 * identifiers found inside free text. Pure.
 */
import { type Category, effectiveSensitivity, type SensitivityOptions } from '../rule/category.js'
import type { Rule } from '../rule/rule.js'
import { maskValue } from '../util/mask-value.js'
import {
  combine,
  confidenceOf,
  NAME_SCORE,
  NON_PERSONAL_NAME_FACTOR,
  strongValueScore,
  textScore,
  WEAK_WITHOUT_PERSON_CAP,
} from './confidence.js'
import type { Detection, Signal } from './detection.js'
import type { FieldStats, RuleHits } from './field-accumulator.js'
import type { NameMatch } from './match-name.js'

/** What the classifier knows about the container a field sits in. */
export interface FieldContext {
  /** Table, collection or file is about people (`members`, `用户表`), or the path is (`emergency_contact.name`). */
  readonly personLike: boolean
  /** The field's own name marks a non-personal identifier (`order_no`, `coupon_code`). */
  readonly nonPersonalName: boolean
}

export interface ClassifyOptions {
  readonly findCategory: (id: string) => Category | undefined
  readonly sensitivity?: SensitivityOptions
}

interface Candidate {
  readonly rule: Rule
  readonly score: number
  /** Specificity of the best name match, to break score ties (`email_address`: email beats address). */
  readonly nameRank: number
  readonly signals: Signal[]
  readonly hits?: RuleHits
}

export function classifyField(
  stats: FieldStats,
  nameMatches: readonly NameMatch[],
  context: FieldContext,
  options: ClassifyOptions,
): Detection | undefined {
  const rules = new Set<Rule>([
    ...nameMatches.map((m) => m.rule),
    ...stats.hits.filter((h) => h.matched > 0 || h.masked > 0).map((h) => h.rule),
  ])
  let best: Candidate | undefined
  for (const rule of rules) {
    const candidate = scoreRule(rule, stats, nameMatches, context)
    if (!candidate) continue
    if (
      !best ||
      candidate.score > best.score ||
      (candidate.score === best.score && candidate.nameRank > best.nameRank)
    ) {
      best = candidate
    }
  }
  return best ? toDetection(best, stats, 'value', options) : undefined
}

/** Identifiers found inside free text, one verdict per rule, except the field's own category. */
export function classifyText(
  stats: FieldStats,
  primary: Detection | undefined,
  options: ClassifyOptions,
): Detection[] {
  const out: Detection[] = []
  for (const hits of stats.hits) {
    if (hits.textFinds === 0 || hits.rule.category === primary?.category) continue
    const score = textScore(hits.textFinds, hits.textValues, stats.textValues)
    const signals: Signal[] = [
      {
        kind: 'text',
        detail: `${hits.textFinds} validated ${hits.rule.id} identifier(s) inside ${hits.textValues} of ${stats.textValues} free-text values`,
        weight: score,
      },
    ]
    const detection = toDetection(
      { rule: hits.rule, score, nameRank: 0, signals, hits },
      stats,
      'text',
      options,
    )
    if (detection)
      out.push({
        ...detection,
        sampled: stats.textValues,
        matched: hits.textValues,
        validated: hits.textFinds,
      })
  }
  return out
}

function toDetection(
  best: Candidate,
  stats: FieldStats,
  scope: Detection['scope'],
  options: ClassifyOptions,
): Detection | undefined {
  const confidence = confidenceOf(best.score)
  const category = options.findCategory(best.rule.category)
  if (!confidence || !category) return undefined
  const mask = best.rule.mask ?? maskValue
  const under14 = best.hits?.under14 ?? 0
  const signals = [...best.signals]
  if (under14 > 0) {
    signals.push({
      kind: 'context',
      detail: `${under14} sampled value(s) belong to children under 14 (PIPL Art. 28, 31)`,
      weight: 0,
    })
  }
  const states = stats.states
  const protectedValues = states.masked + states.hashed + states.encrypted
  if (scope === 'value' && protectedValues > 0) {
    signals.push({
      kind: 'state',
      detail: `values: ${states.plain} plain, ${states.masked} masked, ${states.hashed} hashed, ${states.encrypted} encrypted`,
      weight: 0,
    })
  }
  return {
    scope,
    ruleId: best.rule.id,
    category: category.id,
    // Children's data is sensitive whatever the category (PIPL Art. 28).
    sensitivity:
      under14 > 0 && category.sensitivity !== 'none'
        ? 'sensitive'
        : effectiveSensitivity(category, options.sensitivity),
    score: round(best.score),
    confidence,
    signals,
    sampled: stats.sampled,
    matched: best.hits?.matched ?? 0,
    validated: best.hits?.validated ?? 0,
    examples: (best.hits?.examples ?? []).slice(0, 3).map((v) => mask(v)),
    ...(scope === 'value' ? { valueStates: states } : {}),
    ...(under14 > 0 ? { under14 } : {}),
    ...(best.hits?.lines.length ? { lines: [...best.hits.lines] } : {}),
  }
}

function scoreRule(
  rule: Rule,
  stats: FieldStats,
  nameMatches: readonly NameMatch[],
  context: FieldContext,
): Candidate | undefined {
  const signals: Signal[] = []
  if (!(rule.types ?? []).includes(stats.meta.typeClass)) return undefined

  const byName = bestOf(nameMatches.filter((m) => m.rule === rule && m.source === 'name'))
  const byComment = bestOf(nameMatches.filter((m) => m.rule === rule && m.source === 'comment'))
  let nameScore = 0
  const strong = (m?: NameMatch) => m?.strength === 'strong'
  if (strong(byName) && strong(byComment)) nameScore = NAME_SCORE.both
  else if (strong(byComment)) nameScore = NAME_SCORE.strongComment
  else if (strong(byName)) nameScore = NAME_SCORE.strong
  else if (byName?.strength === 'ambiguous' || byComment?.strength === 'ambiguous') {
    nameScore = context.personLike ? NAME_SCORE.weakInPersonContext : NAME_SCORE.weak
  } else if (byName || byComment) nameScore = NAME_SCORE.weak
  for (const m of [byName, byComment]) {
    if (m)
      signals.push({
        kind: m.source,
        detail: `${m.source} ${m.strength} match "${m.phrase}"`,
        weight: nameScore,
      })
  }
  if (nameScore === NAME_SCORE.weakInPersonContext) {
    signals.push({ kind: 'context', detail: 'container is person-related', weight: 0.25 })
  }

  const hits = stats.hits.find((h) => h.rule === rule)
  const sampled = stats.sampled
  let score = nameScore
  if (rule.valueEvidenceLevel !== 'none' && rule.patterns?.length) {
    const matched = hits?.matched ?? 0
    const validated = hits?.validated ?? 0
    // Masked, hashed and encrypted values cannot show their shape; for a named field they are consistent.
    const hidden = (hits?.masked ?? 0) + stats.states.hashed + stats.states.encrypted
    const shapeFit = sampled ? Math.min(1, (matched + hidden) / sampled) : 0
    const validFit = sampled ? validated / sampled : 0
    if (sampled > 0) {
      signals.push({
        kind: 'values',
        detail: `${matched}/${sampled} values match, ${validated} validated (${pct(validFit)})${hidden ? `, ${hidden} masked/hashed/encrypted` : ''}`,
        weight: shapeFit,
      })
    }
    const named = combine(nameScore, shapeFit, sampled, rule.valuesExpected ?? false)
    let valueOnly =
      rule.valueEvidenceLevel === 'strong'
        ? strongValueScore(validFit, hits?.distinctValidated ?? 0)
        : Math.min(0.3, (matched / Math.max(1, sampled)) * 0.3)
    if (valueOnly > 0 && context.nonPersonalName) {
      valueOnly *= NON_PERSONAL_NAME_FACTOR
      signals.push({ kind: 'context', detail: 'field name marks a non-personal identifier', weight: -0.5 })
    }
    score = nameScore > 0 ? Math.max(named, valueOnly) : valueOnly
  }
  const strongName = strong(byName) || strong(byComment)
  if (!strongName && rule.needsPersonContext && !context.personLike && score > WEAK_WITHOUT_PERSON_CAP) {
    score = WEAK_WITHOUT_PERSON_CAP
    signals.push({ kind: 'context', detail: 'generic name outside a person-related container', weight: -0.3 })
  }
  if (score <= 0) return undefined
  signals.push({ kind: 'type', detail: `type ${stats.meta.dataType} (${stats.meta.typeClass})`, weight: 0 })
  const nameRank = Math.max(byName ? rank(byName) : 0, byComment ? rank(byComment) : 0)
  return { rule, score, signals, hits, nameRank }
}

function bestOf(matches: readonly NameMatch[]): NameMatch | undefined {
  let best: NameMatch | undefined
  for (const m of matches) {
    if (!best || rank(m) > rank(best)) best = m
  }
  return best
}

function rank(m: NameMatch): number {
  return (m.strength === 'strong' ? 200 : m.strength === 'ambiguous' ? 100 : 0) + m.span
}

function pct(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000
}
