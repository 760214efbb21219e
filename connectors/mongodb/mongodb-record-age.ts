/**
 * Retention counting for MongoDB: `countDocuments` with the cutoff as a filter (plus `maxTimeMS`), and the
 * oldest clock value from `find` sorted ascending with limit 1. With `_id` as the clock, the cutoff becomes
 * `ObjectId.createFromTime(seconds)`: a default ObjectId starts with its creation time, so `_id < that` selects
 * documents created before the cutoff (to the second, rounding towards fewer documents).
 *
 * With `pending` (fields an anonymize action changes) only documents where at least one leaf at a pending path
 * still holds a value its operator would change count. The filters are positive (`$regex`, `$type`) on
 * purpose: on a path through an array (`addresses[].phone` → `addresses.phone`) a positive condition means "some
 * element matches", which is exactly "some element is still due", while `$not` would mean "no element matches"
 * and miss partially anonymized arrays. They are exact for `nullify`, `hash` and `mask`, and for `generalize`
 * of address strings; for other `generalize` categories (their shapes need negations a positive regular
 * expression cannot say briefly) and for numbers and dates under `generalize` (which keep their type) they count
 * every document that still holds a value: a superset, never fewer documents than are due, but documents
 * already generalized keep counting as past retention. The
 * writer (mongodb-writer.ts) decides per value in JS with `applyOperator`; the two agree on every value the
 * filters judge exactly (tests compare them).
 *
 * FerretDB v1 answers `countDocuments` and any sorted `find` by reading the whole collection: correct, but slow
 * on large collections (MongoDB uses an index on the clock field when there is one). FerretDB also rejects
 * `$type` aliases of types it cannot store (`decimal`, `symbol`, `minKey`…); such filters are retried once with
 * the types it has, and the connector remembers that.
 */
import { type Collection, type Document, type Filter, ObjectId } from 'mongodb'
import type { RecordAge, RetentionTask } from '../../src/connector/connector.js'
import { SamplingError } from '../../src/errors.js'
import { maskKeep } from '../../src/enforce/operators.js'
import { objectIdTime } from './object-id-time.js'

export type PendingField = RetentionTask['fields'][number]

/** What a server turned out to lack, remembered per connector or writer. */
export interface MongoQuirks {
  /** The server rejects `$type` aliases of BSON types it cannot store (FerretDB v1). */
  basicTypeAliases?: boolean
}

/** `$type` aliases FerretDB v1 accepts (the types it can store). */
const BASIC_TYPES = new Set([
  'double',
  'string',
  'object',
  'array',
  'binData',
  'objectId',
  'bool',
  'date',
  'null',
  'regex',
  'int',
  'timestamp',
  'long',
  'number',
])

/**
 * Scalar types that are neither text, numbers nor dates: operators cannot treat them as text, so every
 * operator nullifies them (see the writer).
 */
export const OTHER_TYPES = [
  'binData',
  'objectId',
  'bool',
  'regex',
  'timestamp',
  'javascript',
  'javascriptWithScope',
  'symbol',
  'dbPointer',
  'minKey',
  'maxKey',
] as const

/** `names` as a `$type` list the server accepts. */
export function typeList(names: readonly string[], quirks: MongoQuirks): string[] {
  return quirks.basicTypeAliases ? names.filter((n) => BASIC_TYPES.has(n)) : [...names]
}

/**
 * A server error's code as a number. Errors of commands read with `promoteValues: false` carry their code as a
 * BSON Int32, so compare `errorCode(e)`, never `e.code`.
 */
export function errorCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code
  const n = typeof code === 'object' && code !== null ? Number(code.valueOf()) : Number(code)
  return code === undefined || Number.isNaN(n) ? undefined : n
}

function isUnknownTypeAlias(error: unknown): boolean {
  const e = (error ?? {}) as { message?: unknown }
  return (
    errorCode(error) === 2 &&
    typeof e.message === 'string' &&
    /unknown type name alias|invalid numerical type code/i.test(e.message)
  )
}

/**
 * Runs `fn` (which builds its filters with {@link typeList}); once more with basic aliases if rejected. Calls
 * may run concurrently on one `quirks`: whether to retry depends on the aliases this attempt was built with.
 */
export async function withTypeFallback<T>(quirks: MongoQuirks, fn: () => Promise<T>): Promise<T> {
  const basic = quirks.basicTypeAliases === true
  try {
    return await fn()
  } catch (error) {
    if (basic || !isUnknownTypeAlias(error)) throw error
    quirks.basicTypeAliases = true
    return fn()
  }
}

/** Documents whose clock field is before the cutoff; `_id` compares ObjectId creation times. */
export function expiredFilter(field: string, cutoff: Date): Filter<Document> {
  if (field === '_id') return { _id: { $lt: ObjectId.createFromTime(Math.floor(cutoff.getTime() / 1000)) } }
  return { [field]: { $lt: cutoff } }
}

/** A flattened path (`addresses[].phone`) as a MongoDB query path (`addresses.phone`). */
export function queryPath(path: string): string {
  return path.replaceAll('[]', '')
}

const ANY = '[\\s\\S]'
/** End of the string: `$` would also match before a final newline in PCRE (MongoDB). */
const END = '\\z'

/**
 * Strings `maskText` would change: some character inside the masked range is not `*`. One alternative per
 * length up to 11 and position in the masked range, then one for every longer string (maskKeep is constant
 * from 12 characters on). Characters are code points, as in `maskText` (PCRE in UTF mode, Go's regexp).
 */
