/** Issue: full scan (`--sample-size all`) of a 1,000,000-row PostgreSQL table next to a raw COPY of it. */
import { execFileSync } from 'node:child_process'
import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import { benchUrl, ensureBenchDatabase, ensurePeopleTable } from './pg-fixtures.js'

export interface FullScanResult {
  readonly rows: number
  readonly copySeconds: number
  readonly copyRowsPerSecond: number
  readonly scanSeconds: number
  readonly scanRowsPerSecond: number
  readonly ratio: number
  readonly peakRssMb: { readonly rows100k: number; readonly rows1m: number; readonly sample10k: number }
  readonly fields: readonly string[]
}

export async function rawCopy(table: string): Promise<{ seconds: number; rows: number; bytes: number }> {
  const client = new pg.Client({ connectionString: benchUrl() })
  await client.connect()
  const started = process.hrtime.bigint()
  let rows = 0
  let bytes = 0
  const stream = client.query(copyTo(`COPY (SELECT * FROM ${table}) TO STDOUT`))
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) rows++
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  await client.end()
  return { seconds, rows, bytes }
}

function child(
  table: string,
  sampleSize: string,
): { seconds: number; records: number; maxRssMb: number; fields: string[] } {
  const out = execFileSync(
    process.execPath,
    [new URL('./full-scan-child.mjs', import.meta.url).pathname, benchUrl(), table, sampleSize],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  return JSON.parse(out)
}

export function median<T>(items: readonly T[], key: (item: T) => number): T {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!
}

export async function benchFullScan(rows = 1_000_000): Promise<FullScanResult> {
  await ensureBenchDatabase()
  await ensurePeopleTable('bench_people_1m', rows)
  await ensurePeopleTable('bench_people_100k', 100_000)
  await rawCopy('bench_people_1m') // warm the buffer cache so both sides read from memory
  // Median of three runs per side: the machine is shared, single runs swing by 30 %.
  const copies = [
    await rawCopy('bench_people_1m'),
    await rawCopy('bench_people_1m'),
    await rawCopy('bench_people_1m'),
  ]
  const copy = median(copies, (c) => c.seconds)
  const full = median(
    [child('bench_people_1m', 'all'), child('bench_people_1m', 'all'), child('bench_people_1m', 'all')],
    (c) => c.seconds,
  )
  const small = child('bench_people_100k', 'all')
  const sampled = child('bench_people_1m', '10000')
  if (full.records !== rows) throw new Error(`full scan read ${full.records} rows, expected ${rows}`)
  return {
    rows,
    copySeconds: copy.seconds,
    copyRowsPerSecond: copy.rows / copy.seconds,
    scanSeconds: full.seconds,
    scanRowsPerSecond: full.records / full.seconds,
    ratio: copy.seconds / full.seconds,
    peakRssMb: { rows100k: small.maxRssMb, rows1m: full.maxRssMb, sample10k: sampled.maxRssMb },
    fields: full.fields,
  }
}
