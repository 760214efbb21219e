import type { TypeClass } from '../../src/connector/connector.js'

const CLASSES: Record<string, TypeClass> = {
  text: 'text',
  varchar: 'text',
  bpchar: 'text',
  char: 'text',
  name: 'text',
  citext: 'text',
  xml: 'text',
  int2: 'integer',
  int4: 'integer',
  int8: 'integer',
  oid: 'integer',
  numeric: 'decimal',
  float4: 'decimal',
  float8: 'decimal',
  money: 'decimal',
  bool: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
  timestamptz: 'timestamp',
  time: 'time',
  timetz: 'time',
  interval: 'time',
  bytea: 'binary',
  json: 'json',
  jsonb: 'json',
  hstore: 'json',
  uuid: 'uuid',
  inet: 'network',
  cidr: 'network',
  macaddr: 'network',
  macaddr8: 'network',
  point: 'geometry',
  geometry: 'geometry',
  geography: 'geometry',
  box: 'geometry',
  polygon: 'geometry',
  path: 'geometry',
  line: 'geometry',
  lseg: 'geometry',
  circle: 'geometry',
}

/**
 * Type class of a PostgreSQL type name (`pg_type.typname`). Arrays (`_text`) of text-like elements are read
 * element by element, so they take the element's class; arrays of numbers (feature vectors) stay one value.
 */
export function postgresTypeClass(typname: string): TypeClass {
  if (typname.startsWith('_')) {
    const element = CLASSES[typname.slice(1)] ?? 'other'
    return element === 'text' || element === 'network' || element === 'uuid' ? element : 'array'
  }
  return CLASSES[typname] ?? 'other'
}

/** Readable type name: `_text` -> `text[]`. */
export function postgresTypeName(typname: string): string {
  return typname.startsWith('_') ? `${typname.slice(1)}[]` : typname
}
