/**
 * Enforcement on MongoDB (FerretDB in CI): the plan changes nothing, --apply anonymizes (nested and array paths)
 * or deletes exactly the expired documents in batches with an audit trail, reruns touch nothing, retention
 * counts are pending-aware, `_id` tells the age of documents without a timestamp, and a SIGKILL in the middle
 * of --apply followed by a rerun processes every planned document exactly once.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BSON, type Db, Int32, Long, MongoClient, ObjectId, UUID } from 'mongodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinConnectors } from '../../connectors/index.js'
import { MongodbConnector } from '../../connectors/mongodb/mongodb-connector.js'
import {
  ADDRESS_PENDING_PATTERN,
  HASH_PENDING_PATTERN,
  maskPendingPattern,
} from '../../connectors/mongodb/mongodb-record-age.js'
import { decodeKey, documentChange, encodeKey, setRoot } from '../../connectors/mongodb/mongodb-writer.js'
import { findCategory } from '../../rules/categories.js'
import type { BatchResult, ContainerRef, RetentionTask } from '../../src/connector/connector.js'
import { readAuditLog } from '../../src/enforce/audit-log.js'
import { enforce } from '../../src/enforce/enforce.js'
import { generalizeText, hashText, maskText } from '../../src/enforce/operators.js'
import { parsePolicy } from '../../src/policy/load-policy.js'
import { killMidApply } from '../helpers/kill-mid-apply.js'
import { requireService, SERVICE_URLS } from '../helpers/services.js'

/** A server-side pattern as a JavaScript RegExp with the same semantics (code points, `\z`). */
const jsRegex = (pattern: string) => new RegExp(pattern.replaceAll('\\z', '$'), 'u')

/** Deterministic random strings over a small alphabet that exercises every branch. */
function strings(alphabet: readonly string[], count: number, maxLength: number): string[] {
  let seed = 42
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const n = Math.floor(next() * (maxLength + 1))
    out.push(Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''))
  }
  return out
}

/** A copy of `doc` with `$set` applied (dotted paths through documents only). */
function withSet(doc: Record<string, unknown>, set: Record<string, unknown>): Record<string, unknown> {
  const out = { ...doc }
  for (const [path, value] of Object.entries(set)) {
    const names = path.split('.')
    let node = out
    for (const name of names.slice(0, -1)) {
      node[name] = { ...(node[name] as Record<string, unknown>) }
      node = node[name] as Record<string, unknown>
    }
    node[names[names.length - 1]!] = value
  }
  return out
}

