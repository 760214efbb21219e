/**
 * BSON values as the strings rules see, with a type hint per value, and documents flattened into dotted paths
 * (`profile.mobile`, `addresses[].phone`) with the same path rules and limits as `flattenJson`.
 *
 * The connector asks the driver not to promote numbers (`promoteValues: false`), so Int32, Long, Double and
 * Decimal128 keep their BSON type; promoted values (numbers, bigints, Buffers, RegExps) convert too. BSON
 * classes are recognised by their `_bsontype` tag rather than `instanceof`, so this module never loads the
 * driver and documents from another copy of the `bson` package convert the same way.
 */
import type { TypeClass } from '../../src/connector/connector.js'
import { DEFAULT_FLATTEN_LIMITS, type FlattenLimits } from '../shared/flatten-json.js'

/** One scalar BSON value, converted. */
export interface PlainLeaf {
  /** Non-empty string form, at most `maxValueLength` characters. */
  readonly value: string
  /** BSON type alias as `$type` names it: `string`, `int`, `long`, `double`, `objectId`, `binData`, `date`… */
  readonly dataType: string
  readonly typeClass: TypeClass
}

/** Binary values are reduced to their first bytes, as PostgreSQL `bytea` columns are. */
export const BINARY_PREFIX_BYTES = 64

interface Tagged {
  readonly _bsontype: string
}

/** A BSON class instance (ObjectId, Long, Binary…), not a document that happens to have a `_bsontype` key. */
function bsonTag(value: object): string | undefined {
  if (Object.hasOwn(value, '_bsontype')) return undefined
  const tag = (value as Partial<Tagged>)._bsontype
  return typeof tag === 'string' ? tag : undefined
}

/** True for an embedded document: a plain object that is not a BSON value, Date, RegExp or byte array. */
export function isBsonDocument(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof RegExp) &&
    !ArrayBuffer.isView(value) &&
    bsonTag(value) === undefined
  )
}

const leaf = (value: string, dataType: string, typeClass: TypeClass, max: number): PlainLeaf | undefined =>
  value === '' ? undefined : { value: value.length > max ? value.slice(0, max) : value, dataType, typeClass }

const finiteNumber = (n: number, dataType: string, max: number): PlainLeaf | undefined =>
  Number.isFinite(n) ? leaf(String(n), dataType, Number.isInteger(n) ? 'integer' : 'decimal', max) : undefined

function hexPrefix(bytes: Uint8Array): string {
  const n = Math.min(bytes.length, BINARY_PREFIX_BYTES)
  return Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('hex')
}

