import type { BatchBuilder } from '../shared/batch-builder.js'
import type { SelectedColumn } from './postgres-sample-query.js'

/** Adds one row of server-side text values (null for SQL NULL) to a batch. */
export function decodeRow(
  row: readonly (string | null)[],
  columns: readonly SelectedColumn[],
  batch: BatchBuilder,
): void {
  batch.record()
  for (let i = 0; i < columns.length; i++) {
    const text = row[i]
    if (text === null || text === undefined || text === '') continue
    const column = columns[i]!
    if (column.decoding === 'text') {
      batch.value(column.field.name, text)
      continue
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      batch.value(column.field.name, text)
      continue
    }
    batch.document(column.field.name, parsed, column.field.dataType)
  }
}
