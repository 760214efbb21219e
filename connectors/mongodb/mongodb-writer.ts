/**
 * Enforcement on MongoDB, on its own MongoClient (primary reads, `w: 'majority'`). Batches go by `_id`
 * ascending: up to N expired documents after the last `_id`, then
 *
 * - delete: `deleteMany({ _id: { $in: ids } })` (still expired, checked again in the filter);
 * - anonymize: new values computed in JS with `applyOperator` for every leaf at every pending path (dotted
 *   paths, arrays of scalars, arrays of documents such as `addresses[].phone`), and one `updateOne` by `_id` per
 *   document that changes, in one ordered `bulkWrite`. A path through an array of documents is written as the
 *   whole array (`$set: { addresses: [...] }`), because FerretDB silently matches nothing when an update's
 *   filter or positional operator goes through an array of documents; the filter also carries the old value of
 *   every field it sets, so a document an application changed since it was read is left for the next run
 *   instead of losing that change. Operators are idempotent, so documents already done are skipped. On
 *   FerretDB a batch holds at most 4 updates (large `update` commands deadlock FerretDB v1 for every client,
 *   see below); the documents read beyond them serve the next batches without another read.
 *
 * `beforeCommit` (the audit log's pending entry) runs once the batch is known, before anything is written.
 *
 * Atomicity: where the server supports transactions (MongoDB replica sets and sharded clusters) each batch is
 * one transaction (`withTransaction`, snapshot reads). Whether it does is detected once, with a read-only
 * transaction; FerretDB v1 and standalone MongoDB have none (FerretDB: `commitTransaction` is
 * `CommandNotFound`, writes inside one are `FailedToParse … autocommit`), and batches then run without.
 * Without a transaction a batch is not atomic: the driver sends it as one `delete` or `update` command, which
 * the server finishes even when pimap is killed, but a server crash can leave part of a batch written. The
 * audit trail still reconciles: `remaining` recomputes, in JS, how many documents in the pending batch's key
 * range are still due; when none are, the pending entry is recorded as committed, otherwise the documents left
 * are processed (and counted) by the next batches. Documents written by a partially applied batch are then
 * changed but not counted.
 *
 * Keys in audit entries are `_id`s: 24 hex digits for ObjectIds, decimal for numbers, Extended JSON for other
 * types (`"abc"` for strings); `after` and key ranges parse them back. Collections whose `_id`s have different
 * types are walked in BSON order (numbers, strings, documents, binary, ObjectIds, …): a comparison only matches
 * `_id`s of its own type, so the filters add `$type` for the types that sort after.
 */
import {
  type AnyBulkWriteOperation,
  BSON,
  type ClientSession,
  type Collection,
  Decimal128,
  type Document,
  Double,
  type Filter,
  Int32,
  Long,
  MongoClient,
  ObjectId,
} from 'mongodb'
import type { BatchResult, RetentionTask, RetentionWriter } from '../../src/connector/connector.js'
import { ConnectionError, SamplingError } from '../../src/errors.js'
import { applyOperator } from '../../src/enforce/operators.js'
import { isBsonDocument } from './bson-to-plain.js'
import {
  errorCode,
  expiredFilter,
  type MongoQuirks,
  type PendingField,
  typeList,
  withTypeFallback,
} from './mongodb-record-age.js'

/** Filters are built untyped: `_id` may hold any BSON type, while the driver's types assume ObjectIds. */
const q = (filter: Document) => filter as Filter<Document>

/** Read options: keep every BSON type as stored, so values written back unchanged keep their types. */
const BSON_OPTIONS = {
  promoteValues: false,
  promoteLongs: false,
  promoteBuffers: false,
  bsonRegExp: true,
} as const

// ---------------------------------------------------------------------------------------------- keys

/** BSON comparison order of the types an `_id` can have, as `$type` aliases. */
const ID_BRACKETS: readonly (readonly string[])[] = [
  ['minKey'],
  ['null'],
  ['number'],
  ['string', 'symbol'],
  ['object'],
  ['binData'],
  ['objectId'],
  ['bool'],
  ['date'],
  ['timestamp'],
  ['regex'],
  ['javascript', 'javascriptWithScope', 'dbPointer'],
  ['maxKey'],
]

