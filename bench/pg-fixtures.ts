/** Generates benchmark tables inside PostgreSQL (server-side generate_series, so loading is fast). */
import pg from 'pg'

export const PG_URL =
  process.env.PIMAP_BENCH_PG_URL ??
  process.env.PIMAP_TEST_PG_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres'
export const BENCH_DB = 'pimap_bench'

export function benchUrl(): string {
  const u = new URL(PG_URL)
  u.pathname = `/${BENCH_DB}`
  return u.toString()
}

export async function ensureBenchDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DB])
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${BENCH_DB}`)
  await admin.end()
}

/** A people-like table: names, mobiles, e-mails, valid-looking ID numbers, IPs, amounts, timestamps, notes. */
export async function ensurePeopleTable(table: string, rows: number): Promise<void> {
  const client = new pg.Client({ connectionString: benchUrl() })
  await client.connect()
  try {
    const have = await client.query(`SELECT reltuples::bigint AS n FROM pg_class WHERE relname = $1`, [table])
    if (have.rowCount && Number(have.rows[0].n) === rows) return
    await client.query(`DROP TABLE IF EXISTS ${table}`)
    await client.query(`
      CREATE TABLE ${table} AS
      SELECT g AS id,
        (ARRAY['王','李','张','刘','陈','杨','黄','赵'])[1 + g % 8] || (ARRAY['伟','芳','娜','敏','静','磊','洋','艳'])[1 + (g / 8) % 8] AS real_name,
        '1' || (3 + g % 7)::text || lpad((g::bigint * 7919 % 1000000000)::text, 9, '0') AS mobile,
        'user' || g || '@example.com' AS email,
        '11010519' || (50 + g % 50)::text || '0101' || lpad((g % 1000)::text, 3, '0') AS id_body,
        ('1.' || (g % 250)::text || '.' || (g / 250 % 250)::text || '.9')::inet AS last_login_ip,
        round((g % 100000) / 100.0, 2) AS amount,
        (ARRAY['paid','shipped','done'])[1 + g % 3] AS status,
        timestamptz '2020-01-01' + (g || ' minutes')::interval AS created_at,
        CASE WHEN g % 10 = 0 THEN '客户来电，要求修改收货地址' ELSE NULL END AS note
      FROM generate_series(1, ${rows}) g`)
    // GB 11643 check character, so ID numbers validate as real ones do.
    await client.query(`ALTER TABLE ${table} ADD COLUMN id_card text`)
    await client.query(`UPDATE ${table} SET id_card = id_body || substr('10X98765432', 1 + (
      SELECT sum(substr(id_body, i, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) FROM generate_series(1, 17) i)::int % 11, 1)`)
    await client.query(`ALTER TABLE ${table} DROP COLUMN id_body`)
    await client.query(`ALTER TABLE ${table} ADD PRIMARY KEY (id)`)
    await client.query(`VACUUM ANALYZE ${table}`)
  } finally {
    await client.end()
  }
}
