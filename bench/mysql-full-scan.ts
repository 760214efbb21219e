/**
 * Issue: full scan (`--sample-size all`) of a 1,000,000-row MariaDB/MySQL table next to a raw mysql2 stream of
 * it. The table is generated server-side in the `pimap_bench` database (kept between runs). The raw side is the
 * fastest plain mysql2 read (`SELECT *` streamed, rows as arrays, nothing else done with them); the pimap side
 * is the built package (`dist/`, what `npx pimap` runs) in a child process, so its peak RSS is its own.
 */
import { execFileSync } from 'node:child_process'
import mysql from 'mysql2'
import mysqlPromise from 'mysql2/promise'
import { MysqlConnector } from '../connectors/mysql/mysql-connector.js'

export const MYSQL_URL =
  process.env.PIMAP_BENCH_MYSQL_URL ?? process.env.PIMAP_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test'
export const MYSQL_BENCH_DB = 'pimap_bench'

export interface MysqlFullScanResult {
  readonly rows: number
  readonly rawSeconds: number
  readonly rawRowsPerSecond: number
  /** The connector alone (every column read and batched, nothing classified), in this process. */
  readonly connectorRowsPerSecond: number
  readonly scanSeconds: number
  readonly scanRowsPerSecond: number
  /** pimap rows/s over raw rows/s. */
  readonly ratio: number
  readonly peakRssMb: number
  readonly method: string
  readonly fields: readonly string[]
}

function benchUrl(): string {
  const u = new URL(MYSQL_URL)
  u.pathname = `/${MYSQL_BENCH_DB}`
  return u.toString()
}

/** GB 11643 weights: the check character is `10X98765432`[Σ digit × weight mod 11]. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** A people-like table: names, mobiles, e-mails, valid ID numbers, IPs, amounts, timestamps, sparse notes. */
export async function ensureMysqlPeopleTable(table: string, rows: number): Promise<void> {
  if (rows > 1_000_000) throw new Error('the generator makes at most 1,000,000 rows')
  const admin = await mysqlPromise.createConnection(MYSQL_URL)
  try {
    await admin.query(`CREATE DATABASE IF NOT EXISTS \`${MYSQL_BENCH_DB}\` DEFAULT CHARSET utf8mb4`)
    await admin.query(`USE \`${MYSQL_BENCH_DB}\``)
    const [have] = await admin.query<mysqlPromise.RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?',
      [MYSQL_BENCH_DB, table],
    )
    if (Number(have[0]?.n) > 0) {
      const [count] = await admin.query<mysqlPromise.RowDataPacket[]>(
        `SELECT COUNT(*) AS n FROM \`${table}\``,
      )
      if (Number(count[0]?.n) === rows) return
    }
    await admin.query(`DROP TABLE IF EXISTS \`${table}\`, bench_digits`)
    await admin.query('CREATE TABLE bench_digits (d int PRIMARY KEY)')
    await admin.query('INSERT INTO bench_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)')
    await admin.query(`CREATE TABLE \`${table}\` (id int PRIMARY KEY, real_name varchar(16), mobile varchar(16),
      email varchar(64), id_card char(18), last_login_ip varchar(15), amount decimal(10,2), status varchar(8),
      created_at datetime, note varchar(64)) DEFAULT CHARSET=utf8mb4`)
    const checkSum = ID_WEIGHTS.map((w, i) => `SUBSTRING(body, ${i + 1}, 1) * ${w}`).join(' + ')
    await admin.query(`INSERT INTO \`${table}\`
      SELECT n, real_name, mobile, email, CONCAT(body, SUBSTRING('10X98765432', 1 + MOD(${checkSum}, 11), 1)),
        last_login_ip, amount, status, created_at, note
      FROM (
        SELECT n,
          CONCAT(ELT(1 + n % 8, '王','李','张','刘','陈','杨','黄','赵'),
                 ELT(1 + FLOOR(n / 8) % 8, '伟','芳','娜','敏','静','磊','洋','艳')) AS real_name,
          CONCAT('1', 3 + n % 7, LPAD(n * 7919 % 1000000000, 9, '0')) AS mobile,
          CONCAT('user', n, '@example.com') AS email,
          CONCAT('11010519', 50 + n % 50, '0101', LPAD(n % 1000, 3, '0')) AS body,
          CONCAT('1.', n % 250, '.', FLOOR(n / 250) % 250, '.9') AS last_login_ip,
          ROUND((n % 100000) / 100, 2) AS amount,
          ELT(1 + n % 3, 'paid', 'shipped', 'done') AS status,
          TIMESTAMP('2020-01-01') + INTERVAL n MINUTE AS created_at,
          IF(n % 10 = 0, '客户来电，要求修改收货地址', NULL) AS note
        FROM (
          SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d + 1 AS n
          FROM bench_digits a, bench_digits b, bench_digits c, bench_digits e, bench_digits f, bench_digits g
        ) s WHERE n <= ${rows}
      ) x`)
    await admin.query('DROP TABLE bench_digits')
    await admin.query(`ANALYZE TABLE \`${table}\``)
  } finally {
    await admin.end()
  }
}