function tag(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const t = (value as { _bsontype?: unknown })._bsontype
  return typeof t === 'string' && !Object.hasOwn(value, '_bsontype') ? t : undefined
}

const NUMERIC_TAGS = new Set(['Int32', 'Double', 'Long', 'Decimal128'])

function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'bigint' || NUMERIC_TAGS.has(tag(value) ?? '')
}

function numberText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  const t = tag(value)
  if (t === 'Int32' || t === 'Double') return String((value as { value: number }).value)
  return String(value)
}

function bracket(value: unknown): number {
  if (value === null || value === undefined) return 1
  if (isNumeric(value)) return 2
  if (typeof value === 'string') return 3
  if (typeof value === 'boolean') return 7
  if (value instanceof Date) return 8
  if (value instanceof RegExp) return 10
  switch (tag(value)) {
    case 'MinKey':
      return 0
    case 'BSONSymbol':
      return 3
    case 'Binary':
      return 5
    case 'ObjectId':
      return 6
    case 'Timestamp':
      return 9
    case 'BSONRegExp':
      return 10
    case 'Code':
      return 11
    case 'MaxKey':
      return 12
    default:
      return 4
  }
}

/** An `_id` as it appears in audit entries. */
export function encodeKey(id: unknown): string {
  if (tag(id) === 'ObjectId') return (id as ObjectId).toHexString()
  if (isNumeric(id)) {
    const text = numberText(id)
    if (/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return text
  }
  return BSON.EJSON.stringify(id as BSON.Document, { relaxed: false })
}

/** The `_id` an audit key stands for (inverse of {@link encodeKey}). */
export function decodeKey(key: string): unknown {
  if (/^[0-9a-f]{24}$/i.test(key)) return new ObjectId(key)
  if (/^-?\d+$/.test(key)) {
    const n = Number(key)
    return Number.isSafeInteger(n) ? n : Long.fromString(key)
  }
  if (/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(key)) return Number(key)
  return BSON.EJSON.parse(key, { relaxed: false })
}

/** `_id` after `after` in BSON order, across types. */
function afterFilter(after: unknown, quirks: MongoQuirks): Document {
  const later = typeList(ID_BRACKETS.slice(bracket(after) + 1).flat(), quirks)
  return later.length > 0
    ? { $or: [{ _id: { $gt: after } }, { _id: { $type: later } }] }
    : { _id: { $gt: after } }
}

/** `_id` between two keys (inclusive) in BSON order, across types. */
function rangeFilter(from: unknown, to: unknown, quirks: MongoQuirks): Document {
  const [a, b] = [bracket(from), bracket(to)]
  if (a === b) return { _id: { $gte: from, $lte: to } }
  const between = typeList(ID_BRACKETS.slice(a + 1, b).flat(), quirks)
  return {
    $or: [
      { _id: { $gte: from } },
      ...(between.length > 0 ? [{ _id: { $type: between } }] : []),
      { _id: { $lte: to } },
    ],
  }
}

// ------------------------------------------------------------------------------------- operators on values

/**
 * One value after its operator. Text, numbers and dates go through `applyOperator` on their text (numbers as
 * decimals, dates as ISO 8601); `mask` and `hash` results are strings, `generalize` keeps numbers numbers and
 * dates dates when the result is one (`39.90`, `1990-01-01`). Other scalar types (booleans, binaries,
 * ObjectIds, timestamps, regular expressions, code) cannot be treated as text and are nullified by every
 * operator. Null and missing values stay as they are.
 */
export function anonymizeValue(f: PendingField, value: unknown, hashKey?: Buffer): unknown {
  if (value === null || value === undefined) return value
  if (f.operator === 'nullify') return null
  if (typeof value === 'string') return applyOperator(f.operator, value, f.category, hashKey)
  if (isNumeric(value)) {
    const out = applyOperator(f.operator, numberText(value), f.category, hashKey)!
    return f.operator === 'generalize' ? (sameNumericType(value, out) ?? out) : out
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const out = applyOperator(f.operator, value.toISOString(), f.category, hashKey)!
    if (f.operator === 'generalize' && /^\d{4}-\d{2}-\d{2}$/.test(out)) {
      const date = new Date(`${out}T00:00:00.000Z`)
      if (!Number.isNaN(date.getTime())) return date
    }
    return out
  }
  return null
}

function sameNumericType(original: unknown, text: string): unknown {
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return undefined
  const x = Number(text)
  if (!Number.isFinite(x)) return undefined
  const integral = /^-?\d+$/.test(text)
  if (typeof original === 'number') return x
  if (typeof original === 'bigint') return integral ? BigInt(text) : x
  switch (tag(original)) {
    case 'Int32':
      return integral && Math.abs(x) < 2 ** 31 ? new Int32(x) : new Double(x)
    case 'Long':
      return integral ? Long.fromString(text) : new Double(x)
    case 'Decimal128':
      return Decimal128.fromString(text)
    default:
      return new Double(x)
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || a === undefined || b === undefined) return false
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime()
  if (isNumeric(a) && isNumeric(b)) return tag(a) === tag(b) && numberText(a) === numberText(b)
  return false
}

// ------------------------------------------------------------------------------------------------ paths

interface Segment {
  readonly name: string
  /** `name[]`: an array whose documents the path continues into. */
  readonly array: boolean
}

/** `addresses[].phone` → segments; the same paths as flattenBson (connectors/mongodb/bson-to-plain.ts). */
function segments(path: string): Segment[] {
  return path
    .split('.')
    .map((s) => (s.endsWith('[]') ? { name: s.slice(0, -2), array: true } : { name: s, array: false }))
}

/**
 * The field that is `$set` for a path: the path itself, or up to its first array of documents (the whole
 * array is written).
 */
export function setRoot(path: string): string {
  const segs = segments(path)
  const i = segs.findIndex((s) => s.array)
  return (i === -1 ? segs : segs.slice(0, i + 1)).map((s) => s.name).join('.')
}

interface Rewritten {
  readonly value: unknown
  readonly changed: boolean
}

/** Applies `fn` to the scalars of a leaf (arrays of scalars element by element, nested arrays too). */
function rewriteLeaf(value: unknown, fn: (v: unknown) => unknown): Rewritten {
  if (Array.isArray(value)) {
    let changed = false
    const out = value.map((item) => {
      if (isBsonDocument(item)) return item
      const r = rewriteLeaf(item, fn)
      changed ||= r.changed
      return r.value
    })
    return changed ? { value: out, changed } : { value, changed: false }
  }
  if (isBsonDocument(value)) return { value, changed: false }
  const next = fn(value)
  return sameValue(value, next) ? { value, changed: false } : { value: next, changed: true }
}

/** Rewrites the documents inside an array (and arrays inside it), leaving scalars alone. */
function rewriteDocuments(value: unknown, fn: (doc: Record<string, unknown>) => Rewritten): Rewritten {
  if (!Array.isArray(value)) return { value, changed: false }
  let changed = false
  const out = value.map((item) => {
    const r = isBsonDocument(item) ? fn(item) : Array.isArray(item) ? rewriteDocuments(item, fn) : undefined
    if (!r) return item
    changed ||= r.changed
    return r.value
  })
  return changed ? { value: out, changed } : { value, changed: false }
}

/** Copy-on-write rewrite of every leaf at `segs` below `doc`. */
function rewrite(
  doc: Record<string, unknown>,
  segs: readonly Segment[],
  fn: (v: unknown) => unknown,
): Rewritten {
  const [seg, ...rest] = segs
  if (!seg || !Object.hasOwn(doc, seg.name)) return { value: doc, changed: false }
  const child = doc[seg.name]
  let r: Rewritten
  if (rest.length === 0) r = seg.array ? { value: child, changed: false } : rewriteLeaf(child, fn)
  else if (seg.array) r = rewriteDocuments(child, (d) => rewrite(d, rest, fn))
  else r = isBsonDocument(child) ? rewrite(child, rest, fn) : { value: child, changed: false }
  return r.changed
    ? { value: { ...doc, [seg.name]: r.value }, changed: true }
    : { value: doc, changed: false }
}

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  let node: unknown = doc
  for (const name of path.split('.')) {
    if (!isBsonDocument(node)) return undefined
    node = node[name]
  }
  return node
}

