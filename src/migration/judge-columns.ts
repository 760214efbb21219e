/**
 * Classifies the columns migrations add or change, by name, comment and type with no values, through the
 * same `ContainerClassifier` that `scan` uses (with the whole table as context), and decides each verdict:
 *
 * - with a policy: a personal field whose table's purposes do not declare its category is a violation;
 * - without one: a sensitive field (at the reported confidence) is a violation; personal ones are allowed;
 * - a column that held the same category before its statement (and stayed in its table) is unchanged.
 */
import { ContainerClassifier } from '../classifier/container-classifier.js'
import { CONFIDENCES, type Confidence, type Detection } from '../classifier/detection.js'
import type { NameIndex } from '../classifier/match-name.js'
import type { ContainerRef } from '../connector/connector.js'
import { declares } from '../policy/container-policy.js'
import type { Policy } from '../policy/load-policy.js'
import type { Category, SensitivityOptions } from '../rule/category.js'
import type { Rule } from '../rule/rule.js'
import type { ColumnEvent } from './migration-columns.js'
import { mappedPurposes } from './migration-policy.js'
import type { MigrationColumn } from './migration-result.js'

export interface JudgeOptions {
  readonly rules: readonly Rule[]
  readonly nameIndex: NameIndex
  readonly findCategory: (id: string) => Category | undefined
  readonly sensitivity: SensitivityOptions
  /** Date for age-dependent context (children's data). */
  readonly now: Date
  /** Lowest confidence that counts (default `medium`, as in `scan`). */
  readonly minConfidence: Confidence
  readonly policy?: Policy
  /** Source id for mappings (`*`: any). */
  readonly sourceId: string
}

export function judgeColumns(
  events: readonly ColumnEvent[],
  origin: MigrationColumn['origin'],
  options: JudgeOptions,
): MigrationColumn[] {
  const cache = new WeakMap<ContainerRef, Map<string, Detection | undefined>>()
  const detections = (container: ContainerRef) => {
    let byField = cache.get(container)
    if (!byField) {
      // No sample batches: the verdict rests on names, comments, types and the table as context.
      const session = new ContainerClassifier(container, {
        now: options.now,
        rules: options.rules,
        nameIndex: options.nameIndex,
        findCategory: options.findCategory,
        sensitivity: options.sensitivity,
      })
      byField = new Map(session.finish().map((r) => [r.field.name, r.detection]))
      cache.set(container, byField)
    }
    return byField
  }
  const min = CONFIDENCES.indexOf(options.minConfidence)
  const reported = (d: Detection | undefined) =>
    d && d.sensitivity !== 'none' && CONFIDENCES.indexOf(d.confidence) >= min ? d : undefined

  return events.map((e): MigrationColumn => {
    const field = e.after.fields.find((f) => f.name === e.column)!
    const detection = reported(detections(e.after).get(e.column))
    const previous = e.before ? reported(detections(e.before).get(e.previousName ?? e.column)) : undefined
    const moved = e.before !== undefined && e.before.id !== e.after.id
    const base = {
      path: e.location.path,
      line: e.location.line,
      container: e.after.id,
      column: e.column,
      ...(e.previousName !== undefined ? { previousName: e.previousName } : {}),
      ...(moved ? { previousContainer: e.before!.id } : {}),
      change: e.change,
      dataType: field.dataType,
      ...(field.comment ? { comment: field.comment } : {}),
      ...(previous ? { previousCategory: previous.category } : {}),
      origin,
    }
    if (!detection) {
      const reason = previous
        ? `no longer holds ${previous.category} at ${options.minConfidence} confidence or above`
        : 'no personal category at the reported confidence'
      return { ...base, verdict: 'not-personal', reason }
    }
    const classified = {
      ...base,
      category: detection.category,
      categoryLabel: options.findCategory(detection.category)?.label ?? detection.category,
      sensitivity: detection.sensitivity,
      confidence: detection.confidence,
      ruleId: detection.ruleId,
      signals: detection.signals,
    }
    const introduced = previous?.category !== detection.category
    if (!options.policy) {
      if (!introduced)
        return { ...classified, verdict: 'unchanged', reason: `already held ${detection.category}` }
      return detection.sensitivity === 'sensitive'
        ? {
            ...classified,
            verdict: 'violation',
            reason: 'sensitive personal information, and no policy declares it',
          }
        : { ...classified, verdict: 'allowed', reason: 'personal but not sensitive (no policy given)' }
    }
    const purposes = mappedPurposes(options.policy, options.sourceId, {
      ...(e.after.namespace !== undefined ? { schema: e.after.namespace } : {}),
      name: e.after.name,
    })
    const withPurposes = { ...classified, purposes: purposes.map((p) => p.id) }
    if (!introduced && !moved) {
      return { ...withPurposes, verdict: 'unchanged', reason: `already held ${detection.category}` }
    }
    const declaring = purposes.filter((p) => declares(p.categories, detection.category))
    if (declaring.length > 0) {
      return {
        ...withPurposes,
        verdict: 'declared',
        reason: `declared by ${declaring.map((p) => p.id).join(', ')}`,
      }
    }
    return {
      ...withPurposes,
      verdict: 'violation',
      reason:
        purposes.length > 0
          ? `none of the table's purposes (${purposes.map((p) => p.id).join(', ')}) declares ${detection.category}`
          : `no purpose in the policy covers ${e.after.id}`,
    }
  })
}
