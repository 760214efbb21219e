import { describe, expect, it } from 'vitest'
import { SchemaModel } from '../../src/migration/migration-columns.js'
import { parseStatement } from '../../src/migration/parse-statement.js'
import type { SqlDialect } from '../../src/migration/sql-lexer.js'

/** Applies statements (the first `history` of them unrecorded) and returns the recorded events. */
function run(dialect: SqlDialect, statements: string[], history = 0, defaultSchema?: string) {
  const model = new SchemaModel({ dialect, ...(defaultSchema ? { defaultSchema } : {}) })
  const events = []
  const problems = []
  for (const [i, sql] of statements.entries()) {
    const r = model.apply(parseStatement(sql, dialect).changes, { path: 'm.sql', line: i + 1 }, i >= history)
    events.push(...r.events)
    problems.push(...r.problems)
  }
  return { model, problems, events }
}

const summary = (events: ReturnType<typeof run>['events']) =>
  events.map((e) => ({
    line: e.location.line,
    table: e.after.id,
    column: e.column,
    change: e.change,
    ...(e.previousName ? { previousName: e.previousName } : {}),
    before: e.before?.fields.map((f) => f.name),
  }))

describe('SchemaModel', () => {
  it('records new tables and columns, with the table before and after each statement', () => {
    const { events } = run(
      'postgres',
      ['CREATE TABLE members (id bigint, c1 varchar(18))', 'ALTER TABLE members ADD COLUMN mobile text'],
      0,
      'public',
    )
    expect(summary(events)).toEqual([
      { line: 1, table: 'public.members', column: 'id', change: 'added', before: undefined },
      { line: 1, table: 'public.members', column: 'c1', change: 'added', before: undefined },
      { line: 2, table: 'public.members', column: 'mobile', change: 'added', before: ['id', 'c1'] },
    ])
    expect(events[2]!.after.fields.map((f) => [f.name, f.typeClass])).toEqual([
      ['id', 'integer'],
      ['c1', 'text'],
      ['mobile', 'text'],
    ])
  })

  it('follows renames and comments on columns history created', () => {
    const { events } = run(
      'postgres',
      [
        'CREATE TABLE members (id bigint, c1 varchar(18), c2 varchar(20))',
        'ALTER TABLE members RENAME COLUMN c2 TO mobile',
        "COMMENT ON COLUMN members.c1 IS '身份证号码'",
      ],
      1,
    )
    expect(summary(events)).toEqual([
      {
        line: 2,
        table: 'members',
        column: 'mobile',
        change: 'renamed',
        previousName: 'c2',
        before: ['id', 'c1', 'c2'],
      },
      { line: 3, table: 'members', column: 'c1', change: 'commented', before: ['id', 'c1', 'mobile'] },
    ])
    expect(events[1]!.after.fields.find((f) => f.name === 'c1')?.comment).toBe('身份证号码')
    expect(events[1]!.before!.fields.find((f) => f.name === 'c1')?.comment).toBeUndefined()
  })

  it('assumes tables and columns no migration declared (a file checked alone)', () => {
    const { events } = run('postgres', ["COMMENT ON COLUMN members.c1 IS '身份证号'"])
    expect(summary(events)).toEqual([
      { line: 1, table: 'members', column: 'c1', change: 'commented', before: ['c1'] },
    ])
    expect(events[0]!.before!.fields[0]).toMatchObject({ dataType: 'unknown', typeClass: 'text' })
  })

  it('treats MySQL column names case-insensitively and MODIFY as a full redefinition', () => {
    const { events, model } = run(
      'mysql',
      [
        "CREATE TABLE users (ID bigint, C1 varchar(18) COMMENT 'old')",
        'ALTER TABLE Users MODIFY COLUMN c1 varchar(18)',
      ],
      1,
    )
    expect(summary(events)).toEqual([
      {
        line: 2,
        table: 'users',
        column: 'c1',
        change: 'redefined',
        previousName: 'C1',
        before: ['ID', 'C1'],
      },
    ])
    expect(model.tables()[0]!.fields.find((f) => f.name === 'c1')?.comment).toBeUndefined()
  })

  it('copies LIKE tables it knows and reports the ones it does not', () => {
    const known = run(
      'postgres',
      [
        'CREATE TABLE members (id bigint, id_number varchar(18))',
        "COMMENT ON COLUMN members.id_number IS '身份证号'",
        'CREATE TABLE archive (LIKE members INCLUDING COMMENTS)',
      ],
      2,
    )
    expect(summary(known.events).map((e) => e.column)).toEqual(['id', 'id_number'])
    expect(known.events[1]!.after.fields[1]!.comment).toBe('身份证号')
    const unknown = run('postgres', ['CREATE TABLE archive (LIKE members)'])
    expect(unknown.problems).toEqual([
      'the columns of archive are copied from members, which no checked or earlier migration creates',
    ])
  })

  it('reports every column of a renamed table as moved, with the old table as before', () => {
    const { events } = run(
      'postgres',
      ['CREATE TABLE t_0042 (name text)', 'ALTER TABLE t_0042 RENAME TO members'],
      1,
    )
    expect(events.map((e) => [e.after.id, e.before?.id, e.column, e.change])).toEqual([
      ['members', 't_0042', 'name', 'moved'],
    ])
  })

  it('skips CREATE TABLE IF NOT EXISTS on an existing table and ADD COLUMN IF NOT EXISTS on an existing column', () => {
    const { events } = run(
      'postgres',
      [
        'CREATE TABLE t (a text)',
        'CREATE TABLE IF NOT EXISTS t (a text, b text)',
        'ALTER TABLE t ADD COLUMN IF NOT EXISTS a text',
      ],
      1,
    )
    expect(events).toEqual([])
  })
})