/** Removes paths that lie inside another path of the list (projection collisions, overlapping `$set`s). */
function outermost(paths: Iterable<string>): string[] {
  const list = [...new Set(paths)].sort()
  return list.filter((p) => !list.some((q) => q !== p && p.startsWith(`${q}.`)))
}

export interface DocumentChange {
  /** `$set` paths and their new values. */
  readonly set: Record<string, unknown>
  /** The same paths and their old values (the optimistic-concurrency filter). */
  readonly old: Record<string, unknown>
}

/** What anonymizing one document changes, or undefined when every pending value is already anonymized. */
export function documentChange(
  doc: Record<string, unknown>,
  fields: readonly PendingField[],
  hashKey?: Buffer,
): DocumentChange | undefined {
  let next = doc
  const roots: string[] = []
  for (const f of fields) {
    const r = rewrite(next, segments(f.field), (v) => anonymizeValue(f, v, hashKey))
    if (!r.changed) continue
    next = r.value as Record<string, unknown>
    roots.push(setRoot(f.field))
  }
  if (roots.length === 0) return undefined
  const set: Record<string, unknown> = {}
  const old: Record<string, unknown> = {}
  for (const root of outermost(roots)) {
    set[root] = valueAt(next, root)
    old[root] = valueAt(doc, root)
  }
  return { set, old }
}