export function maskPendingPattern(): string {
  const alternatives: string[] = []
  for (let n = 2; n <= 11; n++) {
    const [k, m] = maskKeep(n)
    for (let i = k; i < n - m; i++) alternatives.push(`${ANY}{${i}}[^*]${ANY}{${n - i - 1}}`)
  }
  const [k, m] = maskKeep(12)
  alternatives.push(`${ANY}{${k},}[^*]${ANY}{${m},}`)
  return `^(?:${alternatives.join('|')})${END}`
}

/** Strings `hashText` would change: not starting with `h1:` (HASH_PREFIX). */
export const HASH_PENDING_PATTERN = '^(?:$|[^h]|h$|h[^1]|h1$|h1[^:])'

/**
 * Strings `generalizeText` changes for `contact.address`: longer than 14 characters, or longer than 6 with
 * something other than `*` after the sixth. Dates (`2024-05-06…`) generalize to the year first; they match too,
 * so only a literal `YYYY-01-01` in an address field is counted without being due.
 */
export const ADDRESS_PENDING_PATTERN = `^(?:${ANY}{15}|${ANY}{6,}[^*])`

/** Non-null values that are not dates, and (for `_id`) not ObjectIds: a clock field must not hold them. */
const NOT_DATE = ['string', 'number', 'object', 'array', ...OTHER_TYPES]
const NOT_OBJECT_ID = [
  'null',
  'string',
  'number',
  'object',
  'date',
  ...OTHER_TYPES.filter((t) => t !== 'objectId'),
]

/** Types every operator changes (non-null values), for `nullify` and the superset of `generalize`. */
const ANY_VALUE = ['string', 'number', 'date', ...OTHER_TYPES]
/** Types that are never left alone by mask and hash (they become strings) or are nullified. */
const NON_TEXT = ['number', 'date', ...OTHER_TYPES]

/** Filter: some leaf at the field's path still holds a value its operator would change. */
export function fieldPendingFilter(f: PendingField, quirks: MongoQuirks): Filter<Document> {
  const path = queryPath(f.field)
  const regex =
    f.operator === 'mask'
      ? maskPendingPattern()
      : f.operator === 'hash'
        ? HASH_PENDING_PATTERN
        : f.operator === 'generalize' && f.category === 'contact.address'
          ? ADDRESS_PENDING_PATTERN
          : undefined
  // nullify, and generalize of other categories (category-specific shapes: counted while a value is held).
  if (regex === undefined) return { [path]: { $type: typeList(ANY_VALUE, quirks) } }
  return { $or: [{ [path]: { $regex: regex } }, { [path]: { $type: typeList(NON_TEXT, quirks) } }] }
}

/** Any pending field still due; undefined without fields (every expired document counts). */
export function pendingFilter(
  fields: readonly PendingField[] | undefined,
  quirks: MongoQuirks,
): Filter<Document> | undefined {
  if (!fields?.length) return undefined
  const parts = fields.map((f) => fieldPendingFilter(f, quirks))
  return parts.length === 1 ? parts[0] : { $or: parts }
}

export interface CountOptions {
  readonly maxTimeMS: number
  readonly quirks: MongoQuirks
  readonly signal?: AbortSignal
  /** One-line driver error without credentials. */
  readonly describe: (error: unknown) => string
}

/**
 * Counts expired documents (and, with `pending`, only those still due) and finds the oldest clock value.
 * Fails when the clock field holds something other than dates (or other than ObjectIds for `_id`): those
 * cannot be compared with the cutoff, and silently counting only the dates would under-report.
 */
export async function countOlderThan(
  collection: Collection,
  field: string,
  cutoff: Date,
  options: CountOptions,
  pending?: readonly PendingField[],
): Promise<RecordAge> {
  const { maxTimeMS, signal, quirks } = options
  const isId = field === '_id'
  try {
    return await withTypeFallback(quirks, async () => {
      const still = pendingFilter(pending, quirks)
      const expired = expiredFilter(field, cutoff)
      const filter = still ? { $and: [expired, still] } : expired
      const count = await collection.countDocuments(filter, { maxTimeMS, signal })
      // Positive `$type` (not `$not`), so MongoDB can answer from an index on the field.
      const odd = await collection.findOne(
        { [field]: { $type: typeList(isId ? NOT_OBJECT_ID : NOT_DATE, quirks) } },
        { projection: { [field]: 1 }, maxTimeMS, signal },
      )
      if (odd) {
        throw new SamplingError(
          isId
            ? '_id holds values that are not ObjectIds: their age is unknown'
            : `${field} holds values that are not dates: only BSON dates can be compared with the cutoff`,
        )
      }
      if (count === 0) return { expired: 0 }
      // FerretDB sorts by reading the whole collection; MongoDB walks an index on the field when there is one.
      const first = await collection.findOne(filter, {
        sort: { [field]: 1 },
        projection: { [field]: 1 },
        maxTimeMS,
        signal,
      })
      const value: unknown = first?.[field]
      const oldest = isId
        ? value instanceof ObjectId
          ? objectIdTime(value)
          : undefined
        : value instanceof Date
          ? value
          : undefined
      return { expired: count, ...(oldest ? { oldest } : {}) }
    })
  } catch (error) {
    if (error instanceof SamplingError) throw error
    throw new SamplingError(`cannot count expired records: ${options.describe(error)}`)
  }
}
