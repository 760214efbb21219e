/**
 * MongoDB connector (official driver). Collections are schemaless, so containers declare no fields: every
 * sampled document is flattened into dotted paths (`profile.mobile`, `addresses[].phone`) with BSON type hints.
 *
 * Sampling: `$sample` (random documents, what MongoDB is built for) when a collection holds more documents than
 * requested; `find().limit(n)` when it does not, or when the server rejects `$sample` (FerretDB v1, some
 * MongoDB-compatible services); a cursor over the whole collection for `limit: 'all'`. Every command carries
 * `maxTimeMS`, reads prefer secondaries unless the URL says otherwise, and only read commands are sent (`ping`,
 * `listDatabases`, `listCollections`, `count`, `find`, `aggregate` with `$sample`).
 *
 * Memory stays flat: documents are flattened one at a time into bounded batches, and the driver buffers at
 * most one server reply (≤ 16 MiB). Huge documents cannot be cut on the server without knowing their fields
 * (a projection needs paths, and MongoDB 5+ allows dots in field names, so paths do not even name fields
 * unambiguously), so whole documents are read, their strings truncated while flattening and their nesting
 * bounded by the flattening limits. Planned `fields` are applied while flattening.
 */
import { MongoClient, type AbstractCursor, type Document, type MongoClientOptions } from 'mongodb'
import pLimit from 'p-limit'
import type {
  Connector,
  ConnectorOptions,
  ContainerRef,
  RecordAge,
  RetentionTask,
  RetentionWriter,
  SampleBatch,
  SamplePlan,
  Sampling,
} from '../../src/connector/connector.js'
import { ConnectionError, SamplingError } from '../../src/errors.js'
import { DocumentBatch } from './document-batch.js'
import { describeMongoError } from './mongodb-errors.js'
import { countOlderThan, type MongoQuirks } from './mongodb-record-age.js'
import { parseMongoUrl, type MongoUrlParts } from './mongodb-url.js'

/** Databases MongoDB uses for itself. */
const SYSTEM_DATABASES = new Set(['admin', 'local', 'config'])

/** Read options: keep BSON number types (for type hints) and do not build Buffers or RegExps. */
const BSON_OPTIONS = {
  promoteValues: false,
  promoteLongs: false,
  promoteBuffers: false,
  bsonRegExp: true,
} as const

/** `$sample` rejected as unsupported (as opposed to failing for a reason `find` would share). */
export function isSampleUnsupported(error: unknown): boolean {
  const e = (error ?? {}) as { code?: unknown; codeName?: unknown; message?: unknown }
  const message = typeof e.message === 'string' ? e.message : ''
  return (
    e.code === 115 || // CommandNotSupported
    e.code === 238 || // NotImplemented (FerretDB: `aggregate` stage "$sample" is not implemented yet)
    e.code === 40324 || // Unrecognized pipeline stage name
    e.code === 292 || // QueryExceededMemoryLimitNoDiskUseAllowed: the random sort of a small collection
    e.codeName === 'CommandNotSupported' ||
    e.codeName === 'NotImplemented' ||
    /\$sample/.test(message) ||
    /unrecognized pipeline stage|not (yet )?(implemented|supported)/i.test(message)
  )
}

/** A collection or view as listed; `name` is the collection name inside `namespace` (the database). */
export interface MongodbContainer extends ContainerRef {
  readonly namespace: string
}

export class MongodbConnector implements Connector {
  readonly kind = 'mongodb'
  readonly nouns = { container: 'collection', record: 'document' }
  readonly #options: ConnectorOptions
  readonly #rawUrl: string
  readonly #url: MongoUrlParts
  /** What the server turned out to lack (FerretDB: `$type` aliases of types it cannot store). */
  readonly #quirks: MongoQuirks = {}
  readonly #client: MongoClient | undefined
  readonly #initError: unknown
  #closed = false
  /** Set after the server rejected `$sample` once, so later collections go straight to `find`. */
  #sampleUnsupported = false