// ----------------------------------------------------------------------------------------------- writer

function isTransactionUnsupported(error: unknown): boolean {
  const e = (error ?? {}) as { message?: unknown; name?: unknown }
  const message = typeof e.message === 'string' ? e.message : ''
  const code = errorCode(error)
  return (
    code === 20 || // IllegalOperation: transaction numbers are only allowed on a replica set member or mongos
    code === 59 || // CommandNotFound: commitTransaction (FerretDB v1)
    code === 115 || // CommandNotSupported
    code === 238 || // NotImplemented
    (code === 9 && /autocommit|startTransaction|txnNumber/.test(message)) || // FailedToParse (FerretDB v1)
    (e.name === 'MongoCompatibilityError' && /transaction/i.test(message)) ||
    /transactions? (?:are|is) not supported|transaction numbers are only allowed/i.test(message)
  )
}

export interface WriterOptions {
  readonly statementTimeoutMs: number
  /** One-line driver error without credentials. */
  readonly describe: (error: unknown) => string
}

/** Connects a separate read-write client for enforcement. */
export async function openMongodbWriter(url: string, options: WriterOptions): Promise<MongodbWriter> {
  let client: MongoClient | undefined
  try {
    client = new MongoClient(url, {
      maxPoolSize: 2,
      serverSelectionTimeoutMS: 10_000,
      connectTimeoutMS: 10_000,
      appName: 'pimap-enforce',
      // Writes go to the primary; reading there too sees every earlier batch.
      readPreference: 'primary',
      writeConcern: { w: 'majority' },
    })
    await client.connect()
    await client.db('admin').command({ ping: 1 })
  } catch (error) {
    await client?.close().catch(() => {})
    throw new ConnectionError(`cannot open a MongoDB session for enforcement: ${options.describe(error)}`)
  }
  return new MongodbWriter(client, options)
}

interface ReadAhead {
  readonly task: RetentionTask
  /** The key the next batch continues after. */
  readonly after: string
  readonly docs: readonly Document[]
  /** The read that filled `docs` was full: more expired documents may follow. */
  readonly more: boolean
}

/**
 * FerretDB v1 keeps one PostgreSQL connection per statement of an `update` command until the whole command ends
 * (each statement's query iterator is closed by a `defer` inside a loop), from a pool shared by every client (50
 * by default, 16 with `.ci/ferretdb.sh`): an `update` with as many statements as the pool has connections
 * deadlocks the server for good, and so do smaller ones running beside other clients' open cursors. Commands
 * therefore stay small.
 */
const FERRETDB_WRITES_PER_COMMAND = 4

interface Batch {
  readonly result: BatchResult
  readonly write?: () => Promise<number>
}

