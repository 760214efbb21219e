/**
 * Append-only JSONL audit trail of enforcement: when, which container, action, counts and key ranges, never
 * values. A batch is written as `batch-pending` before its transaction commits and `batch-done` after, so a
 * crash between the two is visible and can be reconciled against the database on the next run.
 */
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs'

export interface AuditEntry {
  readonly at: string
  readonly run: string
  readonly plan: string
  readonly event:
    | 'run-start'
    | 'run-done'
    | 'batch-pending'
    | 'batch-done'
    | 'batch-recovered'
    | 'item-refused'
    | 'item-error'
  readonly source?: string
  readonly container?: string
  readonly action?: 'delete' | 'anonymize'
  readonly batch?: string
  readonly count?: number
  /** First and last primary key of the batch (keys only, as ids; never field values). */
  readonly keyFrom?: string
  readonly keyTo?: string
  readonly fields?: readonly string[]
  /** For `batch-recovered`: whether the pending batch turned out committed. */
  readonly committed?: boolean
  readonly message?: string
}

export class AuditLog {
  readonly path: string
  readonly #fd: number

  constructor(path: string) {
    this.path = path
    this.#fd = openSync(path, 'a')
  }

  /** Appends one entry and flushes it to disk before returning. */
  write(entry: Omit<AuditEntry, 'at'>): void {
    writeSync(this.#fd, `${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`)
    fsyncSync(this.#fd)
  }

  close(): void {
    closeSync(this.#fd)
  }
}

/** Reads an audit log, ignoring a torn last line from a crash mid-write. */
export function readAuditLog(path: string): AuditEntry[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return []
  }
  const out: AuditEntry[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    try {
      out.push(JSON.parse(line) as AuditEntry)
    } catch {
      // torn write from a killed process; the batch it described is reconciled from `batch-pending`
    }
  }
  return out
}

/**
 * Pending batches that never got a `batch-done` or `batch-recovered` entry, from any earlier run (a plan made a
 * minute later has a later cutoff and another id, but the interrupted batch still needs reconciling).
 */
export function unfinishedBatches(entries: readonly AuditEntry[]): AuditEntry[] {
  const closed = new Set(
    entries.filter((e) => e.event === 'batch-done' || e.event === 'batch-recovered').map((e) => e.batch),
  )
  return entries.filter((e) => e.event === 'batch-pending' && !closed.has(e.batch))
}
