/** Reads answer keys (`dataset,object,field,category,personal,sensitive,evidence,note`). */
import { readFileSync } from 'node:fs'

export interface Label {
  readonly dataset: string
  readonly table: string
  readonly field: string
  /** Expected category id, or '-' for non-personal. */
  readonly category: string
  /** Y: must be reported; N: must not; ~: ambiguous, not scored. */
  readonly personal: 'Y' | 'N' | '~'
  readonly sensitive: boolean
}

export function readLabels(path: string): Label[] {
  const rows = parseCsv(readFileSync(path, 'utf8'))
  const [header, ...body] = rows
  const col = (name: string) => header!.indexOf(name)
  const out: Label[] = []
  for (const row of body) {
    if (row.length < 5) continue
    const tables = row[col('object')]!.split('/').map((s) => s.trim())
    const fields = row[col('field')]!.split(',').map((s) => s.trim())
    for (const table of tables) {
      for (const field of fields) {
        out.push({
          dataset: row[col('dataset')]!,
          table,
          field,
          category: row[col('category')]!,
          personal: row[col('personal')] as Label['personal'],
          sensitive: row[col('sensitive')] === 'S',
        })
      }
    }
  }
  return out
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((f) => f !== '')) rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
