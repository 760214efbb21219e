import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitStatements } from '../../src/migration/split-statements.js'

const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/migrations/${path}`, import.meta.url), 'utf8')

/** First words of each statement with its start line. */
const heads = (sql: string, dialect: 'postgres' | 'mysql') =>
  splitStatements(sql, dialect).map((s) => [s.line, s.text.trim().split(/\s+/).slice(0, 3).join(' ')])

describe('splitStatements', () => {
  it('keeps dollar-quoted bodies, strings with semicolons and nested comments whole, with start lines', () => {
    expect(heads(fixture('postgres/flyway/V1__init.sql'), 'postgres')).toEqual([
      [3, 'CREATE TABLE members'],
      [11, 'COMMENT ON TABLE'],
      [13, 'CREATE TABLE products'],
      [21, 'CREATE OR REPLACE'],
      [29, 'CREATE TRIGGER members_touch'],
      [32, 'INSERT INTO products'],
    ])
    const fn = splitStatements(fixture('postgres/flyway/V1__init.sql'), 'postgres')[3]!
    expect(fn.text).toContain("RAISE NOTICE 'members touched; id=%'")
    expect(fn.text.trimEnd().endsWith('LANGUAGE plpgsql')).toBe(true)
    expect([fn.line, fn.endLine]).toEqual([21, 27])
  })

  it('blanks comments but keeps their newlines, so lines inside a statement stay true', () => {
    const [create] = splitStatements(fixture('postgres/flyway/V1__init.sql'), 'postgres')
    expect(create!.text).not.toContain('login name')
    expect(create!.text.split('\n')).toHaveLength(7)
  })

  it.each([
    ['strings', "SELECT 'a;b'; SELECT 'it''s;x'", ["SELECT 'a;b'", "SELECT 'it''s;x'"]],
    ['escape strings', "SELECT E'a\\';b'; SELECT 1", ["SELECT E'a\\';b'", 'SELECT 1']],
    [
      'quoted identifiers',
      'CREATE TABLE "a;b" (x int); SELECT 1',
      ['CREATE TABLE "a;b" (x int)', 'SELECT 1'],
    ],
    [
      'tagged dollar quotes',
      'DO $x$ BEGIN PERFORM 1; END $x$; SELECT 2',
      ['DO $x$ BEGIN PERFORM 1; END $x$', 'SELECT 2'],
    ],
    [
      'parameters are not dollar quotes',
      'PREPARE p AS SELECT $1; SELECT 2',
      ['PREPARE p AS SELECT $1', 'SELECT 2'],
    ],
    ['$ inside identifiers', 'SELECT a$b$ FROM t; SELECT 2', ['SELECT a$b$ FROM t', 'SELECT 2']],
    [
      'parentheses',
      'CREATE RULE r AS ON INSERT TO t DO INSTEAD (SELECT 1; SELECT 2); SELECT 3',
      ['CREATE RULE r AS ON INSERT TO t DO INSTEAD (SELECT 1; SELECT 2)', 'SELECT 3'],
    ],
    [
      'BEGIN ATOMIC bodies',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END; SELECT 3',
      ['CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END', 'SELECT 3'],
    ],
    ['transactions are not blocks', 'BEGIN; SELECT 1; COMMIT', ['BEGIN', 'SELECT 1', 'COMMIT']],
    ['psql meta-commands', '\\connect shop\nSELECT 1;', ['SELECT 1']],
  ])('PostgreSQL: %s', (_name, sql, expected) => {
    expect(splitStatements(sql, 'postgres').map((s) => s.text.trim())).toEqual(expected)
  })

  it.each([
    [
      'backslash escapes and double-quoted strings',
      "SELECT 'a\\';b'; SELECT \"c;d\"",
      ["SELECT 'a\\';b'", 'SELECT "c;d"'],
    ],
    ['# comments', 'SELECT 1; # note; more\nSELECT 2', ['SELECT 1', 'SELECT 2']],
    ['-- needs a space in MySQL', 'SELECT 1--1; SELECT 2', ['SELECT 1--1', 'SELECT 2']],
    ['backticks', 'CREATE TABLE `a;b` (x int); SELECT 1', ['CREATE TABLE `a;b` (x int)', 'SELECT 1']],
    ['executable comments are code', '/*!40101 SET NAMES utf8 */; SELECT 1', ['SET NAMES utf8', 'SELECT 1']],
    [
      'routine bodies without DELIMITER',
      'CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; SELECT 2; END; SELECT 3',
      ['CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; SELECT 2; END', 'SELECT 3'],
    ],
  ])('MySQL: %s', (_name, sql, expected) => {
    expect(splitStatements(sql, 'mysql').map((s) => s.text.trim())).toEqual(expected)
  })

  it('follows DELIMITER like the mysql client', () => {
    const statements = splitStatements(fixture('mysql/plain/10_harmless.sql'), 'mysql')
    expect(statements.map((s) => [s.line, s.text.trim().split(/\s+/).slice(0, 3).join(' ')])).toEqual([
      [2, 'ALTER TABLE orders'],
      [3, 'ALTER TABLE orders'],
      [6, 'CREATE PROCEDURE archive_orders(IN'],
      [13, 'INSERT INTO orders'],
    ])
    expect(statements[2]!.text).toContain("SELECT 'done; ok';\nEND")
  })

  it('returns an unterminated last statement and skips empty ones', () => {
    expect(splitStatements(';;\n -- only a comment\n;\nSELECT 1', 'postgres')).toEqual([
      { text: 'SELECT 1', line: 4, endLine: 4, offset: 24 },
    ])
    expect(splitStatements("SELECT 'unterminated; string", 'postgres')).toHaveLength(1)
  })

  it('ignores a byte-order mark', () => {
    expect(splitStatements('\uFEFFSELECT 1;\nSELECT 2;', 'postgres').map((s) => [s.line, s.text])).toEqual([
      [1, 'SELECT 1'],
      [2, 'SELECT 2'],
    ])
  })
})