function uuidString(bytes: Uint8Array): string {
  const h = Buffer.from(bytes.buffer, bytes.byteOffset, 16).toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

function binaryLeaf(bytes: Uint8Array, subType: number, max: number): PlainLeaf | undefined {
  if (bytes.length === 0) return undefined
  // Subtypes 3 (legacy) and 4 are UUIDs: shown the standard way so device-identifier rules can read them.
  if ((subType === 3 || subType === 4) && bytes.length === 16)
    return leaf(uuidString(bytes), 'binData', 'uuid', max)
  return leaf(`\\x${hexPrefix(bytes)}`, 'binData', 'binary', max)
}

function dateLeaf(date: Date, max: number): PlainLeaf | undefined {
  // BSON dates are int64 milliseconds; those outside JavaScript's range deserialize as invalid dates.
  return Number.isNaN(date.getTime()) ? undefined : leaf(date.toISOString(), 'date', 'timestamp', max)
}

/**
 * Converts one scalar BSON value. Returns undefined for values that carry nothing to classify (null,
 * undefined, booleans, MinKey/MaxKey, empty strings and binaries, NaN and infinities, invalid dates) and for
 * documents and arrays, which {@link flattenBson} walks instead.
 *
 * - ObjectId: 24 hex digits, type class `uuid` (an opaque generated key: only identifier rules look at it);
 *   its creation time is available through `objectIdTime`.
 * - Date: ISO 8601 (`2024-01-02T03:04:05.000Z`); Timestamp: its seconds as an ISO date.
 * - Int32, Long: `integer`; Double: `integer` when integral (how JavaScript applications store phone numbers
 *   and IDs above 2^31), else `decimal`; Decimal128: `decimal`.
 * - Binary: `\x` + hex of the first 64 bytes (the PostgreSQL `bytea` encoding, so JPEG/PNG magic numbers
 *   show); UUID subtypes as `8-4-4-4-12` hex.
 * - Regular expressions: `/pattern/flags` (`other`); JavaScript code and symbols: their text.
 * - DBRef: the referenced `$id`.
 */
export function bsonToPlain(
  value: unknown,
  maxValueLength: number = DEFAULT_FLATTEN_LIMITS.maxValueLength,
): PlainLeaf | undefined {
  const max = maxValueLength
  switch (typeof value) {
    case 'string':
      return leaf(value, 'string', 'text', max)
    case 'number':
      return finiteNumber(value, 'number', max)
    case 'bigint':
      return leaf(value.toString(), 'long', 'integer', max)
    case 'object':
      break
    default:
      return undefined
  }
  if (value === null || Array.isArray(value)) return undefined
  if (value instanceof Date) return dateLeaf(value, max)
  if (value instanceof RegExp) return leaf(String(value), 'regex', 'other', max)
  if (value instanceof Uint8Array) return binaryLeaf(value, 0, max)
  const tag = bsonTag(value)
  const v = value as Record<string, unknown> & { toString(): string }
  switch (tag) {
    case 'ObjectId':
    case 'ObjectID':
      return leaf(
        typeof v.toHexString === 'function' ? String(v.toHexString()) : v.toString(),
        'objectId',
        'uuid',
        max,
      )
    case 'Int32':
      return finiteNumber(Number(v.value), 'int', max)
    case 'Double':
      return finiteNumber(Number(v.value), 'double', max)
    case 'Long':
      return leaf(v.toString(), 'long', 'integer', max)
    case 'Decimal128': {
      const text = v.toString()
      return /^-?(NaN|Inf)/i.test(text) ? undefined : leaf(text, 'decimal', 'decimal', max)
    }
    case 'Binary': {
      const bytes = v.buffer
      if (!(bytes instanceof Uint8Array)) return undefined
      const length = typeof v.position === 'number' ? Math.min(v.position, bytes.length) : bytes.length
      return binaryLeaf(bytes.subarray(0, length), Number(v.sub_type ?? 0), max)
    }
    case 'Timestamp': {
      const seconds =
        typeof v.t === 'number'
          ? v.t
          : typeof v.getHighBitsUnsigned === 'function'
            ? Number(v.getHighBitsUnsigned())
            : Number.NaN
      return dateLeaf(new Date(seconds * 1000), max)
    }
    case 'BSONRegExp':
      return leaf(`/${String(v.pattern)}/${String(v.options ?? '')}`, 'regex', 'other', max)
    case 'Code':
      return typeof v.code === 'string' ? leaf(v.code, 'javascript', 'text', max) : undefined
    case 'BSONSymbol':
    case 'Symbol':
      return typeof v.value === 'string' ? leaf(v.value, 'symbol', 'text', max) : undefined
    case 'DBRef':
      return bsonToPlain(v.oid, max)
    default:
      // MinKey, MaxKey, BSONUndefined, unknown future types.
      return undefined
  }
}

/** Receives one converted leaf per scalar value. */
export type BsonSink = (path: string, leaf: PlainLeaf) => void

/**
 * Calls `sink` for every scalar leaf of a BSON document, with `flattenJson`'s paths (`a.b`, `addresses[].phone`;
 * arrays of scalars keep the path) and limits (depth, leaf count, value length). Returns false when a limit cut
 * the document short.
 */
export function flattenBson(
  doc: unknown,
  prefix: string,
  sink: BsonSink,
  limits: FlattenLimits = DEFAULT_FLATTEN_LIMITS,
): boolean {
  let paths = 0
  let complete = true
  const walk = (node: unknown, path: string, depth: number): void => {
    if (node === null || node === undefined) return
    if (depth > limits.maxDepth || paths >= limits.maxPaths) {
      complete = false
      return
    }
    if (Array.isArray(node)) {
      for (const item of node) walk(item, isBsonDocument(item) ? `${path}[]` : path, depth + 1)
      return
    }
    if (isBsonDocument(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key, depth + 1)
      return
    }
    const converted = bsonToPlain(node, limits.maxValueLength)
    if (converted) {
      paths++
      sink(path, converted)
    }
  }
  walk(doc, prefix, 0)
  return complete
}
