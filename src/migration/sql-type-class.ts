/**
 * Type class of a type as migrations spell it (`character varying(20)`, `int unsigned`, `timestamptz`,
 * `tinyint(1)`, `text[]`), matching what the connectors report for the same column so that `check-migration`
 * and `scan` reach the same verdicts.
 */
import type { TypeClass } from '../connector/connector.js'

const CLASSES: Readonly<Record<string, TypeClass>> = {
  text: 'text',
  varchar: 'text',
  'character varying': 'text',
  char: 'text',
  character: 'text',
  bpchar: 'text',
  nchar: 'text',
  nvarchar: 'text',
  'national character': 'text',
  'national character varying': 'text',
  'national char': 'text',
  'national varchar': 'text',
  varchar2: 'text',
  citext: 'text',
  name: 'text',
  xml: 'text',
  tinytext: 'text',
  mediumtext: 'text',
  longtext: 'text',
  enum: 'text',
  set: 'text',
  string: 'text',
  smallint: 'integer',
  int: 'integer',
  integer: 'integer',
  bigint: 'integer',
  tinyint: 'integer',
  mediumint: 'integer',
  int2: 'integer',
  int4: 'integer',
  int8: 'integer',
  serial: 'integer',
  serial2: 'integer',
  serial4: 'integer',
  serial8: 'integer',
  smallserial: 'integer',
  bigserial: 'integer',
  oid: 'integer',
  year: 'integer',
  numeric: 'decimal',
  decimal: 'decimal',
  dec: 'decimal',
  fixed: 'decimal',
  real: 'decimal',
  float: 'decimal',
  float4: 'decimal',
  float8: 'decimal',
  double: 'decimal',
  'double precision': 'decimal',
  money: 'decimal',
  boolean: 'boolean',
  bool: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
  timestamptz: 'timestamp',
  'timestamp with time zone': 'timestamp',
  'timestamp without time zone': 'timestamp',
  datetime: 'timestamp',
  time: 'time',
  timetz: 'time',
  'time with time zone': 'time',
  'time without time zone': 'time',
  interval: 'time',
  bytea: 'binary',
  blob: 'binary',
  tinyblob: 'binary',
  mediumblob: 'binary',
  longblob: 'binary',
  binary: 'binary',
  varbinary: 'binary',
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
  polygon: 'geometry',
  box: 'geometry',
  line: 'geometry',
  lseg: 'geometry',
  path: 'geometry',
  circle: 'geometry',
  linestring: 'geometry',
  multipoint: 'geometry',
  multilinestring: 'geometry',
  multipolygon: 'geometry',
  geometrycollection: 'geometry',
}

/** Words that qualify a base type without changing its class. */
const MODIFIERS = new Set(['unsigned', 'signed', 'zerofill', 'binary', 'ascii', 'unicode', 'byte'])

export function sqlTypeClass(dataType: string): TypeClass {
  const t = dataType.toLowerCase().trim()
  // Arrays of text-like elements are read element by element (as the PostgreSQL connector does).
  if (t.endsWith(']')) {
    const element = sqlTypeClass(t.replace(/(?:\[\d*\])+$/, ''))
    return element === 'text' || element === 'network' || element === 'uuid' ? element : 'array'
  }
  if (t.startsWith('_')) return sqlTypeClass(`${t.slice(1)}[]`)
  const words = t
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  // `int unsigned`, `char(2) binary`: modifiers after the base type (but `binary(16)` is a type).
  const base = words.filter((w, i) => i === 0 || !MODIFIERS.has(w)).join(' ')
  const unqualified = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : base
  return CLASSES[unqualified] ?? CLASSES[unqualified.split(' ')[0]!] ?? 'other'
}
