import { Kysely, MysqlDialect } from 'kysely'
import mysql from 'mysql2/promise'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinConnectors } from '../../connectors/index.js'
import type { MysqlContainer } from '../../connectors/mysql/mysql-catalog.js'
import { MysqlConnector } from '../../connectors/mysql/mysql-connector.js'
import { describeMysqlError } from '../../connectors/mysql/mysql-errors.js'
import {
  randomStarts,
  rangeCount,
  selectColumns,
  selectStatement,
} from '../../connectors/mysql/mysql-sample-query.js'
import { mysqlTypeClass } from '../../connectors/mysql/mysql-types.js'
import { parseMysqlUrl } from '../../connectors/mysql/mysql-url.js'
import type { ContainerRef } from '../../src/connector/connector.js'
import { resolveConnector } from '../../src/connector/connector-registry.js'
import { scan } from '../../src/scan.js'
import { connectorContract, readAll } from '../helpers/connector-contract.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'
import { BIG_ROWS, seedMysqlContract } from '../fixtures/seed-mysql.js'

const available = await requireService('mysql')
const DB = `pimap_test_my_${process.pid}`
const withPath = (base: string, path: string, user?: { name: string; password: string }) => {
  const u = new URL(base)
  u.pathname = path
  if (user) {
    u.username = user.name
    u.password = user.password
  }
  return u.toString()
}
const url = withPath(SERVICE_URLS.mysql, `/${DB}`)
const READER = `pimap_reader_${process.pid}`
const READER_PASSWORD = 'Rd-pw-4711'
/** A user without SELECT on `secret_stuff` (only INSERT, so the table is listed but cannot be read). */
const readerUrl = withPath(url, `/${DB}`, { name: READER, password: READER_PASSWORD })
const OPTIONS = { statementTimeoutMs: 10_000, maxConnections: 2 }
const connectors = builtinConnectors

async function open(
  u = url,
  options = OPTIONS,
): Promise<{ connector: MysqlConnector; list: ContainerRef[] }> {
  const connector = new MysqlConnector(u, options)
  await connector.connect()
  return { connector, list: await connector.listContainers() }
}

const find = (list: readonly ContainerRef[], table: string) => {
  const found = list.find((c) => c.id === `${DB}.${table}`)
  if (!found) throw new Error(`${DB}.${table} not listed`)
  return found
}

