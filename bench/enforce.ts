/** Issue: anonymize 1,000,000 expired PostgreSQL rows with `enforce --apply`, next to one hand-written UPDATE. */
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { benchUrl, ensureBenchDatabase } from './pg-fixtures.js'

export interface EnforceBenchResult {
  readonly rows: number
  readonly manualSeconds: number
  readonly pimapSeconds: number
  /** The apply phase alone (batches), without the scan that builds the plan. */
  readonly applySeconds: number
  readonly pimapRowsPerSecond: number
  readonly manualRowsPerSecond: number
  readonly ratio: number
  readonly peakRssMb: number
  readonly fields: readonly string[]
}

async function createTables(client: pg.Client, rows: number): Promise<void> {
  for (const t of ['bench_enforce', 'bench_enforce_manual']) {
    await client.query(`DROP TABLE IF EXISTS ${t}`)
    await client.query(`
      CREATE TABLE ${t} AS SELECT g AS id,
        (ARRAY['张伟','王芳','李娜','刘洋'])[1 + g % 4] AS consignee,
        '13' || (8 + g % 2)::text || lpad((g::bigint * 7919 % 100000000)::text, 8, '0') AS consignee_phone,
        'user' || g || '@example.com' AS email,
        date '1970-01-01' + (g % 15000) AS birthday,
        timestamptz '2020-01-01' + (g % 100000) * interval '1 minute' AS completed_at
      FROM generate_series(1, ${rows}) g`)
    await client.query(`ALTER TABLE ${t} ADD PRIMARY KEY (id)`)
    await client.query(`VACUUM ANALYZE ${t}`)
  }
}

/** The same operators pimap applies, written by hand as one set-based statement. */
const MANUAL_UPDATE = `
  UPDATE bench_enforce_manual SET
    consignee = left(consignee, 1) || repeat('*', char_length(consignee) - 1),
    consignee_phone = left(consignee_phone, 3) || repeat('*', char_length(consignee_phone) - 7) || right(consignee_phone, 4),
    email = left(email, 6) || repeat('*', char_length(email) - 10) || right(email, 4),
    birthday = make_date(extract(year from birthday)::int, 1, 1)
  WHERE completed_at < now() - interval '3 years'`

export async function benchEnforce(rows = 1_000_000): Promise<EnforceBenchResult> {
  await ensureBenchDatabase()
  const client = new pg.Client({ connectionString: benchUrl() })
  await client.connect()
  await createTables(client, rows)
  const started = process.hrtime.bigint()
  const manual = await client.query(MANUAL_UPDATE)
  const manualSeconds = Number(process.hrtime.bigint() - started) / 1e9
  await client.end()
  const out = execFileSync(
    process.execPath,
    [
      new URL('./enforce-child.mjs', import.meta.url).pathname,
      benchUrl(),
      'bench_enforce',
      join(tmpdir(), 'pimap-bench-audit.jsonl'),
      '10000',
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  )
  const child = JSON.parse(out) as {
    seconds: number
    applySeconds: number
    processed: number
    fields: string[]
    maxRssMb: number
  }
  if (child.processed !== rows || manual.rowCount !== rows) {
    throw new Error(
      `expected ${rows} rows on both sides, got pimap ${child.processed}, manual ${manual.rowCount}`,
    )
  }
  return {
    rows,
    manualSeconds,
    pimapSeconds: child.seconds,
    applySeconds: child.applySeconds,
    manualRowsPerSecond: rows / manualSeconds,
    pimapRowsPerSecond: rows / child.applySeconds,
    ratio: manualSeconds / child.applySeconds,
    peakRssMb: child.maxRssMb,
    fields: child.fields,
  }
}
