/** A 200-table schema per engine: every table is listed, scanned and accounted for in coverage. */
import { MongoClient } from 'mongodb'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'

const TABLES = 200
const pgAvailable = await requireService('postgres')
const mongoAvailable = await requireService('mongodb')

describe.skipIf(!pgAvailable)('200 tables on PostgreSQL', () => {
  const db = `pimap_test_many_${process.pid}`
  const admin = new pg.Client({ connectionString: SERVICE_URLS.postgres })
  const url = new URL(SERVICE_URLS.postgres)
  url.pathname = `/${db}`
  beforeAll(async () => {
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${db}`)
    await admin.query(`CREATE DATABASE ${db}`)
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    const ddl = Array.from(
      { length: TABLES },
      (_, i) => `CREATE TABLE t_${i} (id int PRIMARY KEY, mobile text, note text);
      INSERT INTO t_${i} SELECT g, '138' || lpad((g + ${i * 100})::text, 8, '0'), 'n' || g FROM generate_series(1, 20) g;`,
    )
    await client.query(ddl.join('\n'))
    await client.end()
  })
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`)
    await admin.end()
  })

  it('scans all of them with bounded connections and reports each', async () => {
    const result = await scan({ sources: [url.toString()], maxConnectionsPerSource: 3 })
    expect(result.coverage).toHaveLength(TABLES)
    expect(result.coverage.every((c) => c.status === 'scanned' && c.sampledRecords === 20)).toBe(true)
    expect(result.fields.filter((f) => f.field === 'mobile' && f.category === 'contact.phone')).toHaveLength(
      TABLES,
    )
  })
})

describe.skipIf(!mongoAvailable)('200 collections on MongoDB (FerretDB)', () => {
  const dbName = `pimap_test_many_${process.pid}`
  const client = new MongoClient(SERVICE_URLS.mongodb)
  beforeAll(async () => {
    await client.connect()
    const db = client.db(dbName)
    for (let i = 0; i < TABLES; i++) {
      await db
        .collection(`c_${i}`)
        .insertMany(Array.from({ length: 10 }, (_, g) => ({ email: `u${i}_${g}@example.com`, n: g })))
    }
  })
  afterAll(async () => {
    await client.db(dbName).dropDatabase()
    await client.close()
  })

  it('scans all of them and reports each', async () => {
    const url = new URL(SERVICE_URLS.mongodb)
    url.pathname = `/${dbName}`
    const result = await scan({ sources: [url.toString()], maxConnectionsPerSource: 3 })
    expect(result.coverage.filter((c) => c.status === 'scanned')).toHaveLength(TABLES)
    expect(result.fields.filter((f) => f.field === 'email' && f.category === 'contact.email')).toHaveLength(
      TABLES,
    )
  })
})
