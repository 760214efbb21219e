/** Issue: sampled scan of a 200-table database per engine, in seconds per table. */
import { MongoClient } from 'mongodb'
import mysql from 'mysql2/promise'
import pg from 'pg'
import { scan } from '../src/scan.js'
import { MYSQL_URL } from './mysql-full-scan.js'
import { PG_URL } from './pg-fixtures.js'

const TABLES = 200
const ROWS = 1000

export interface ManyTablesResult {
  readonly engine: string
  readonly tables: number
  readonly seconds: number
  readonly secondsPerTable: number
  readonly scanned: number
}

async function timeScan(engine: string, url: string): Promise<ManyTablesResult> {
  const started = process.hrtime.bigint()
  const result = await scan({ sources: [url] })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const scanned = result.coverage.filter((c) => c.status === 'scanned').length
  return {
    engine,
    tables: result.coverage.length,
    seconds,
    secondsPerTable: seconds / Math.max(1, result.coverage.length),
    scanned,
  }
}

export async function benchManyTablesPostgres(): Promise<ManyTablesResult> {
  const db = 'pimap_bench_many'
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${db}`)
  await admin.end()
  const url = new URL(PG_URL)
  url.pathname = `/${db}`
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  const have = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)
  if (have.rows[0].n !== TABLES) {
    for (let i = 0; i < TABLES; i++) {
      await client.query(`DROP TABLE IF EXISTS t_${i}; CREATE TABLE t_${i} (id int PRIMARY KEY, real_name text, mobile text, email text, created_at timestamptz, amount numeric);
        INSERT INTO t_${i} SELECT g, '张伟', '138' || lpad(g::text, 8, '0'), 'u' || g || '@example.com', now(), g FROM generate_series(1, ${ROWS}) g;`)
    }
    await client.query('ANALYZE')
  }
  await client.end()
  return timeScan('PostgreSQL', url.toString())
}

export async function benchManyTablesMongo(
  url = process.env.PIMAP_TEST_MONGO_URL ?? 'mongodb://127.0.0.1:27017/',
): Promise<ManyTablesResult> {
  const dbName = 'pimap_bench_many'
  const client = new MongoClient(url)
  await client.connect()
  const db = client.db(dbName)
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name)
  if (names.length !== TABLES) {
    await db.dropDatabase()
    for (let i = 0; i < TABLES; i++) {
      await db.collection(`c_${i}`).insertMany(
        Array.from({ length: ROWS }, (_, g) => ({
          real_name: '张伟',
          mobile: `138${String(g).padStart(8, '0')}`,
          email: `u${g}@example.com`,
          created_at: new Date(),
          amount: g,
        })),
      )
    }
  }
  await client.close()
  const target = new URL(url)
  target.pathname = `/${dbName}`
  return timeScan('MongoDB (FerretDB)', target.toString())
}

export async function benchManyTablesMysql(): Promise<ManyTablesResult> {
  const db = 'pimap_bench_many'
  const admin = await mysql.createConnection({ uri: MYSQL_URL, multipleStatements: true })
  await admin.query(`CREATE DATABASE IF NOT EXISTS ${db} CHARACTER SET utf8mb4`)
  const [have] = await admin.query<mysql.RowDataPacket[]>(
    'SELECT count(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?',
    [db],
  )
  if (Number(have[0]?.n) !== TABLES) {
    for (let i = 0; i < TABLES; i++) {
      await admin.query(`DROP TABLE IF EXISTS ${db}.t_${i};
        CREATE TABLE ${db}.t_${i} (id int PRIMARY KEY, real_name varchar(20), mobile varchar(20), email varchar(64), created_at datetime, amount decimal(12,2));
        INSERT INTO ${db}.t_${i} WITH RECURSIVE s (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${ROWS})
          SELECT n, '张伟', CONCAT('138', LPAD(n, 8, '0')), CONCAT('u', n, '@example.com'), now(), n FROM s;`)
    }
    await admin.query(`ANALYZE TABLE ${Array.from({ length: TABLES }, (_, i) => `${db}.t_${i}`).join(', ')}`)
  }
  await admin.end()
  const url = new URL(MYSQL_URL)
  url.pathname = `/${db}`
  return timeScan('MySQL/MariaDB', url.toString())
}
