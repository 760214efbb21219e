/**
 * Executes an enforcement plan: first reconciles batches a crashed run left pending, then processes each item
 * in batches (one transaction each), writing the audit trail around every commit. Stops at `maxRows`.
 */
import { randomUUID } from 'node:crypto'
import type { Connector, ContainerRef, RetentionTask, RetentionWriter } from '../connector/connector.js'
import { errorMessage } from '../errors.js'
import { type AuditEntry, AuditLog, readAuditLog, unfinishedBatches } from './audit-log.js'
import type { EnforcementPlan, PlanItem } from './enforcement-plan.js'

export interface ApplyOptions {
  readonly plan: EnforcementPlan
  /** Connected connectors by source id. */
  readonly connectors: ReadonlyMap<string, Connector>
  /** Containers by `sourceId\u0000containerId`, as listed by the connectors. */
  readonly containers: ReadonlyMap<string, ContainerRef>
  readonly auditLogPath: string
  readonly batchSize: number
  /** Stop after this many records in this run (the rest waits for the next run). */
  readonly maxRows?: number
  readonly hashKey?: Buffer
  readonly onBatch?: (item: PlanItem, processed: number) => void
  /**
   * True when this run's scan counted the container and found nothing left past retention. A pending batch of
   * a container that is no longer in the plan then committed (were it rolled back, its records would be due).
   */
  readonly settled?: (sourceId: string, container: string) => boolean
}

export interface ItemReport {
  readonly source: string
  readonly container: string
  readonly action: 'delete' | 'anonymize'
  readonly status: 'done' | 'partial' | 'refused' | 'failed'
  readonly processed: number
  readonly batches: number
  readonly reason?: string
}

export interface ApplyReport {
  readonly run: string
  readonly plan: string
  readonly auditLog: string
  /** Batches of an earlier, interrupted run found committed (counted once, by that run). */
  readonly recovered: number
  readonly items: readonly ItemReport[]
  readonly processed: number
  /** Wall-clock seconds of the apply phase (reconciliation and batches). */
  readonly seconds: number
}

export async function applyPlan(options: ApplyOptions): Promise<ApplyReport> {
  const { plan } = options
  const run = randomUUID()
  const started = Date.now()
  const previous = readAuditLog(options.auditLogPath)
  const audit = new AuditLog(options.auditLogPath)
  const writers = new Map<string, RetentionWriter>()
  const writerFor = async (sourceId: string) => {
    let w = writers.get(sourceId)
    if (!w) {
      const connector = options.connectors.get(sourceId)
      if (!connector?.openWriter)
        throw new Error(`${connector?.kind ?? 'this'} connector cannot write (enforcement not supported)`)
      w = await connector.openWriter()
      writers.set(sourceId, w)
    }
    return w
  }
  const taskFor = (item: PlanItem): RetentionTask => {
    const container = options.containers.get(`${item.sourceId}\u0000${item.container}`)
    if (!container) throw new Error(`container ${item.container} no longer exists`)
    return {
      container,
      action: item.action,
      clockField: item.clockField,
      cutoff: new Date(item.cutoff),
      ...(item.keyField ? { keyField: item.keyField } : {}),
      fields: item.fields,
      ...(options.hashKey ? { hashKey: options.hashKey } : {}),
    }
  }
  audit.write({ run, plan: plan.id, event: 'run-start', count: plan.items.length })
  const items: ItemReport[] = []
  let recovered = 0
  let total = 0
  try {
    recovered = await reconcile(previous, plan, audit, run, async (entry) => {
      const item = plan.items.find((i) => i.sourceId === entry.source && i.container === entry.container)
      if (!item) return options.settled?.(entry.source ?? '', entry.container ?? '') ? 0 : undefined
      return (await writerFor(item.sourceId)).remaining(taskFor(item), entry.keyFrom, entry.keyTo)
    })
    for (const item of plan.items) {
      const base = { source: item.source, container: item.container, action: item.action }
      if (item.refused) {
        audit.write({
          run,
          plan: plan.id,
          event: 'item-refused',
          source: item.sourceId,
          container: item.container,
          message: item.refused,
        })
        items.push({ ...base, status: 'refused', processed: 0, batches: 0, reason: item.refused })
        continue
      }
      let processed = 0
      let batches = 0
      try {
        const writer = await writerFor(item.sourceId)
        const task = taskFor(item)
        let after: string | undefined
        for (;;) {
          const room =
            options.maxRows === undefined
              ? options.batchSize
              : Math.min(options.batchSize, options.maxRows - total)
          if (room <= 0) break
          const batch = randomUUID()
          const r = await writer.nextBatch(task, room, after, (pending) =>
            audit.write({
              run,
              plan: plan.id,
              event: 'batch-pending',
              source: item.sourceId,
              container: item.container,
              action: item.action,
              batch,
              count: pending.processed,
              ...keys(pending),
              fields: item.fields.map((f) => `${f.field}:${f.operator}`),
            }),
          )
          if (r.processed > 0) {
            audit.write({
              run,
              plan: plan.id,
              event: 'batch-done',
              source: item.sourceId,
              container: item.container,
              action: item.action,
              batch,
              count: r.processed,
              ...keys(r),
            })
            batches++
            processed += r.processed
            total += r.processed
            options.onBatch?.(item, processed)
          }
          if (r.exhausted) break
          after = r.next ?? after
        }
        const limited = options.maxRows !== undefined && total >= options.maxRows
        items.push({
          ...base,
          status: limited ? 'partial' : 'done',
          processed,
          batches,
          ...(limited ? { reason: `--max-rows ${options.maxRows} reached` } : {}),
        })
      } catch (error) {
        audit.write({
          run,
          plan: plan.id,
          event: 'item-error',
          source: item.sourceId,
          container: item.container,
          message: errorMessage(error),
        })
        items.push({ ...base, status: 'failed', processed, batches, reason: errorMessage(error) })
      }
    }
  } finally {
    audit.write({ run, plan: plan.id, event: 'run-done', count: total })
    audit.close()
    for (const w of writers.values()) await w.close().catch(() => {})
  }
  return {
    run,
    plan: plan.id,
    auditLog: options.auditLogPath,
    recovered,
    items,
    processed: total,
    seconds: (Date.now() - started) / 1000,
  }
}

function keys(r: { keyFrom?: string; keyTo?: string }) {
  return {
    ...(r.keyFrom !== undefined ? { keyFrom: r.keyFrom } : {}),
    ...(r.keyTo !== undefined ? { keyTo: r.keyTo } : {}),
  }
}

/**
 * A `batch-pending` without `batch-done` means the process died around its commit. If the batch's rows no
 * longer need processing, the commit happened: record it, so counts add up to the plan exactly once.
 */
async function reconcile(
  previous: readonly AuditEntry[],
  plan: EnforcementPlan,
  audit: AuditLog,
  run: string,
  remaining: (entry: AuditEntry) => Promise<number | undefined>,
): Promise<number> {
  let committed = 0
  for (const entry of unfinishedBatches(previous)) {
    const left = await remaining(entry)
    if (left === undefined) continue
    const done = left === 0
    if (done) committed++
    audit.write({
      run,
      plan: plan.id,
      event: 'batch-recovered',
      source: entry.source,
      container: entry.container,
      action: entry.action,
      batch: entry.batch,
      count: done ? entry.count : 0,
      ...keys(entry),
      committed: done,
    })
  }
  return committed
}
