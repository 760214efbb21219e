/**
 * The contract every data-store connector implements (PostgreSQL, PGlite, MySQL, MongoDB, log files).
 * Connectors return plain data; they never classify. Optional capabilities are optional methods.
 */

/** Storage-independent class of a field's type, used by rules to accept or reject a field. */
export const TYPE_CLASSES = [
  'text',
  'integer',
  'decimal',
  'boolean',
  'date',
  'timestamp',
  'time',
  'binary',
  'json',
  'uuid',
  'network',
  'geometry',
  'array',
  'other',
] as const
export type TypeClass = (typeof TYPE_CLASSES)[number]

/** A column, document path or log key. */
export interface FieldMeta {
  /** Column name, dotted document path (`profile.phone`, `addresses[].phone`) or log key. */
  readonly name: string
  /** Engine type name as reported (`varchar`, `int8`, `jsonb`, `string`, `binData`). */
  readonly dataType: string
  /** Normalised type class. */
  readonly typeClass: TypeClass
  readonly nullable?: boolean
  /** Column comment (PostgreSQL pg_description, MySQL COLUMN_COMMENT); often Chinese and meaningful. */
  readonly comment?: string
}

/** A table, view, collection or log file. */
export interface ContainerRef {
  /** How the container appears in reports: `schema.table`, `db.collection` or a file path. */
  readonly id: string
  /** Schema or database name, where the store has one. */
  readonly namespace?: string
  /** Table, collection or file name. */
  readonly name: string
  readonly kind: 'table' | 'view' | 'collection' | 'file'
  /** Declared fields. Schemaless stores may return none and discover fields while sampling. */
  readonly fields: readonly FieldMeta[]
  /** Planner or metadata estimate of the number of records (-1 or undefined when unknown). */
  readonly estimatedRows?: number
  readonly comment?: string
  /** Primary-key or unique-key fields, where known (used by enforcement and linkage). */
  readonly primaryKey?: readonly string[]
}

/** How many records to read from one container. */
export interface SamplePlan {
  /** Records to read, or `all` for a full scan. */
  readonly limit: number | 'all'
  /** Records per yielded batch (memory stays flat whatever the limit). */
  readonly batchSize: number
  /** Longer values are truncated to this many characters before classification. */
  readonly maxValueLength: number
  /** Fields worth reading; connectors may skip others (undefined: all). */
  readonly fields?: ReadonlySet<string>
}

/**
 * A slice of sampled records in columnar form: only non-empty values, as strings. Binary values are encoded as
 * `\x` + hex of their first bytes, so rules can look at magic numbers without drivers' types.
 */
export interface SampleBatch {
  /** Records read in this batch (including records where every field was empty). */
  readonly records: number
  /** Non-empty values per field; new dotted paths may appear in any batch. */
  readonly values: ReadonlyMap<string, readonly string[]>
  /** Optional 1-based line numbers aligned with `values` (log files), for physical locations in reports. */
  readonly lines?: ReadonlyMap<string, readonly number[]>
  /** Type hints for fields discovered while sampling (document paths, log keys). */
  readonly discovered?: ReadonlyMap<string, Omit<FieldMeta, 'name'>>
}

/** The result of starting to sample a container. */
export interface Sampling {
  /** How records are chosen, for the coverage report (`tablesample-system`, `limit`, `full`, `$sample`). */
  readonly method: string
  readonly batches: AsyncIterable<SampleBatch>
}

/** Words for messages: "3 tables, 1,000 rows" vs "3 collections, 1,000 documents". */
export interface ConnectorNouns {
  readonly container: string
  readonly record: string
}

/** Records older than a cutoff in one container, as counted by the engine. */
export interface RecordAge {
  /** Records whose clock field is before the cutoff. */
  readonly expired: number
  /** The oldest clock value, when any record exists. */
  readonly oldest?: Date
}

