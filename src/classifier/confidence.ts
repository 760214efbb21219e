/**
 * Scoring: the only place thresholds live. A name is a claim, values are evidence: a strong name alone is
 * medium; validated values alone are high; a name contradicted by its values drops to low.
 */
import type { Confidence } from './detection.js'

export const CONFIDENCE_THRESHOLDS: Readonly<Record<Confidence, number>> = {
  high: 0.8,
  medium: 0.5,
  low: 0.2,
}

export function confidenceOf(score: number): Confidence | undefined {
  if (score >= CONFIDENCE_THRESHOLDS.high) return 'high'
  if (score >= CONFIDENCE_THRESHOLDS.medium) return 'medium'
  if (score >= CONFIDENCE_THRESHOLDS.low) return 'low'
  return undefined
}

/** Score of name evidence. */
export const NAME_SCORE = {
  strong: 0.6,
  strongComment: 0.65,
  both: 0.72,
  /** An ambiguous name (`name`, `sj`) inside a person-like container. */
  weakInPersonContext: 0.5,
  weak: 0.25,
} as const

/**
 * Score of value evidence alone, by the share of sampled values that validated. One or two distinct valid values
 * are an anecdote (a settings row holding `5.0.1.1`, an SMS-centre number repeated in every row), so value-only
 * verdicts need three distinct validated values to reach medium and five for high.
 */
export function strongValueScore(validRatio: number, validated: number): number {
  let score = 0
  if (validRatio >= 0.8) score = 0.95
  else if (validRatio >= 0.5) score = 0.85
  else if (validRatio >= 0.2) score = 0.55
  else if (validRatio > 0) score = 0.3
  if (validated < 3) return Math.min(score, 0.45)
  if (validated < 5) return Math.min(score, 0.75)
  return score
}

/** Combines a name score with the share of values that fit the rule. */
export function combine(
  nameScore: number,
  fitRatio: number,
  sampled: number,
  valuesExpected: boolean,
): number {
  if (sampled === 0) return nameScore
  if (fitRatio >= 0.5) return Math.min(0.99, nameScore + 0.25 + 0.1 * fitRatio)
  if (fitRatio > 0) return nameScore + 0.1
  // Few samples cannot contradict a name; many non-matching values can.
  return valuesExpected && sampled >= 3 ? nameScore * 0.4 : nameScore
}

/** Values found in a field named like a non-personal identifier (`coupon_code`) are likely coincidences. */
export const NON_PERSONAL_NAME_FACTOR = 0.4

/** Ceiling for rules that need a person-like container when only a generic name matched outside one. */
export const WEAK_WITHOUT_PERSON_CAP = 0.45

/** Score of identifiers found inside free text: a few validated finds are already worth a DPO's attention. */
export function textScore(finds: number, valuesWithFinds: number, textValues: number): number {
  if (finds >= 3 || (textValues > 0 && valuesWithFinds / textValues >= 0.05)) return 0.85
  return 0.6
}
