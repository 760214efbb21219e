import { describe, expect, it } from 'vitest'
import { type AstParser, parseStatement } from '../../src/migration/parse-statement.js'
import type { SchemaChange } from '../../src/migration/schema-change.js'
import type { SqlDialect } from '../../src/migration/sql-lexer.js'
import { sqlTypeClass } from '../../src/migration/sql-type-class.js'

const members = { name: 'members' }
const users = { name: 'users' }

/** Statements both parsers must read the same way. */
const cases: [SqlDialect, string, SchemaChange[]][] = [
  [
    'postgres',
    'CREATE TABLE public.members (id bigserial PRIMARY KEY, "idCardNo" varchar(18) NOT NULL, Phone text, CONSTRAINT u UNIQUE (phone))',
    [
      {
        kind: 'create-table',
        table: { schema: 'public', name: 'members' },
        columns: [
          { name: 'id', dataType: 'bigserial' },
          { name: 'idCardNo', dataType: 'varchar(18)' },
          { name: 'phone', dataType: 'text' },
        ],
      },
    ],
  ],
  [
    'postgres',
    'ALTER TABLE members ADD COLUMN mobile varchar(20), ADD COLUMN IF NOT EXISTS email text',
    [
      { kind: 'add-column', table: members, column: { name: 'mobile', dataType: 'varchar(20)' } },
      { kind: 'add-column', table: members, column: { name: 'email', dataType: 'text' } },
    ],
  ],
  [
    'postgres',
    'ALTER TABLE ONLY "Members" ALTER COLUMN phone TYPE varchar(32) USING phone::varchar',
    [{ kind: 'alter-column-type', table: { name: 'Members' }, column: 'phone', dataType: 'varchar(32)' }],
  ],
  ['postgres', 'ALTER TABLE members RENAME TO users', [{ kind: 'rename-table', from: members, to: users }]],
  [
    'postgres',
    'ALTER TABLE members DROP COLUMN phone',
    [{ kind: 'drop-column', table: members, column: 'phone' }],
  ],
  ['postgres', 'ALTER TABLE members ALTER COLUMN phone SET NOT NULL', []],
  [
    'postgres',
    "COMMENT ON COLUMN public.members.c1 IS '身份证号'",
    [
      {
        kind: 'column-comment',
        table: { schema: 'public', name: 'members' },
        column: 'c1',
        comment: '身份证号',
      },
    ],
  ],
  [
    'postgres',
    "COMMENT ON COLUMN members.note IS 'it''s; fine'",
    [{ kind: 'column-comment', table: members, column: 'note', comment: "it's; fine" }],
  ],
  [
    'postgres',
    'COMMENT ON COLUMN members.c1 IS NULL',
    [{ kind: 'column-comment', table: members, column: 'c1', comment: undefined }],
  ],
  [
    'postgres',
    "COMMENT ON TABLE members IS '会员表'",
    [{ kind: 'table-comment', table: members, comment: '会员表' }],
  ],
  [
    'mysql',
    "CREATE TABLE `users` (`id` bigint NOT NULL AUTO_INCREMENT, `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号', PRIMARY KEY (`id`), KEY idx (id_card_no)) ENGINE=InnoDB COMMENT='用户表'",
    [
      {
        kind: 'create-table',
        table: users,
        columns: [
          { name: 'id', dataType: 'bigint' },
          { name: 'id_card_no', dataType: 'varchar(18)', comment: '身份证号' },
        ],
        comment: '用户表',
      },
    ],
  ],
  [
    'mysql',
    "ALTER TABLE users ADD COLUMN mobile varchar(20) COMMENT '手机号' AFTER id",
    [
      {
        kind: 'add-column',
        table: users,
        column: { name: 'mobile', dataType: 'varchar(20)', comment: '手机号' },
      },
    ],
  ],
  [
    'mysql',
    "ALTER TABLE users MODIFY COLUMN c1 varchar(18) NOT NULL DEFAULT '' COMMENT '身份证号'",
    [
      {
        kind: 'redefine-column',
        table: users,
        from: 'c1',
        column: { name: 'c1', dataType: 'varchar(18)', comment: '身份证号' },
      },
    ],
  ],
  [
    'mysql',
    "ALTER TABLE users CHANGE c1 mobile varchar(20) COMMENT 'it''s \\'x\\''",
    [
      {
        kind: 'redefine-column',
        table: users,
        from: 'c1',
        column: { name: 'mobile', dataType: 'varchar(20)', comment: "it's 'x'" },
      },
    ],
  ],
  [
    'mysql',
    'ALTER TABLE users RENAME COLUMN phone TO mobile',
    [{ kind: 'rename-column', table: users, from: 'phone', to: 'mobile' }],
  ],
  ['mysql', "ALTER TABLE users COMMENT = '用户'", [{ kind: 'table-comment', table: users, comment: '用户' }]],
  [
    'mysql',
    'ALTER TABLE db1.users ADD c bigint unsigned',
    [
      {
        kind: 'add-column',
        table: { schema: 'db1', name: 'users' },
        column: { name: 'c', dataType: 'bigint unsigned' },
      },
    ],
  ],
]