describe('MySQL connector units', () => {
  it('maps column types to type classes', () => {
    expect(mysqlTypeClass('varchar', 'varchar(20)')).toBe('text')
    expect(mysqlTypeClass('enum', "enum('a','b')")).toBe('text')
    expect(mysqlTypeClass('bigint', 'bigint(20) unsigned')).toBe('integer')
    expect(mysqlTypeClass('tinyint', 'tinyint(1)')).toBe('boolean')
    expect(mysqlTypeClass('tinyint', 'tinyint(4)')).toBe('integer')
    expect(mysqlTypeClass('bit', 'bit(1)')).toBe('boolean')
    expect(mysqlTypeClass('decimal', 'decimal(10,2)')).toBe('decimal')
    expect(mysqlTypeClass('double')).toBe('decimal')
    expect(mysqlTypeClass('datetime')).toBe('timestamp')
    expect(mysqlTypeClass('timestamp')).toBe('timestamp')
    expect(mysqlTypeClass('date')).toBe('date')
    expect(mysqlTypeClass('time')).toBe('time')
    expect(mysqlTypeClass('varbinary')).toBe('binary')
    expect(mysqlTypeClass('longblob')).toBe('binary')
    expect(mysqlTypeClass('json')).toBe('json')
    expect(mysqlTypeClass('point')).toBe('geometry')
    expect(mysqlTypeClass('geometry')).toBe('geometry')
    expect(mysqlTypeClass('something_new')).toBe('other')
  })

  it('quotes identifiers and puts the timeout on each statement for both flavours', () => {
    const db = new Kysely<unknown>({
      dialect: new MysqlDialect({ pool: () => Promise.reject(new Error('never connects')) }),
    })
    const table: MysqlContainer = {
      id: 'd`b.t',
      namespace: 'd`b',
      name: 'we`ird',
      kind: 'table',
      fields: [{ name: 'e`mail', dataType: 'text', typeClass: 'text' }],
      columns: new Map([['e`mail', { dataType: 'text', json: false, integer: false }]]),
    }
    const { exprs } = selectColumns(table, table.fields, 100)
    const mariadb = selectStatement({ flavour: 'mariadb', timeoutMs: 1500, table, exprs, limit: 10 }).compile(
      db,
    )
    expect(mariadb.sql).toBe(
      'set statement max_statement_time=1.5 for select left(`t`.`e``mail`, 100) as `c0` from `d``b`.`we``ird` as t limit ?',
    )
    expect(mariadb.parameters).toEqual([10])
    const mysqlSql = selectStatement({ flavour: 'mysql', timeoutMs: 1500, table, exprs }).compile(db).sql
    expect(mysqlSql).toMatch(/^select \/\*\+ MAX_EXECUTION_TIME\(1500\) \*\/ left\(/)
  })

  it('draws sorted random range starts inside the key range', () => {
    const starts = randomStarts(10n, 2n ** 63n - 1n, 50)
    expect(starts).toHaveLength(50)
    for (let i = 1; i < starts.length; i++) expect(starts[i]! >= starts[i - 1]!).toBe(true)
    expect(starts[0]! >= 10n && starts[49]! <= 2n ** 63n - 1n).toBe(true)
    expect(randomStarts(5n, 5n, 3)).toEqual([5n, 5n, 5n])
    expect(rangeCount(10_000)).toBe(100)
    expect(rangeCount(500)).toBe(16)
    expect(rangeCount(3)).toBe(3)
  })

  it('parses mysql:// and mariadb:// URLs', () => {
    expect(parseMysqlUrl('mariadb://u%40corp:p%3Aw%2Fd@[::1]:3307/shop%20db?ssl=true')).toEqual({
      connection: {
        host: '::1',
        port: 3307,
        user: 'u@corp',
        password: 'p:w/d',
        database: 'shop db',
        ssl: { rejectUnauthorized: true },
      },
      database: 'shop db',
      password: 'p:w/d',
    })
    expect(parseMysqlUrl('mysql://root@db.internal')).toEqual({
      connection: { host: 'db.internal', port: 3306, user: 'root' },
    })
    expect(parseMysqlUrl('mysql://app@localhost/app?socket=/run/mysqld/mysqld.sock').connection).toEqual({
      socketPath: '/run/mysqld/mysqld.sock',
      user: 'app',
      database: 'app',
    })
    expect(() => parseMysqlUrl('postgres://u:hunter2@h/db')).toThrow(/expected mysql:\/\/.*u:\*\*\*@h/)
  })

  it('describes errors in one line without the password', () => {
    const denied = Object.assign(new Error("Access denied for user 'u'@'h' (using password: YES)"), {
      errno: 1045,
      code: 'ER_ACCESS_DENIED_ERROR',
    })
    expect(describeMysqlError(denied, ['s3cret'])).toBe(
      "authentication failed: Access denied for user 'u'@'h' (using password: YES)",
    )
    const echo = new Error('bad mysql://u:s3cret@h/db and s3cret again\nsecond line')
    expect(describeMysqlError(echo, ['s3cret'])).toBe('bad mysql://u:***@h/db and *** again')
    expect(describeMysqlError(Object.assign(new Error('x'), { errno: 1969 }))).toMatch(/statement timeout/)
    expect(describeMysqlError(Object.assign(new Error('x'), { errno: 3024 }))).toMatch(/statement timeout/)
  })
})

describe.skipIf(!available)('MySQL / MariaDB', () => {
  let admin: mysql.Connection
  const rowsRead = async () => {
    const [rows] = await admin.query<mysql.RowDataPacket[]>("SHOW GLOBAL STATUS LIKE 'Innodb_rows_read'")
    return Number(rows[0]?.Value ?? 0)
  }

  beforeAll(async () => {
    admin = await mysql.createConnection(SERVICE_URLS.mysql)
    await admin.query(`DROP DATABASE IF EXISTS \`${DB}\``)
    await admin.query(`CREATE DATABASE \`${DB}\` DEFAULT CHARSET utf8mb4`)
    const client = await mysql.createConnection(url)
    await seedMysqlContract((text) => client.query(text))
    await client.end()
    await admin.query(`DROP USER IF EXISTS '${READER}'@'%'`)
    await admin.query(`CREATE USER '${READER}'@'%' IDENTIFIED BY '${READER_PASSWORD}'`)
    const [tables] = await admin.query<mysql.RowDataPacket[]>(
      'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?',
      [DB],
    )
    for (const { name } of tables as { name: string }[]) {
      const privilege = name === 'secret_stuff' ? 'INSERT' : 'SELECT'
      await admin.query(`GRANT ${privilege} ON \`${DB}\`.\`${name.replace(/`/g, '``')}\` TO '${READER}'@'%'`)
    }
  })
  afterAll(async () => {
    await admin?.query(`DROP DATABASE IF EXISTS \`${DB}\``)
    await admin?.query(`DROP USER IF EXISTS '${READER}'@'%'`)
    await admin?.end()
  })

  connectorContract({
    name: 'mysql',
    create: async () => new MysqlConnector(url, OPTIONS),
    containerId: (table) => `${DB}.${table}`,
  })

  it('discovers Chinese comments, type classes, row estimates and primary keys', async () => {
    const { connector, list } = await open()
    expect(connector.flavour).toMatch(/^(mariadb|mysql)$/)
    const people = find(list, 'people')
    expect(people).toMatchObject({ namespace: DB, name: 'people', kind: 'table', comment: '用户表' })
    expect(people.primaryKey).toEqual(['id'])
    const field = (name: string) => people.fields.find((f) => f.name === name)
    expect(field('id_card')).toMatchObject({ comment: '身份证号', typeClass: 'text' })
    expect(field('profile')).toMatchObject({ dataType: 'json', typeClass: 'json' })
    expect(field('is_phone_bound')?.typeClass).toBe('boolean')
    expect(field('created_at')?.typeClass).toBe('timestamp')
    expect(field('avatar')?.typeClass).toBe('binary')
    expect(find(list, 'big').estimatedRows).toBeGreaterThan(BIG_ROWS / 2)
    expect(find(list, 'slow_view').kind).toBe('view')
    await connector.close()
  })

  it('flattens JSON columns and sends binary columns as \\x hex', async () => {
    const { connector, list } = await open()
    const { values } = await readAll(connector, find(list, 'people'))
    expect([...(values.get('profile.mobile') ?? [])].sort()).toEqual(
      ['13812345678', '13987654321', '18611112222', '15000001111', '17712345678'].sort(),
    )
    expect(values.get('profile.nested.city')).toContain('北京')
    expect(values.get('avatar')).toContain('\\xffd8ffe000104a46')
    expect(values.get('id_card')).toContain('11010519491231002X')
    await connector.close()
  })

  it('reads only planned fields', async () => {
    const { connector, list } = await open()
    const { values } = await readAll(connector, find(list, 'people'), {
      limit: 10,
      batchSize: 10,
      maxValueLength: 64,
      fields: new Set(['email']),
    })
    expect([...values.keys()]).toEqual(['email'])
    await connector.close()
  })

  it('samples a large table by random primary-key ranges, reading at most the limit', async () => {
    const { connector, list } = await open()
    const big = find(list, 'big')
    const before = await rowsRead()
    const { method, records, values } = await readAll(connector, big, {
      limit: 500,
      batchSize: 100,
      maxValueLength: 64,
    })
    const read = (await rowsRead()) - before
    expect(method).toBe('pk-ranges')
    expect(records).toBe(500)
    const ids = (values.get('id') ?? []).map(Number)
    expect(new Set(ids).size).toBe(500)
    // Spread over the key space, not the first 500 rows.
    const deciles = new Set(ids.map((id) => Math.floor((id / (BIG_ROWS * 3 + 1)) * 10)))
    expect(deciles.size).toBeGreaterThanOrEqual(4)
    // InnoDB counted the rows it read (server-wide, so other sessions can only add): nowhere near 200,000.
    expect(read).toBeLessThan(20_000)
    await connector.close()
  })

  it('streams a full scan in bounded batches and recovers from a consumer that stops early', async () => {
    const { connector, list } = await open(url, { ...OPTIONS, maxConnections: 1 })
    const big = find(list, 'big')
    const plan = { limit: 'all' as const, batchSize: 5_000, maxValueLength: 64 }
    const sampling = await connector.sample(big, plan)
    expect(sampling.method).toBe('full')
    let records = 0
    let largest = 0
    for await (const batch of sampling.batches) {
      records += batch.records
      largest = Math.max(largest, batch.records)
    }
    expect(records).toBe(BIG_ROWS)
    expect(largest).toBe(5_000)
    // Stop after the first batch: the half-read connection must be dropped, not handed to the next table.
    for await (const batch of (await connector.sample(big, plan)).batches) {
      expect(batch.records).toBe(5_000)
      break
    }
    const again = await readAll(connector, find(list, 'people'))
    expect(again.records).toBe(5)
    await connector.close()
  })

  it('samples in a read-only transaction: a view that writes is refused', async () => {
    const { connector, list } = await open()
    await expect(readAll(connector, find(list, 'writes_on_read'))).rejects.toThrow(/read-only/)
    const [rows] = await admin.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${DB}\`.read_log`)
    expect(Number(rows[0]?.n)).toBe(0)
    await connector.close()
  })

  it('applies the statement timeout to sampling statements', async () => {
    const { connector, list } = await open(url, { statementTimeoutMs: 1_000, maxConnections: 1 })
    const started = Date.now()
    await expect(readAll(connector, find(list, 'slow_view'))).rejects.toThrow(/statement timeout/)
    expect(Date.now() - started).toBeLessThan(4_500)
    await connector.close()
  })

  it('lists every non-system database without a database in the URL; schemas restrict it', async () => {
    const all = await open(withPath(SERVICE_URLS.mysql, '/'))
    expect(all.list.map((c) => c.id)).toContain(`${DB}.people`)
    expect(all.list.some((c) => /^(mysql|sys|information_schema|performance_schema)\./.test(c.id))).toBe(
      false,
    )
    await all.connector.close()
    const only = await open(withPath(SERVICE_URLS.mysql, '/'), {
      ...OPTIONS,
      schemas: [DB],
    } as typeof OPTIONS)
    expect(only.list.length).toBeGreaterThan(0)
    expect(only.list.every((c) => c.namespace === DB)).toBe(true)
    await only.connector.close()
  })

  it('accepts mariadb:// URLs', async () => {
    const mariadbUrl = url.replace(/^mysql:/, 'mariadb:')
    const registration = resolveConnector(mariadbUrl, connectors)
    expect(registration.kind).toBe('mysql')
    const connector = await (await registration.load())(mariadbUrl, OPTIONS)
    await connector.connect()
    expect((await connector.listContainers()).map((c) => c.id)).toContain(`${DB}.people`)
    await connector.close()
  })

  it('scans end to end: detects, reports coverage and the table it may not read', async () => {
    const result = await scan({ sources: [readerUrl], connectors })
    const at = (table: string, field: string) =>
      result.fields.find((f) => f.container === `${DB}.${table}` && f.field === field)
    expect(at('people', 'email')?.category).toBe('contact.email')
    expect(at('people', 'phone')?.category).toBe('contact.phone')
    expect(at('people', 'id_card')).toMatchObject({
      category: 'id.national',
      sensitivity: 'sensitive',
      confidence: 'high',
    })
    // The reader has only SELECT, so MariaDB hides the json_valid() constraint: flattened as likely JSON.
    expect(at('people', 'profile.mobile')?.category).toBe('contact.phone')
    expect(at('people', 'is_phone_bound')).toBeUndefined()
    expect(at('people', 'created_at')).toBeUndefined()
    const coverage = new Map(result.coverage.map((c) => [c.container, c]))
    expect(coverage.get(`${DB}.people`)?.status).toBe('scanned')
    expect(coverage.get(`${DB}.big`)).toMatchObject({ status: 'scanned', sampleMethod: 'pk-ranges' })
    expect(coverage.get(`${DB}.writes_on_read`)).toMatchObject({ status: 'skipped' })
    expect(coverage.get(`${DB}.secret_stuff`)).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/permission denied/),
    })
    expect(result.sources[0]).toMatchObject({ status: 'partial', kind: 'mysql' })
    const json = JSON.stringify(result)
    expect(json).not.toContain('zhang.wei@example.com')
    expect(json).not.toContain('11010519491231002X')
    expect(json).not.toContain(READER_PASSWORD)
  })

  it('reports unreachable hosts, wrong passwords and missing databases as failed sources', async () => {
    const wrongPassword = withPath(url, `/${DB}`, { name: READER, password: 'topsecret' })
    const missing = withPath(url, '/pimap_no_such_db')
    const result = await scan({
      sources: ['mysql://u:topsecret@127.0.0.1:1/x', wrongPassword, missing, url],
      include: ['people'],
      connectors,
    })
    const [refused, denied, absent, ok] = result.sources
    expect(refused).toMatchObject({ status: 'failed', url: 'mysql://u:***@127.0.0.1:1/x' })
    expect(refused?.error).toMatch(/^connection refused/)
    expect(denied).toMatchObject({ status: 'failed' })
    expect(denied?.url).toContain(':***@')
    expect(denied?.error).toMatch(/^authentication failed: Access denied/)
    expect(absent?.error).toMatch(/database does not exist/)
    for (const s of [refused, denied, absent]) expect(s?.error).not.toMatch(/\n/)
    expect(ok?.status).toBe('ok')
    expect(JSON.stringify(result)).not.toContain('topsecret')
  })
})