/** One retention action on one container, as `pimap enforce --apply` runs it. */
export interface RetentionTask {
  readonly container: ContainerRef
  readonly action: 'delete' | 'anonymize'
  readonly clockField: string
  readonly cutoff: Date
  /** Primary-key field batches are ordered by; undefined: batch by physical row id (opt-in). */
  readonly keyField?: string
  readonly fields: readonly {
    readonly field: string
    readonly category: string
    readonly operator: 'mask' | 'hash' | 'generalize' | 'nullify'
  }[]
  /** HMAC key for the `hash` operator. */
  readonly hashKey?: Buffer
}

/** What one committed batch changed: a count and a key range, never values. */
export interface BatchResult {
  /** Records changed or deleted. */
  readonly processed: number
  readonly keyFrom?: string
  readonly keyTo?: string
  /** Key to continue after (the last key read, which may be past the last key changed). */
  readonly next?: string
  /** No expired records are left after this batch. */
  readonly exhausted: boolean
}

/** Writes for enforcement, on a separate read-write session; scans never get one. */
export interface RetentionWriter {
  /**
   * Processes the next batch of at most `limit` expired records after key `after`, in one transaction.
   * `beforeCommit` runs inside the transaction once the batch is known (the audit log's pending entry).
   */
  nextBatch(
    task: RetentionTask,
    limit: number,
    after: string | undefined,
    beforeCommit: (r: BatchResult) => Promise<void> | void,
  ): Promise<BatchResult>
  /** Records in a key range that still need processing (reconciles a batch interrupted by a crash). */
  remaining(task: RetentionTask, keyFrom?: string, keyTo?: string): Promise<number>
  close(): Promise<void>
}

/** A connected data store. One instance per source URL; not shared between scans. */
export interface Connector {
  /** `postgres`, `pglite`, `mysql`, `mongodb`, `file`. */
  readonly kind: string
  readonly nouns: ConnectorNouns
  /** Opens connections and checks access; throws ConnectionError with a one-line reason. */
  connect(signal?: AbortSignal): Promise<void>
  /** Lists containers with their declared fields. */
  listContainers(signal?: AbortSignal): Promise<ContainerRef[]>
  /** Reads records from one container, read-only and bounded by the plan. */
  sample(container: ContainerRef, plan: SamplePlan, signal?: AbortSignal): Promise<Sampling>
  /** Releases every connection; safe to call twice. */
  close(): Promise<void>
  /**
   * Optional capability: counts records whose `field` is older than `cutoff`, pushed down to the engine
   * (COUNT/MIN with a cutoff predicate, using an index where one exists), never by pulling rows.
   */
  countOlderThan?(
    container: ContainerRef,
    field: string,
    cutoff: Date,
    signal?: AbortSignal,
    /** Fields an anonymize action changes: count only records that still hold personal values in them. */
    pending?: RetentionTask['fields'],
  ): Promise<RecordAge>
  /** Optional capability: a read-write session for `pimap enforce --apply`. */
  openWriter?(): Promise<RetentionWriter>
  /**
   * Optional: records carry their own creation time (a log line's timestamp). Used as the `created` retention
   * clock of a container in which no timestamp field is declared or recognised.
   */
  readonly recordTime?: FieldMeta
  /** Optional capability: oldest and newest record times seen by the last sample (log files). */
  timeRange?(container: ContainerRef): { readonly oldest?: Date; readonly newest?: Date }
}

/** Creates a connector for a URL; the URL has already been matched to this factory's scheme. */
export type ConnectorFactory = (url: string, options: ConnectorOptions) => Connector | Promise<Connector>

/** Options common to all connectors. */
export interface ConnectorOptions {
  /** Per-statement timeout for database queries, in milliseconds. */
  readonly statementTimeoutMs: number
  /** Maximum connections (or concurrent files) for this source. */
  readonly maxConnections: number
  /** Schemas or databases to scan (undefined: all user schemas). */
  readonly schemas?: readonly string[]
  /** Include views as containers. */
  readonly includeViews?: boolean
}

/**
 * Connector kinds whose writers and age counters address dotted field paths (`profile.phone`) directly;
 * elsewhere a dotted path is a JSON column's inner path, which enforcement leaves alone.
 */
export const NESTED_PATH_KINDS: ReadonlySet<string> = new Set(['mongodb', 'file'])