export class MongodbWriter implements RetentionWriter {
  readonly #client: MongoClient
  readonly #options: WriterOptions
  readonly #quirks: MongoQuirks = {}
  /** Whether batches run in transactions; undefined until detected. */
  #transactions: boolean | undefined
  /** A batch has committed in a transaction: from then on a transaction error is a real error. */
  #committedInTransaction = false
  /** Most `updateOne`s per `update` command: unlimited, except on FerretDB v1 (see below). */
  #writesPerCommand: number | undefined
  /** Documents read but not processed yet, when a batch was capped by {@link #writesPerCommand}. */
  #readAhead: ReadAhead | undefined

  constructor(client: MongoClient, options: WriterOptions) {
    this.#client = client
    this.#options = options
  }

  #collection(task: RetentionTask): Collection {
    const c = task.container
    return this.#client.db(c.namespace ?? 'test').collection(c.name)
  }

  #fail(task: RetentionTask, error: unknown): never {
    if (error instanceof SamplingError) throw error
    // Replies read with `promoteValues: false` carry their code as an Int32: describe it as a number.
    const e = (error ?? {}) as { name?: unknown; message?: unknown; codeName?: unknown }
    const plain =
      error instanceof Error
        ? { name: e.name, message: e.message, codeName: e.codeName, code: errorCode(error) }
        : error
    throw new SamplingError(`enforcement on ${task.container.id} failed: ${this.#options.describe(plain)}`)
  }

  /** One read-only transaction: commits where transactions exist, fails where they do not. */
  async #detectTransactions(collection: Collection): Promise<boolean> {
    const session = this.#client.startSession()
    try {
      await session.withTransaction(
        async () => {
          await collection.findOne({}, { session, projection: { _id: 1 } })
        },
        { readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' } },
      )
      return true
    } catch (error) {
      if (isTransactionUnsupported(error)) return false
      throw error
    } finally {
      await session.endSession().catch(() => {})
    }
  }

  async nextBatch(
    task: RetentionTask,
    limit: number,
    after: string | undefined,
    beforeCommit: (r: BatchResult) => Promise<void> | void,
  ): Promise<BatchResult> {
    const collection = this.#collection(task)
    const run = async (session?: ClientSession): Promise<BatchResult> => {
      const batch = await this.#prepare(collection, task, limit, after, session)
      if (!batch.write) return batch.result
      await beforeCommit(batch.result)
      const processed = await batch.write()
      return { ...batch.result, processed }
    }
    try {
      this.#transactions ??= await this.#detectTransactions(collection)
      this.#writesPerCommand ??= await this.#detectWriteLimit()
      if (!this.#transactions) return await run()
      const session = this.#client.startSession()
      try {
        let result: BatchResult | undefined
        await session.withTransaction(
          async () => {
            result = await run(session)
          },
          { readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' } },
        )
        this.#committedInTransaction = true
        return result!
      } catch (error) {
        // A server that accepted the read-only probe but refuses writes in a transaction: nothing was written.
        if (this.#committedInTransaction || !isTransactionUnsupported(error)) throw error
        this.#transactions = false
        return await run()
      } finally {
        await session.endSession().catch(() => {})
      }
    } catch (error) {
      this.#readAhead = undefined
      this.#fail(task, error)
    }
  }

  /** FerretDB announces itself in `buildInfo.ferretdbVersion`. */
  async #detectWriteLimit(): Promise<number> {
    const info = await this.#client.db('admin').command({ buildInfo: 1 })
    return info.ferretdbVersion === undefined ? Number.POSITIVE_INFINITY : FERRETDB_WRITES_PER_COMMAND
  }

  /**
   * Reads the next batch and returns what it would change, with the write to run after `beforeCommit`. Where a
   * command may carry fewer updates than the batch has documents (FerretDB), the batch stops after that many
   * changed documents and the documents read beyond it serve the next batches, so the collection is not read
   * (and, on FerretDB, sorted in full) again for each of them.
   */
  async #prepare(
    collection: Collection,
    task: RetentionTask,
    limit: number,
    after: string | undefined,
    session?: ClientSession,
  ): Promise<Batch> {
    const maxTimeMS = this.#options.statementTimeoutMs
    const expired = expiredFilter(task.clockField, task.cutoff)
    const roots = task.action === 'anonymize' ? outermost(task.fields.map((f) => setRoot(f.field))) : []
    const ahead = this.#readAhead
    this.#readAhead = undefined
    let docs: readonly Document[]
    let more: boolean
    if (ahead && !session && ahead.task === task && ahead.after === after) {
      ;({ docs, more } = ahead)
    } else {
      docs = await withTypeFallback(this.#quirks, () =>
        collection
          .find(
            q(
              after === undefined
                ? expired
                : { $and: [expired, afterFilter(decodeKey(after), this.#quirks)] },
            ),
            {
              ...BSON_OPTIONS,
              projection: Object.fromEntries([['_id', 1], ...roots.map((r) => [r, 1])]),
              sort: { _id: 1 },
              limit,
              maxTimeMS,
              ...(session ? { session } : {}),
            },
          )
          .toArray(),
      )
      more = docs.length >= limit
    }
    if (docs.length === 0) return { result: { processed: 0, exhausted: true } }
    const opts = { maxTimeMS, ...(session ? { session } : {}) }
    if (task.action === 'delete') {
      // One statement, whatever the number of ids.
      const ids = docs.map((d) => d._id as unknown)
      return {
        result: {
          processed: ids.length,
          keyFrom: encodeKey(ids[0]),
          keyTo: encodeKey(ids[ids.length - 1]),
          next: encodeKey(ids[ids.length - 1]),
          exhausted: !more,
        },
        write: async () =>
          (await collection.deleteMany(q({ $and: [{ _id: { $in: ids } }, expired] }), opts)).deletedCount,
      }
    }
    const cap = Math.min(limit, this.#writesPerCommand ?? Number.POSITIVE_INFINITY)
    const changes: { id: unknown; change: DocumentChange }[] = []
    let read = 0
    while (read < docs.length && changes.length < cap) {
      const doc = docs[read++]!
      const change = documentChange(doc, task.fields, task.hashKey)
      if (change) changes.push({ id: doc._id as unknown, change })
    }
    // Progress is by the documents read: documents an earlier run already anonymized are skipped.
    const next = encodeKey(docs[read - 1]!._id)
    if (read < docs.length) this.#readAhead = { task, after: next, docs: docs.slice(read), more }
    const exhausted = read === docs.length && !more
    if (changes.length === 0) return { result: { processed: 0, next, exhausted } }
    const ops: AnyBulkWriteOperation[] = changes.map(({ id, change }) => ({
      updateOne: {
        // `_id` at the top level: FerretDB pushes only top-level equality down to PostgreSQL.
        filter: q({
          _id: id,
          $and: [expired, ...Object.entries(change.old).map(([path, value]) => ({ [path]: { $eq: value } }))],
        }),
        update: { $set: change.set },
      },
    }))
    return {
      result: {
        processed: changes.length,
        keyFrom: encodeKey(changes[0]!.id),
        keyTo: encodeKey(changes[changes.length - 1]!.id),
        next,
        exhausted,
      },
      // One `update` command: the server finishes it even if pimap is killed while it runs.
      write: async () => (await collection.bulkWrite(ops, { ...opts, ordered: true })).modifiedCount,
    }
  }

  async remaining(task: RetentionTask, keyFrom?: string, keyTo?: string): Promise<number> {
    const collection = this.#collection(task)
    const maxTimeMS = this.#options.statementTimeoutMs
    try {
      return await withTypeFallback(this.#quirks, async () => {
        const expired = expiredFilter(task.clockField, task.cutoff)
        const filter = q(
          keyFrom !== undefined && keyTo !== undefined
            ? { $and: [expired, rangeFilter(decodeKey(keyFrom), decodeKey(keyTo), this.#quirks)] }
            : expired,
        )
        if (task.action === 'delete') return await collection.countDocuments(filter, { maxTimeMS })
        const roots = outermost(task.fields.map((f) => setRoot(f.field)))
        let left = 0
        const cursor = collection.find(filter, {
          ...BSON_OPTIONS,
          projection: Object.fromEntries([['_id', 1], ...roots.map((r) => [r, 1])]),
          maxTimeMS,
        })
        for await (const doc of cursor) if (documentChange(doc, task.fields, task.hashKey)) left++
        return left
      })
    } catch (error) {
      this.#fail(task, error)
    }
  }

  async close(): Promise<void> {
    await this.#client.close().catch(() => {})
  }
}
