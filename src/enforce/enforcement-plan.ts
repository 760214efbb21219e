/**
 * What `pimap enforce` would do: for every container with records past retention, the action, the records
 * affected and, for anonymization, the operator per personal field. Built from a scan result; changes nothing.
 */
import { createHash } from 'node:crypto'
import { CONFIDENCES } from '../classifier/detection.js'
import type { ScanResult } from '../scan-result.js'
import { defaultOperator, type OperatorName } from './operators.js'

export interface PlannedField {
  readonly field: string
  readonly category: string
  readonly dataType: string
  readonly operator: OperatorName
  /** `text`: the operator applies to the identifiers found inside the field's free text (log messages). */
  readonly scope?: 'text'
}

export interface PlanItem {
  readonly source: string
  readonly sourceId: string
  readonly container: string
  readonly action: 'delete' | 'anonymize'
  readonly clockField: string
  readonly cutoff: string
  readonly keyField?: string
  /** Records past retention when the plan was made. */
  readonly expired: number
  readonly fields: readonly PlannedField[]
  /** Fields that cannot be changed column-wise (paths inside JSON documents in SQL tables). */
  readonly skippedFields: readonly string[]
  /** Why the item will not run (no primary key, nothing to anonymize). */
  readonly refused?: string
}

export interface EnforcementPlan {
  /** Stable id of the plan content, recorded in the audit log. */
  readonly id: string
  readonly createdAt: string
  readonly items: readonly PlanItem[]
}

export interface PlanOptions {
  readonly operators?: Readonly<Record<string, OperatorName>>
  /** Run containers without a primary key (batched by physical row id where the engine has one). */
  readonly allowNoKey?: boolean
  /** Connector kinds that can address nested document paths (MongoDB, log files). */
  readonly nestedPathKinds?: ReadonlySet<string>
  /**
   * Connector kinds that address records by their own positions (log files: line numbers) and need no primary
   * key, and that can also anonymize identifiers found inside free text (text-scope findings).
   */
  readonly positionalKinds?: ReadonlySet<string>
  readonly sourceKinds?: ReadonlyMap<string, string>
}

export function planEnforcement(result: ScanResult, options: PlanOptions = {}): EnforcementPlan {
  const min = CONFIDENCES.indexOf(result.settings.minConfidence)
  const items: PlanItem[] = []
  for (const r of result.retention) {
    if (r.expired === 0 || r.held) continue
    const kind =
      options.sourceKinds?.get(r.sourceId) ?? result.sources.find((s) => s.id === r.sourceId)?.kind ?? ''
    const nested = options.nestedPathKinds?.has(kind) ?? false
    const positional = options.positionalKinds?.has(kind) ?? false
    const personal = result.fields.filter(
      (f) =>
        f.sourceId === r.sourceId &&
        f.container === r.container &&
        (f.scope === 'value' || (positional && f.scope === 'text')) &&
        f.sensitivity !== 'none' &&
        CONFIDENCES.indexOf(f.confidence) >= min,
    )
    const columnWise = personal.filter((f) => nested || !f.field.includes('.'))
    const fields =
      r.action === 'anonymize'
        ? dedupe(columnWise).map((f) => ({
            field: f.field,
            category: f.category,
            dataType: f.dataType,
            operator: defaultOperator(f.category, options.operators),
            ...(f.scope === 'text' ? { scope: 'text' as const } : {}),
          }))
        : []
    const refused =
      !r.keyField && !options.allowNoKey && !positional
        ? 'no primary key (pass --allow-no-key to batch by physical row id)'
        : r.action === 'anonymize' && fields.length === 0
          ? 'no personal field that can be anonymized column-wise'
          : undefined
    items.push({
      source: r.source,
      sourceId: r.sourceId,
      container: r.container,
      action: r.action,
      clockField: r.clockField,
      cutoff: r.cutoff,
      ...(r.keyField ? { keyField: r.keyField } : {}),
      expired: r.expired,
      fields,
      skippedFields: personal.filter((f) => !columnWise.includes(f)).map((f) => f.field),
      ...(refused ? { refused } : {}),
    })
  }
  const body = JSON.stringify(items.map(({ expired: _e, ...rest }) => rest))
  return {
    id: createHash('sha256').update(body).digest('hex').slice(0, 16),
    createdAt: result.finishedAt,
    items,
  }
}

/** One operator per field; text-scope findings keep one entry per category found in the text. */
function dedupe<T extends { field: string; category: string; scope: string }>(fields: readonly T[]): T[] {
  const seen = new Set<string>()
  const key = (f: T) => (f.scope === 'text' ? `${f.field}\u0000${f.category}` : f.field)
  return fields.filter((f) => !seen.has(key(f)) && seen.add(key(f)))
}