describe('MongoDB pending filters agree with the operators', () => {
  it('mask: the pattern matches exactly the strings maskText changes', () => {
    const re = jsRegex(maskPendingPattern())
    const samples = [
      ...strings(['*', 'a', '1', '北', '😀', '\n'], 20_000, 20),
      ...strings(['*', 'x'], 5_000, 16),
      '',
      'a',
      '138****5678',
      '13812345678',
      '张*',
      'user1@*******.com',
    ]
    for (const s of samples) expect(re.test(s), JSON.stringify(s)).toBe(maskText(s) !== s)
  })

  it('hash: the pattern matches exactly the strings hashText changes', () => {
    const re = jsRegex(HASH_PENDING_PATTERN)
    const key = Buffer.alloc(16, 1)
    for (const s of [...strings(['h', '1', ':', 'a', '\n'], 5_000, 6), '', 'h1:', 'h1:abc'])
      expect(re.test(s), JSON.stringify(s)).toBe(hashText(s, key) !== s)
  })

  it('generalize of addresses: exact on addresses, a superset on dates', () => {
    const re = jsRegex(ADDRESS_PENDING_PATTERN)
    for (const s of strings(['*', 'a', '北', '路'], 10_000, 20))
      expect(re.test(s), s).toBe(generalizeText(s, 'contact.address') !== s)
    for (const s of ['2024-05-06', '2024-01-01T10:00:00Z', '2024-01-01'])
      if (generalizeText(s, 'contact.address') !== s) expect(re.test(s)).toBe(true)
  })

  it('round-trips _id keys of every type through audit entries', () => {
    const oid = new ObjectId('65a1b2c3d4e5f60718293a4b')
    expect(encodeKey(oid)).toBe('65a1b2c3d4e5f60718293a4b')
    expect(decodeKey('65a1b2c3d4e5f60718293a4b')).toEqual(oid)
    expect(encodeKey(42)).toBe('42')
    expect(encodeKey(new Int32(-7))).toBe('-7')
    expect(decodeKey('42')).toBe(42)
    expect(decodeKey('3.5')).toBe(3.5)
    expect(decodeKey(encodeKey(Long.fromString('9007199254740993')))).toEqual(
      Long.fromString('9007199254740993'),
    )
    // Strings are quoted, so a string that looks like an ObjectId or a number stays a string.
    expect(encodeKey('65a1b2c3d4e5f60718293a4b')).toBe('"65a1b2c3d4e5f60718293a4b"')
    expect(decodeKey(encodeKey('42'))).toBe('42')
    expect(decodeKey(encodeKey('订单-1'))).toBe('订单-1')
    const date = new Date('2024-01-02T03:04:05Z')
    expect(decodeKey(encodeKey(date))).toEqual(date)
    const uuid = new UUID('0f8fad5b-d9cb-469f-a165-70867728950e')
    expect(BSON.EJSON.stringify(decodeKey(encodeKey(uuid)) as BSON.Document)).toBe(
      BSON.EJSON.stringify(uuid as unknown as BSON.Document),
    )
  })

  it('rewrites nested and array paths, keeps other values and types, and is idempotent', () => {
    const doc = {
      _id: 1,
      consignee: { name: '张伟', phone: '13812345678', note: 'x' },
      addresses: [
        { phone: '13912345678', city: '北京市', label: 'home' },
        { city: '上海市', label: 'work' },
        'loose string',
      ],
      tags: ['13700000000', null],
      amount: new Int32(10),
      flags: { vip: true },
    }
    const fields: RetentionTask['fields'] = [
      { field: 'consignee.phone', category: 'contact.phone', operator: 'mask' },
      { field: 'consignee.name', category: 'person.name', operator: 'mask' },
      { field: 'addresses[].phone', category: 'contact.phone', operator: 'mask' },
      { field: 'addresses[].city', category: 'contact.locality', operator: 'mask' },
      { field: 'tags', category: 'contact.phone', operator: 'nullify' },
      { field: 'flags.vip', category: 'person.tag', operator: 'mask' },
      { field: 'missing.path', category: 'contact.phone', operator: 'mask' },
    ]
    expect(setRoot('addresses[].phone')).toBe('addresses')
    expect(setRoot('a.b[].c[].d')).toBe('a.b')
    const change = documentChange(doc, fields)!
    expect(change.set).toEqual({
      'consignee.name': '张*',
      'consignee.phone': '138****5678',
      addresses: [
        { phone: '139****5678', city: '北**', label: 'home' },
        { city: '上**', label: 'work' },
        'loose string',
      ],
      tags: [null, null],
      'flags.vip': null,
    })
    expect(change.old['consignee.phone']).toBe('13812345678')
    expect(doc.consignee.phone).toBe('13812345678') // the read document is not modified
    const applied = withSet(doc, change.set)
    expect(applied.amount).toBe(doc.amount)
    expect(documentChange(applied, fields)).toBeUndefined()
  })
})

const available = await requireService('mongodb')
const DB = `pimap_test_enforce_${process.pid}`
const NOW = new Date('2026-06-01T00:00:00Z')
const ORDERS = 90
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静']
const CITIES = ['北京市朝阳区', '上海市', '杭州市西湖区']
const pad = (i: number) => String(i).padStart(8, '0')

/** Order `i` is expired (completed in 2021) unless i % 3 === 0 (completed a month before NOW). */
function order(i: number) {
  return {
    _id: ObjectId.createFromTime(1_600_000_000 + i * 3600),
    order_no: `SO${100_000 + i}`,
    ...(i === 4 ? {} : { consignee: { name: NAMES[i % 5], phone: `138${pad(i)}` } }),
    addresses:
      i === 4
        ? []
        : [
            { phone: `139${pad(i)}`, city: CITIES[i % 3], label: 'home' },
            { phone: `137${pad(i)}`, city: CITIES[(i + 1) % 3], label: 'work' },
          ],
    email: `user${i}@example.com`,
    amount: new Int32(i * 10),
    completed_at:
      i % 3 === 0 ? new Date('2026-05-01T00:00:00Z') : new Date(Date.UTC(2021, 0, 1) + i * 3_600_000),
  }
}

