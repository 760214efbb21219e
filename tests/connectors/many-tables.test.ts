/** A 200-table schema per engine: every table is listed, scanned and accounted for in coverage. */
import { MongoClient } from 'mongodb'
import mysql from 'mysql2/promise'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scan } from '../../src/scan.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'

const TABLES = 200
const pgAvailable = await requireService('postgres')
const mongoAvailable = await requireService('mongodb')
const mysqlAvailable = await requireService('mysql')

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

describe.skipIf(!mysqlAvailable)('200 tables on MySQL/MariaDB', () => {
  const db = `pimap_test_many_${process.pid}`
  const url = new URL(SERVICE_URLS.mysql)
  url.pathname = `/${db}`
  let admin: mysql.Connection
  beforeAll(async () => {
    admin = await mysql.createConnection({ uri: SERVICE_URLS.mysql, multipleStatements: true })
    await admin.query(`DROP DATABASE IF EXISTS ${db}; CREATE DATABASE ${db} CHARACTER SET utf8mb4`)
    const ddl = Array.from(
      { length: TABLES },
      (_, i) => `CREATE TABLE ${db}.t_${i} (id int PRIMARY KEY, mobile varchar(20), note text);
      INSERT INTO ${db}.t_${i} WITH RECURSIVE s (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 20)
        SELECT n, CONCAT('138', LPAD(n + ${i * 100}, 8, '0')), CONCAT('n', n) FROM s;`,
    )
    await admin.query(ddl.join('\n'))
  }, 60_000)
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${db}`)
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
