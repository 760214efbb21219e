/** `--fail-on-new`: the fields at a sensitivity level that a baseline lacked. */
import type { Sensitivity } from '../rule/category.js'
import type { DiffField, ResultDiff } from './diff-results.js'

export const NEW_FIELD_LEVELS = ['sensitive', 'personal'] as const
export type NewFieldLevel = (typeof NEW_FIELD_LEVELS)[number]

const RANK: Readonly<Record<Sensitivity, number>> = { none: 0, personal: 1, sensitive: 2 }

/**
 * Fields of the current scan at `level` or above that the baseline did not have at that level: added fields,
 * fields whose category changed (the key includes the category), and fields that rose to the level
 * (`personal` → `sensitive`, or a non-personal identifier that became personal).
 */
export function newFieldsAtLevel(diff: ResultDiff, level: NewFieldLevel): DiffField[] {
  const min = RANK[level]
  const added = diff.fields.added.filter((f) => RANK[f.sensitivity] >= min)
  const changed = diff.fields.changed
    .filter(
      (c) =>
        RANK[c.after.sensitivity] >= min &&
        (c.changes.includes('category') || RANK[c.before.sensitivity] < min),
    )
    .map((c) => c.after)
  return [...added, ...changed]
}