const policyText = (url: string, mappings?: string) => `version: 1
sources: [{ id: shop, url: "${url}" }]
purposes:
  - id: orders
    description: orders
    legalBasis: contract
    categories: [person, contact]
    retention: { duration: P3Y, from: transaction_completed, action: anonymize }
  - id: logs
    description: logs
    legalBasis: legal_obligation
    categories: [network, contact]
    retention: { duration: P6M, from: created, action: delete }
  - id: visits
    description: visits
    legalBasis: consent
    categories: [person, contact]
    retention: { duration: P1Y, from: created, action: delete }
mappings:
${
  mappings ??
  `  - { match: "shop:${DB}.orders", purposes: [orders], clocks: { transaction_completed: completed_at } }
  - { match: "shop:${DB}.access_logs", purposes: [logs] }
  - { match: "shop:${DB}.visits", purposes: [visits], clocks: { created: _id } }`
}
`

describe.skipIf(!available)('enforcement on MongoDB', () => {
  const base = SERVICE_URLS.mongodb.replace(/\/[^/]*$/, '')
  const url = `${base}/${DB}`
  const client = new MongoClient(SERVICE_URLS.mongodb)
  let db: Db
  let dir: string
  const policy = (mappings?: string) => parsePolicy(policyText(url, mappings), 'pimap.yml', { findCategory })
  const connectors = [...builtinConnectors]
  /** Hash of every document (Extended JSON, exact types) of a collection, optionally filtered. */
  const checksum = async (collection: string, filter: BSON.Document = {}) => {
    const docs = await db
      .collection(collection)
      .find(filter, { promoteValues: false })
      .sort({ _id: 1 })
      .toArray()
    return {
      n: docs.length,
      h: createHash('sha256')
        .update(BSON.EJSON.stringify(docs, { relaxed: false }))
        .digest('hex'),
    }
  }
  const orderFields = (plan: Awaited<ReturnType<typeof enforce>>['plan']) =>
    plan.items.find((i) => i.container === `${DB}.orders`)?.fields ?? []
  const withConnector = async <T>(
    fn: (c: MongodbConnector, find: (n: string) => ContainerRef) => Promise<T>,
  ) => {
    const c = new MongodbConnector(url, { statementTimeoutMs: 30_000, maxConnections: 1 })
    try {
      await c.connect()
      const containers = await c.listContainers()
      return await fn(c, (n) => containers.find((x) => x.name === n)!)
    } finally {
      await c.close()
    }
  }
  let expiredLogs = 0

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pimap-mongo-enforce-'))
    await client.connect()
    db = client.db(DB)
    await db.dropDatabase()
    await db.collection('orders').insertMany(Array.from({ length: ORDERS }, (_, i) => order(i)))
    const logs = Array.from({ length: 60 }, (_, i) => ({
      _id: ObjectId.createFromTime(1_700_000_000 + i),
      client_ip: `36.112.${i % 200}.9`,
      phone: `136${pad(i)}`,
      created_at: new Date(Date.UTC(2026, 4, 1) - i * 5 * 86_400_000),
    }))
    await db.collection('access_logs').insertMany(logs)
    expiredLogs = logs.filter((l) => l.created_at < new Date('2025-12-01T00:00:00Z')).length
    // No timestamp field: the age is the ObjectId's creation time. 15 from 2024, 15 from May 2026.
    await db.collection('visits').insertMany(
      Array.from({ length: 30 }, (_, i) => ({
        _id: ObjectId.createFromTime(
          Math.floor(Date.UTC(i < 15 ? 2024 : 2026, i < 15 ? 2 : 4, 1 + (i % 15)) / 1000),
        ),
        visitor: NAMES[i % 5],
        phone: `135${pad(i)}`,
      })),
    )
  })
  afterAll(async () => {
    await db?.dropDatabase().catch(() => {})
    await client.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('plans without changing anything; counts pending-aware and by ObjectId time', async () => {
    const before = await Promise.all(['orders', 'access_logs', 'visits'].map((c) => checksum(c)))
    const { plan, scan } = await enforce({
      policy: policy(),
      apply: false,
      auditLogPath: join(dir, 'unused.jsonl'),
      now: NOW,
      connectors,
    })
    const orders = plan.items.find((i) => i.container === `${DB}.orders`)!
    expect(orders).toMatchObject({
      action: 'anonymize',
      expired: 60,
      keyField: '_id',
      clockField: 'completed_at',
    })
    expect(orders.refused).toBeUndefined()
    expect(Object.fromEntries(orderFields(plan).map((f) => [f.field, f.operator]))).toMatchObject({
      'consignee.phone': 'mask',
      'consignee.name': 'mask',
      'addresses[].phone': 'mask',
      email: 'mask',
    })
    expect(plan.items.find((i) => i.container === `${DB}.access_logs`)).toMatchObject({
      action: 'delete',
      expired: expiredLogs,
      keyField: '_id',
    })
    const visits = scan.retention.find((r) => r.container === `${DB}.visits`)!
    expect(visits).toMatchObject({ clockField: '_id', expired: 15, action: 'delete' })
    // Oldest: 2024-03-01, 823 days before NOW.
    expect(visits.oldestDays).toBe(Math.floor((NOW.getTime() - Date.UTC(2024, 2, 1)) / 86_400_000))
    expect(await Promise.all(['orders', 'access_logs', 'visits'].map((c) => checksum(c)))).toEqual(before)

    // Pending-aware counting on nested and array paths, straight from the connector.
    await withConnector(async (c, find) => {
      const cutoff = new Date('2023-06-01T00:00:00Z')
      const nested = orderFields(plan).filter((f) => f.field.includes('.'))
      expect(nested.length).toBeGreaterThanOrEqual(3)
      // Order 4 has no consignee and no addresses: nothing nested is due there.
      expect(
        (await c.countOlderThan(find('orders'), 'completed_at', cutoff, undefined, nested)).expired,
      ).toBe(59)
      const all = await c.countOlderThan(find('orders'), 'completed_at', cutoff)
      expect(all).toMatchObject({ expired: 60, oldest: new Date(Date.UTC(2021, 0, 1) + 3_600_000) })
      const byId = await c.countOlderThan(find('visits'), '_id', new Date('2025-06-01T00:00:00Z'))
      expect(byId).toEqual({ expired: 15, oldest: new Date(Date.UTC(2024, 2, 1)) })
      await expect(c.countOlderThan(find('visits'), 'phone', cutoff)).rejects.toThrow(/not dates/)
    })
  })

  it('applies in batches, leaves other documents alone, audits counts and touches nothing on a rerun', async () => {
    const audit = join(dir, 'audit-apply.jsonl')
    const untouched = await checksum('orders', { completed_at: { $gte: new Date('2023-06-01T00:00:00Z') } })
    const logsTotal = await db.collection('access_logs').countDocuments()
    const { report, plan } = await enforce({
      policy: policy(),
      apply: true,
      auditLogPath: audit,
      batchSize: 16,
      now: NOW,
      connectors,
    })
    // FerretDB takes at most 4 updates per command (mongodb-writer.ts): each read of 16 documents is written
    // in 4 batches there (15 in all), as one batch on MongoDB (4).
    const ferretdb = (await db.admin().command({ buildInfo: 1 })).ferretdbVersion !== undefined
    expect(report!.items.find((i) => i.container === `${DB}.orders`)).toMatchObject({
      status: 'done',
      processed: 60,
      batches: ferretdb ? 15 : 4,
    })
    expect(report!.items.find((i) => i.container === `${DB}.access_logs`)).toMatchObject({
      status: 'done',
      processed: expiredLogs,
    })
    expect(report!.items.find((i) => i.container === `${DB}.visits`)).toMatchObject({
      status: 'done',
      processed: 15,
    })

    const orders = db.collection('orders')
    const one = await orders.findOne({ _id: order(1)._id }, { promoteValues: false })
    expect(one).toMatchObject({
      order_no: 'SO100001',
      consignee: { name: '王*', phone: '138****0001' },
      addresses: [
        { phone: '139****0001', city: maskText(CITIES[1]!), label: 'home' },
        { phone: '137****0001', city: maskText(CITIES[2]!), label: 'work' },
      ],
      completed_at: order(1).completed_at,
    })
    expect(one!.email).toBe(maskText('user1@example.com'))
    expect(one!.amount).toEqual(new Int32(10)) // untouched values keep their BSON type
    expect(await orders.findOne({ _id: order(4)._id })).toMatchObject({
      addresses: [],
      email: maskText('user4@example.com'),
    })
    expect(await orders.findOne({ _id: order(3)._id })).toMatchObject({
      consignee: { phone: '13800000003' },
      email: 'user3@example.com',
    })
    expect(await checksum('orders', { completed_at: { $gte: new Date('2023-06-01T00:00:00Z') } })).toEqual(
      untouched,
    )
    expect(await orders.countDocuments({ email: /@example\.com$/ })).toBe(30)

    expect(await db.collection('access_logs').countDocuments()).toBe(logsTotal - expiredLogs)
    expect(
      await db.collection('access_logs').countDocuments({ created_at: { $lt: new Date('2025-12-01') } }),
    ).toBe(0)
    expect(await db.collection('visits').countDocuments()).toBe(15)
    expect(
      await db
        .collection('visits')
        .countDocuments({ _id: { $lt: ObjectId.createFromTime(Date.UTC(2025, 0, 1) / 1000) } }),
    ).toBe(0)

    const entries = readAuditLog(audit)
    const done = entries.filter((e) => e.event === 'batch-done' && e.container === `${DB}.orders`)
    expect(done.reduce((n, e) => n + (e.count ?? 0), 0)).toBe(60)
    expect(done[0]).toMatchObject({ keyFrom: order(1)._id.toHexString(), action: 'anonymize' })
    expect(done.every((e) => /^[0-9a-f]{24}$/.test(e.keyTo ?? ''))).toBe(true)
    const pending = entries.filter((e) => e.event === 'batch-pending')
    expect(pending.length).toBe(entries.filter((e) => e.event === 'batch-done').length)
    expect(
      entries
        .filter((e) => e.event === 'batch-done' && e.container === `${DB}.access_logs`)
        .reduce((n, e) => n + (e.count ?? 0), 0),
    ).toBe(expiredLogs)
    expect(JSON.stringify(entries)).not.toMatch(/13[5-9]000|@example|张伟/)

    // Anonymized documents no longer count as past retention, nested and array paths included.
    await withConnector(async (c, find) => {
      const fields = orderFields(plan)
      expect(
        (
          await c.countOlderThan(
            find('orders'),
            'completed_at',
            new Date('2023-06-01T00:00:00Z'),
            undefined,
            fields,
          )
        ).expired,
      ).toBe(0)
    })
    const after = await checksum('orders')
    const again = await enforce({
      policy: policy(),
      apply: true,
      auditLogPath: audit,
      batchSize: 16,
      now: NOW,
      connectors,
    })
    expect(
      again.scan.retention.find((r) => r.container === `${DB}.orders`)?.expired,
      JSON.stringify(again.scan.findings.filter((f) => f.container === `${DB}.orders`)),
    ).toBe(0)
    expect(again.plan.items.find((i) => i.container === `${DB}.orders`)).toBeUndefined()
    expect(
      again.scan.findings.filter((f) => f.checkId === 'retention-exceeded' && f.container === `${DB}.orders`),
    ).toEqual([])
    expect(again.report?.processed ?? 0).toBe(0)
    expect(await checksum('orders')).toEqual(after)
  })

  it('walks _ids of mixed types in BSON order and reconciles key ranges across types', async () => {
    const oids = [1, 2, 3].map((i) => ObjectId.createFromTime(1_650_000_000 + i))
    const ids: unknown[] = [3, 1, 2.5, 'b', 'a', ...oids, new Date('2020-01-01T00:00:00Z')]
    const mixed = db.collection<{ _id: unknown }>('mixed')
    await mixed.insertMany(
      ids.map((_id, i) => ({ _id, phone: `134${pad(i)}`, created_at: new Date('2020-01-01') })),
    )
    const task: RetentionTask = await withConnector(async (_c, find) => ({
      container: find('mixed'),
      action: 'anonymize',
      clockField: 'created_at',
      cutoff: new Date('2024-01-01T00:00:00Z'),
      keyField: '_id',
      fields: [{ field: 'phone', category: 'contact.phone', operator: 'mask' }],
    }))
    const connector = new MongodbConnector(url, { statementTimeoutMs: 30_000, maxConnections: 1 })
    await connector.connect()
    const writer = await connector.openWriter()
    try {
      expect(await writer.remaining(task, encodeKey(2.5), encodeKey('b'))).toBe(4) // 2.5, 3, 'a', 'b'
      expect(await writer.remaining(task, encodeKey(1), oids[1]!.toHexString())).toBe(7)
      expect(await writer.remaining(task)).toBe(ids.length)
      // A crash between the audit's pending entry and the write: nothing is written, all of it remains.
      let crashed: BatchResult | undefined
      await expect(
        writer.nextBatch(task, 3, undefined, (p) => {
          crashed = p
          throw new Error('killed')
        }),
      ).rejects.toThrow(/killed/)
      expect(crashed).toMatchObject({ processed: 3, keyFrom: '1', keyTo: '3' })
      expect(await writer.remaining(task, crashed!.keyFrom, crashed!.keyTo)).toBe(3)
      const batches: BatchResult[] = []
      let after: string | undefined
      for (;;) {
        const pendingCounts: number[] = []
        const r = await writer.nextBatch(task, 2, after, (p) => void pendingCounts.push(p.processed))
        if (r.processed > 0) expect(pendingCounts).toEqual([r.processed])
        batches.push(r)
        if (r.exhausted) break
        after = r.next
      }
      expect(batches.reduce((n, b) => n + b.processed, 0)).toBe(ids.length)
      expect(batches.map((b) => b.keyFrom)).toEqual([
        '1',
        '3',
        '"b"',
        oids[1]!.toHexString(),
        expect.stringMatching(/\$date/),
      ])
      expect(await writer.remaining(task)).toBe(0)
      // A batch that committed reconciles as committed: nothing left in its key range.
      for (const b of batches) expect(await writer.remaining(task, b.keyFrom, b.keyTo)).toBe(0)
      expect(await mixed.countDocuments({ phone: /\*/ })).toBe(ids.length)
      // A rerun reads everything again and changes nothing.
      const rerun = await writer.nextBatch(task, 100, undefined, () => {
        throw new Error('nothing to commit')
      })
      expect(rerun).toMatchObject({ processed: 0, exhausted: true })
    } finally {
      await writer.close()
      await connector.close()
      await mixed.drop()
    }
  })

  it('counts on the server exactly the documents the writer would still change', async () => {
    const values: unknown[] = [
      '13812345678',
      '138****5678',
      '张*',
      'a',
      '',
      'h1:abcdef',
      'hello',
      'x*y*z*w*v*u',
      '北京市朝阳区建国路1号',
      '北京市朝阳********',
      12345,
      new Date('2020-05-06T00:00:00Z'),
      true,
      null,
      undefined,
    ]
    const docs = values.flatMap((v, i) => [
      { _id: i * 4, v, created_at: new Date('2020-01-01') },
      {
        _id: i * 4 + 1,
        arr: [{ v: '138****5678' }, { v }, { other: 1 }],
        created_at: new Date('2020-01-01'),
      },
      { _id: i * 4 + 2, tags: ['h1:x', v], created_at: new Date('2020-01-01') },
      { _id: i * 4 + 3, arr: [{ v }], tags: [v], created_at: new Date('2020-01-01') },
    ])
    const coll = db.collection<{ _id: number }>('pending')
    await coll.insertMany(
      docs.map(
        (d) => Object.fromEntries(Object.entries(d).filter(([, x]) => x !== undefined)) as { _id: number },
      ),
    )
    const connector = new MongodbConnector(url, { statementTimeoutMs: 30_000, maxConnections: 1 })
    await connector.connect()
    const writer = await connector.openWriter()
    try {
      const container = (await connector.listContainers()).find((c) => c.name === 'pending')!
      const cutoff = new Date('2024-01-01T00:00:00Z')
      for (const operator of ['mask', 'hash', 'nullify', 'generalize'] as const) {
        for (const category of operator === 'generalize'
          ? ['contact.address', 'person.birthdate']
          : ['contact.phone']) {
          for (const field of ['v', 'arr[].v', 'tags']) {
            const fields = [{ field, category, operator }]
            const task: RetentionTask = {
              container,
              action: 'anonymize',
              clockField: 'created_at',
              cutoff,
              keyField: '_id',
              fields,
              hashKey: Buffer.alloc(16, 7),
            }
            const counted = (
              await connector.countOlderThan(container, 'created_at', cutoff, undefined, fields)
            ).expired
            const due = await writer.remaining(task)
            const what = `${operator} ${category} ${field}`
            // Generalize keeps numbers and dates typed: they count while held (a superset); address strings are
            // exact (compared with the operator above), other categories count every value held.
            if (operator === 'generalize') expect(counted, what).toBeGreaterThanOrEqual(due)
            else expect(counted, what).toBe(due)
          }
        }
      }
    } finally {
      await writer.close()
      await connector.close()
      await coll.drop()
    }
  })

  it(
    'survives SIGKILL mid-apply: the rerun processes every planned document exactly once',
    { timeout: 180_000 },
    async () => {
      const audit = join(dir, 'audit-crash.jsonl')
      const mappings = `  - { match: "shop:${DB}.big_orders", purposes: [orders], clocks: { transaction_completed: completed_at } }`
      await writeFile(join(dir, 'crash.yml'), policyText(url, mappings))
      const EXPIRED = 1500
      const recent = new Date(Date.now() - 86_400_000)
      await db.collection('big_orders').insertMany(
        Array.from({ length: EXPIRED + 200 }, (_, i) => ({
          _id: ObjectId.createFromTime(1_600_000_000 + i),
          consignee_phone: `139${pad(i)}`,
          contact: { phone: `139${pad(i)}` },
          completed_at: i < EXPIRED ? new Date('2021-01-01T00:00:00Z') : recent,
        })),
      )
      const outside = () => checksum('big_orders', { completed_at: recent })
      const untouched = await outside()
      // Small batches make the run long enough to be killed in the middle (150 batches).
      const childErr = await killMidApply({ config: join(dir, 'crash.yml'), audit, timeoutMs: 120_000 })
      const big = db.collection('big_orders')
      const midway = await big.countDocuments({ consignee_phone: /\*/ })
      expect(midway, `the child made no progress: ${childErr}`).toBeGreaterThan(0)
      expect(midway).toBeLessThan(EXPIRED)

      const { report } = await enforce({
        policy: parsePolicy(policyText(url, mappings), join(dir, 'crash.yml'), { findCategory }),
        apply: true,
        auditLogPath: audit,
        batchSize: 500,
        connectors,
      })
      expect(report!.items).toHaveLength(1)
      expect(report!.items[0]).toMatchObject({ container: `${DB}.big_orders`, status: 'done' })
      expect(
        await big.countDocuments({ completed_at: { $lt: recent }, consignee_phone: { $not: /^139\*{4}/ } }),
      ).toBe(0)
      expect(
        await big.countDocuments({ completed_at: { $lt: recent }, 'contact.phone': { $not: /^139\*{4}/ } }),
      ).toBe(0)
      expect(await outside()).toEqual(untouched)
      const entries = readAuditLog(audit)
      const counted =
        entries.filter((e) => e.event === 'batch-done').reduce((n, e) => n + (e.count ?? 0), 0) +
        entries
          .filter((e) => e.event === 'batch-recovered' && e.committed)
          .reduce((n, e) => n + (e.count ?? 0), 0)
      expect(counted).toBe(EXPIRED)
    },
  )
})
