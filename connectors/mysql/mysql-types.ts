/**
 * MySQL / MariaDB column types mapped to {@link TypeClass}. Input is information_schema's `DATA_TYPE`
 * (`tinyint`) and `COLUMN_TYPE` (`tinyint(1) unsigned`), because only the full type tells a boolean
 * (`tinyint(1)`, `bit(1)`) from a small integer.
 */
import type { TypeClass } from '../../src/connector/connector.js'

const CLASSES: Record<string, TypeClass> = {
  char: 'text',
  varchar: 'text',
  tinytext: 'text',
  text: 'text',
  mediumtext: 'text',
  longtext: 'text',
  enum: 'text',
  set: 'text',
  tinyint: 'integer',
  smallint: 'integer',
  mediumint: 'integer',
  int: 'integer',
  integer: 'integer',
  bigint: 'integer',
  year: 'integer',
  bit: 'integer',
  decimal: 'decimal',
  numeric: 'decimal',
  fixed: 'decimal',
  float: 'decimal',
  double: 'decimal',
  real: 'decimal',
  'double precision': 'decimal',
  bool: 'boolean',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamp',
  timestamp: 'timestamp',
  time: 'time',
  binary: 'binary',
  varbinary: 'binary',
  tinyblob: 'binary',
  blob: 'binary',
  mediumblob: 'binary',
  longblob: 'binary',
  json: 'json',
  geometry: 'geometry',
  point: 'geometry',
  linestring: 'geometry',
  polygon: 'geometry',
  multipoint: 'geometry',
  multilinestring: 'geometry',
  multipolygon: 'geometry',
  geometrycollection: 'geometry',
  geomcollection: 'geometry',
  // MariaDB 10.7+ / 10.10+ native types.
  uuid: 'uuid',
  inet4: 'network',
  inet6: 'network',
}

/** Type class of a column; `columnType` is optional and only refines integers into booleans. */
export function mysqlTypeClass(dataType: string, columnType = ''): TypeClass {
  const type = dataType.toLowerCase()
  if (isBooleanColumn(type, columnType)) return 'boolean'
  return CLASSES[type] ?? 'other'
}

/** `tinyint(1)` and `bit(1)` are how MySQL spells booleans (`BOOLEAN` is an alias of `tinyint(1)`). */
export function isBooleanColumn(dataType: string, columnType: string): boolean {
  const full = columnType.toLowerCase().trim()
  return (dataType === 'tinyint' || dataType === 'bit') && /^(tinyint|bit)\(1\)/.test(full)
}

/** Readable type name for reports: `tinyint(1)` for booleans, `json` for MariaDB JSON, else `DATA_TYPE`. */
export function mysqlTypeName(dataType: string, columnType: string, isJson: boolean): string {
  const type = dataType.toLowerCase()
  if (isJson) return 'json'
  if (isBooleanColumn(type, columnType)) return columnType.toLowerCase().replace(/\s.*$/, '')
  return type
}