/** Streams `SELECT *` with plain mysql2 and counts rows. */
export async function rawMysqlStream(table: string): Promise<{ seconds: number; rows: number }> {
  const connection = mysql.createConnection(benchUrl())
  const started = process.hrtime.bigint()
  let rows = 0
  const stream = connection.query({ sql: `SELECT * FROM \`${table}\``, rowsAsArray: true }).stream()
  for await (const _row of stream) rows++
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  await new Promise<void>((resolve) => connection.end(() => resolve()))
  return { seconds, rows }
}

/** The MySQL connector's full-scan stream on its own: every column, batches of 2,000, no classification. */
export async function connectorStream(table: string): Promise<{ seconds: number; rows: number }> {
  const connector = new MysqlConnector(benchUrl(), { statementTimeoutMs: 600_000, maxConnections: 1 })
  try {
    await connector.connect()
    const container = (await connector.listContainers()).find((c) => c.name === table)
    if (!container) throw new Error(`${table} not listed`)
    const started = process.hrtime.bigint()
    let rows = 0
    const sampling = await connector.sample(container, {
      limit: 'all',
      batchSize: 2_000,
      maxValueLength: 1024,
    })
    for await (const batch of sampling.batches) rows += batch.records
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, rows }
  } finally {
    await connector.close()
  }
}

/** The pimap scan, in a child process on the built package. */
const CHILD = `
import { scan } from './dist/src/scan.js'
const [url, table] = process.argv.slice(1)
const started = process.hrtime.bigint()
const result = await scan({
  sources: [url],
  include: [table],
  sampleSize: 'all',
  statementTimeoutMs: 600000,
})
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const coverage = result.coverage.find((c) => c.container.endsWith('.' + table))
process.stdout.write(JSON.stringify({
  seconds,
  records: coverage?.sampledRecords ?? 0,
  status: coverage?.status,
  reason: coverage?.reason,
  method: coverage?.sampleMethod,
  fields: result.fields.filter((f) => f.container.endsWith('.' + table)).map((f) => f.field + ':' + f.category),
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}))
`

interface ChildResult {
  seconds: number
  records: number
  status?: string
  reason?: string
  method?: string
  fields: string[]
  maxRssMb: number
}

function child(table: string): ChildResult {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, benchUrl(), table], {
    cwd: new URL('..', import.meta.url).pathname,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  return JSON.parse(out) as ChildResult
}

function median<T>(items: readonly T[], key: (item: T) => number): T {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!
}

/** Needs `npm run build` first (bench/run.ts does it). */
export async function benchMysqlFullScan(rows = 1_000_000): Promise<MysqlFullScanResult> {
  const table = rows === 1_000_000 ? 'bench_people_1m' : `bench_people_${rows}`
  await ensureMysqlPeopleTable(table, rows)
  await rawMysqlStream(table) // warm the buffer pool so both sides read from memory
  // Median of three runs per side: the machine is shared, single runs swing.
  const raw = median(
    [await rawMysqlStream(table), await rawMysqlStream(table), await rawMysqlStream(table)],
    (r) => r.seconds,
  )
  const alone = median(
    [await connectorStream(table), await connectorStream(table), await connectorStream(table)],
    (r) => r.seconds,
  )
  const full = median([child(table), child(table), child(table)], (r) => r.seconds)
  if (full.records !== rows)
    throw new Error(
      `pimap read ${full.records} rows, expected ${rows} (${full.status}: ${full.reason ?? ''})`,
    )
  const rawRowsPerSecond = raw.rows / raw.seconds
  const scanRowsPerSecond = full.records / full.seconds
  return {
    rows,
    rawSeconds: raw.seconds,
    rawRowsPerSecond,
    connectorRowsPerSecond: alone.rows / alone.seconds,
    scanSeconds: full.seconds,
    scanRowsPerSecond,
    ratio: scanRowsPerSecond / rawRowsPerSecond,
    peakRssMb: full.maxRssMb,
    method: full.method ?? '',
    fields: full.fields,
  }
}