  constructor(url: string, options: ConnectorOptions) {
    this.#options = options
    this.#rawUrl = url
    this.#url = parseMongoUrl(url)
    const clientOptions: MongoClientOptions = {
      maxPoolSize: Math.max(1, options.maxConnections),
      serverSelectionTimeoutMS: 10_000,
      connectTimeoutMS: 10_000,
      appName: 'pimap',
      // Constructor options override the URL's, so only choose the read preference when the URL does not.
      ...(this.#url.hasReadPreference ? {} : { readPreference: 'secondaryPreferred' as const }),
    }
    let client: MongoClient | undefined
    let initError: unknown
    try {
      client = new MongoClient(url, clientOptions)
    } catch (error) {
      // Invalid URL or option: reported by connect() as a failed source, like an unreachable server.
      initError = error
    }
    this.#client = client
    this.#initError = initError
  }

  /**
   * Errors are rethrown as one-line messages without `cause`: driver messages can quote the URL with its
   * password, and the CLI prints causes verbatim.
   */
  #describe(error: unknown): string {
    return describeMongoError(error, this.#url.secrets)
  }

  #requireClient(): MongoClient {
    if (this.#client && !this.#closed) return this.#client
    throw new ConnectionError(
      this.#client ? 'connector is closed' : this.#describe(this.#initError ?? 'no MongoDB client'),
    )
  }

  async connect(signal?: AbortSignal): Promise<void> {
    const client = this.#requireClient()
    try {
      await client.connect()
      await client.db('admin').command({ ping: 1 }, { signal })
    } catch (error) {
      throw new ConnectionError(this.#describe(error))
    }
  }

  async listContainers(signal?: AbortSignal): Promise<ContainerRef[]> {
    const client = this.#requireClient()
    let databases: string[]
    try {
      databases = await this.#databases(client)
    } catch (error) {
      throw new ConnectionError(`cannot list databases: ${this.#describe(error)}`)
    }
    const limit = pLimit(Math.max(1, this.#options.maxConnections))
    const containers: MongodbContainer[] = []
    for (const database of databases) {
      if (signal?.aborted) throw new ConnectionError('scan aborted')
      const db = client.db(database)
      let listed: { name: string; type?: string }[]
      try {
        listed = await db
          .listCollections({}, { nameOnly: true, authorizedCollections: true, signal })
          .toArray()
      } catch (error) {
        throw new ConnectionError(`cannot list collections of ${database}: ${this.#describe(error)}`)
      }
      const wanted = listed
        .filter((c) => !c.name.startsWith('system.'))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      containers.push(
        ...(await Promise.all(
          wanted.map((c) =>
            limit(async (): Promise<MongodbContainer> => {
              // nameOnly listings carry the type on MongoDB; FerretDB v1 omits it (it has no views).
              const isView = c.type === 'view'
              const base = {
                id: `${database}.${c.name}`,
                namespace: database,
                name: c.name,
                kind: isView ? ('view' as const) : ('collection' as const),
                fields: [],
                // Every document of a collection has a unique `_id` (enforcement batches by it).
                ...(isView ? {} : { primaryKey: ['_id'] }),
              }
              // Counting a view runs its pipeline; collections answer from metadata.
              if (isView) return base
              const estimatedRows = await db
                .collection(c.name)
                .estimatedDocumentCount({ maxTimeMS: this.#options.statementTimeoutMs })
                .catch(() => -1)
              return { ...base, estimatedRows }
            }),
          ),
        )),
      )
    }
    return containers
  }

  /** The URL's database, or every database the user may see except MongoDB's own; `schemas` restricts. */
  async #databases(client: MongoClient): Promise<string[]> {
    const only =
      this.#options.schemas && this.#options.schemas.length > 0 ? new Set(this.#options.schemas) : undefined
    if (this.#url.database) return !only || only.has(this.#url.database) ? [this.#url.database] : []
    const { databases } = await client
      .db('admin')
      .admin()
      .listDatabases({ nameOnly: true, authorizedDatabases: true })
    return databases
      .map((d) => d.name)
      .filter((name) => !SYSTEM_DATABASES.has(name) && (!only || only.has(name)))
      .sort()
  }

  async sample(container: ContainerRef, plan: SamplePlan, signal?: AbortSignal): Promise<Sampling> {
    const client = this.#requireClient()
    const collection = client
      .db(container.namespace ?? this.#url.database ?? 'test')
      .collection(container.name)
    const common = {
      ...BSON_OPTIONS,
      batchSize: Math.max(1, plan.batchSize),
      maxTimeMS: this.#options.statementTimeoutMs,
      signal,
    }
    const limit = plan.limit
    let method: string
    let cursor: AbstractCursor<Document>
    if (limit === 'all') {
      method = 'full'
      cursor = collection.find({}, common)
    } else if (!this.#sampleUnsupported && (container.estimatedRows ?? -1) > limit) {
      const aggregate = collection.aggregate([{ $sample: { size: limit } }], common)
      try {
        // Runs the aggregate command now, so a server without `$sample` is known before reading starts.
        await aggregate.hasNext()
        method = '$sample'
        cursor = aggregate
      } catch (error) {
        await aggregate.close().catch(() => {})
        if (!isSampleUnsupported(error)) throw new SamplingError(this.#describe(error))
        this.#sampleUnsupported = true
        method = 'find-limit'
        cursor = collection.find({}, { ...common, limit })
      }
    } else {
      method = this.#sampleUnsupported && (container.estimatedRows ?? -1) > limit ? 'find-limit' : 'limit'
      cursor = collection.find({}, { ...common, limit })
    }
    return { method, batches: this.#read(cursor, plan, signal) }
  }

  async *#read(
    cursor: AbstractCursor<Document>,
    plan: SamplePlan,
    signal?: AbortSignal,
  ): AsyncGenerator<SampleBatch> {
    const batch = new DocumentBatch(plan.maxValueLength, plan.fields)
    let read = 0
    try {
      for await (const doc of cursor) {
        batch.add(doc)
        read++
        if (batch.records >= plan.batchSize) yield batch.take()
        // `$sample` can return a document twice and its size is a request, not a promise: cap it here too.
        if (plan.limit !== 'all' && read >= plan.limit) break
      }
      if (signal?.aborted) throw new SamplingError('scan aborted')
      if (batch.records > 0) yield batch.take()
    } catch (error) {
      if (error instanceof SamplingError) throw error
      throw new SamplingError(signal?.aborted ? 'scan aborted' : this.#describe(error))
    } finally {
      // Also reached when the consumer stops early: kill the server-side cursor.
      await cursor.close().catch(() => {})
    }
  }

  /** Expired documents, counted on the server (mongodb-record-age.ts). */
  async countOlderThan(
    container: ContainerRef,
    field: string,
    cutoff: Date,
    signal?: AbortSignal,
    pending?: RetentionTask['fields'],
  ): Promise<RecordAge> {
    const collection = this.#requireClient()
      .db(container.namespace ?? this.#url.database ?? 'test')
      .collection(container.name)
    const options = {
      maxTimeMS: this.#options.statementTimeoutMs,
      quirks: this.#quirks,
      describe: (error: unknown) => this.#describe(error),
      ...(signal ? { signal } : {}),
    }
    return countOlderThan(collection, field, cutoff, options, pending)
  }

  /** A read-write session on its own client, for `pimap enforce --apply` (mongodb-writer.ts). */
  async openWriter(): Promise<RetentionWriter> {
    this.#requireClient()
    const { openMongodbWriter } = await import('./mongodb-writer.js')
    return openMongodbWriter(this.#rawUrl, {
      statementTimeoutMs: this.#options.statementTimeoutMs,
      describe: (error) => this.#describe(error),
    })
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#client?.close().catch(() => {})
  }
}
