/** What the classifier concludes about one field. Plain JSON; raw values never appear here. */
import type { Sensitivity } from '../rule/category.js'

export const CONFIDENCES = ['low', 'medium', 'high'] as const
export type Confidence = (typeof CONFIDENCES)[number]

/** One piece of evidence behind a verdict. */
export interface Signal {
  readonly kind: 'name' | 'comment' | 'type' | 'values' | 'context' | 'pair' | 'state' | 'linkage' | 'text'
  /** Human-readable account: `name phrase "id card no" is the head of "id_card_no"`. */
  readonly detail: string
  /** How much the signal moved the score (negative: it counted against the verdict). */
  readonly weight: number
}

/** Value statistics behind a detection. */
export interface ValueEvidenceStats {
  /** Non-empty values examined. */
  readonly sampled: number
  /** Values whose shape matched the rule's patterns. */
  readonly matched: number
  /** Values that also passed the validator (checksum, date, libphonenumber). */
  readonly validated: number
}

export interface Detection extends ValueEvidenceStats {
  /** `value`: the field as a whole holds this category; `text`: identifiers found inside free text. */
  readonly scope: 'value' | 'text'
  readonly ruleId: string
  readonly category: string
  readonly sensitivity: Sensitivity
  /** Combined score in [0, 1]; thresholds live in confidence.ts. */
  readonly score: number
  readonly confidence: Confidence
  readonly signals: readonly Signal[]
  /** Masked examples (shape kept, most characters hidden). */
  readonly examples: readonly string[]
  /** How the sampled values are stored: plain, masked, hashed, encrypted (counts). */
  readonly valueStates?: Readonly<Record<'plain' | 'masked' | 'hashed' | 'encrypted', number>>
  /** Sampled values carrying the birth date of a child under 14 at scan time. */
  readonly under14?: number
  /** Fields that link a device or network identifier to a person (`member_id`, `email`). */
  readonly linkedBy?: readonly string[]
  /** 1-based line numbers of the first matches (log files). */
  readonly lines?: readonly number[]
}