/** A node-sql-parser stand-in that rejects everything, forcing the fallback parser. */
const rejecting: AstParser = {
  astify: () => {
    throw new Error('rejected')
  },
}

describe('parseStatement', () => {
  it.each(cases)('%s: %s', (dialect, sql, expected) => {
    const parsed = parseStatement(sql, dialect)
    expect(parsed.parser).toBe('node-sql-parser')
    expect(parsed.changes).toEqual(expected)
  })

  it.each(cases)('fallback agrees: %s: %s', (dialect, sql, expected) => {
    const parsed = parseStatement(sql, dialect, rejecting)
    expect(parsed.parser).toBe('fallback')
    expect(parsed.changes).toEqual(expected)
  })

  it.each<[SqlDialect, string, SchemaChange[]]>([
    [
      'postgres',
      'ALTER TABLE members RENAME COLUMN phone TO mobile',
      [{ kind: 'rename-column', table: members, from: 'phone', to: 'mobile' }],
    ],
    [
      'postgres',
      'CREATE TABLE IF NOT EXISTS t (a character varying(20), b timestamp(3) with time zone, c double precision, d numeric(10, 2), e geography(Point, 4326), f text[], g public.my_type, h int GENERATED ALWAYS AS IDENTITY)',
      [
        {
          kind: 'create-table',
          table: { name: 't' },
          columns: [
            { name: 'a', dataType: 'character varying(20)' },
            { name: 'b', dataType: 'timestamp(3) with time zone' },
            { name: 'c', dataType: 'double precision' },
            { name: 'd', dataType: 'numeric(10,2)' },
            { name: 'e', dataType: 'geography(point,4326)' },
            { name: 'f', dataType: 'text[]' },
            { name: 'g', dataType: 'public.my_type' },
            { name: 'h', dataType: 'int' },
          ],
        },
      ],
    ],
    [
      'postgres',
      'CREATE TABLE t3 (LIKE members INCLUDING ALL, extra text)',
      [
        { kind: 'create-table-like', table: { name: 't3' }, like: members, comments: true },
        { kind: 'add-column', table: { name: 't3' }, column: { name: 'extra', dataType: 'text' } },
      ],
    ],
    [
      'postgres',
      'CREATE TABLE p1 PARTITION OF members FOR VALUES IN (1)',
      [{ kind: 'create-table-like', table: { name: 'p1' }, like: members, comments: false }],
    ],
    [
      'postgres',
      "COMMENT ON COLUMN members.c1 IS E'a\\'b'",
      [{ kind: 'column-comment', table: members, column: 'c1', comment: "a'b" }],
    ],
    [
      'postgres',
      'ALTER TABLE members SET SCHEMA crm',
      [{ kind: 'rename-table', from: members, to: { schema: 'crm', name: 'members' } }],
    ],
    [
      'mysql',
      "ALTER TABLE users ADD (a int, b text COMMENT '邮箱'), DROP INDEX idx, ALGORITHM=INPLACE",
      [
        { kind: 'add-column', table: users, column: { name: 'a', dataType: 'int' } },
        { kind: 'add-column', table: users, column: { name: 'b', dataType: 'text', comment: '邮箱' } },
      ],
    ],
    [
      'mysql',
      "ALTER TABLE users MODIFY c2 varchar(18) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin COMMENT '身份证号'",
      [
        {
          kind: 'redefine-column',
          table: users,
          from: 'c2',
          column: { name: 'c2', dataType: 'varchar(18)', comment: '身份证号' },
        },
      ],
    ],
    [
      'mysql',
      'CREATE TABLE users_copy LIKE users',
      [{ kind: 'create-table-like', table: { name: 'users_copy' }, like: users, comments: true }],
    ],
    [
      'mysql',
      'RENAME TABLE a TO b, c TO d',
      [
        { kind: 'rename-table', from: { name: 'a' }, to: { name: 'b' } },
        { kind: 'rename-table', from: { name: 'c' }, to: { name: 'd' } },
      ],
    ],
    [
      'mysql',
      'DROP TABLE IF EXISTS a, b',
      [
        { kind: 'drop-table', table: { name: 'a' } },
        { kind: 'drop-table', table: { name: 'b' } },
      ],
    ],
  ])('reads what node-sql-parser cannot (%s): %s', (dialect, sql, expected) => {
    expect(parseStatement(sql, dialect).changes).toEqual(expected)
  })

  it.each<[SqlDialect, string]>([
    ['postgres', 'INSERT INTO members (phone) VALUES (1)'],
    ['postgres', 'CREATE INDEX i ON members (phone)'],
    ['postgres', 'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql'],
    ['postgres', 'CREATE TEMPORARY TABLE scratch (phone text)'],
    ['postgres', 'GRANT SELECT ON members TO reader'],
    ['mysql', 'CREATE PROCEDURE p() BEGIN ALTER TABLE users ADD COLUMN z int; END'],
  ])('ignores statements that cannot add columns (%s): %s', (dialect, sql) => {
    expect(parseStatement(sql, dialect)).toEqual({ changes: [], parser: 'ignored' })
  })

  it.each<[SqlDialect, string, RegExp]>([
    ['postgres', 'DO $$ BEGIN ALTER TABLE members ADD COLUMN z text; END $$', /DO block/],
    ['postgres', 'CREATE TABLE t2 AS SELECT * FROM members', /come from a query/],
    ['postgres', 'SELECT * INTO t2 FROM members', /SELECT INTO/],
    ['mysql', 'CREATE TABLE t3 SELECT * FROM users', /come from a query/],
    ['mysql', 'CALL add_columns()', /CALL/],
  ])('marks statements only running shows as opaque (%s): %s', (dialect, sql, reason) => {
    const parsed = parseStatement(sql, dialect)
    expect(parsed.parser).toBe('opaque')
    expect(parsed.problem).toMatch(reason)
  })

  it('reports a table statement neither parser reads, with both reasons', () => {
    const parsed = parseStatement('ALTER TABLE members ADD COLUMN', 'postgres')
    expect(parsed.parser).toBe('unparsed')
    expect(parsed.problem).toMatch(/column name expected.*node-sql-parser/)
  })
})

describe('sqlTypeClass', () => {
  it.each([
    ['varchar(18)', 'text'],
    ['character varying(20)', 'text'],
    ["enum('m','f')", 'text'],
    ['int unsigned', 'integer'],
    ['tinyint(1)', 'integer'],
    ['bigserial', 'integer'],
    ['numeric(10,2)', 'decimal'],
    ['double precision', 'decimal'],
    ['boolean', 'boolean'],
    ['timestamp(3) with time zone', 'timestamp'],
    ['datetime', 'timestamp'],
    ['date', 'date'],
    ['jsonb', 'json'],
    ['uuid', 'uuid'],
    ['inet', 'network'],
    ['geography(point,4326)', 'geometry'],
    ['text[]', 'text'],
    ['int[]', 'array'],
    ['binary(16)', 'binary'],
    ['char(2) binary', 'text'],
    ['public.my_type', 'other'],
  ])('%s is %s', (type, expected) => {
    expect(sqlTypeClass(type)).toBe(expected)
  })
})
