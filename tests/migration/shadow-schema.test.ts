/** The shadow run on a real (embedded) PGlite: what static reading misses, and what PostgreSQL rejects. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkMigration } from '../../src/migration/check-migration.js'
import { runShadow } from '../../src/migration/shadow-schema.js'

const cwd = fileURLToPath(new URL('../fixtures/migrations/', import.meta.url))
const now = new Date('2026-06-01')

describe('shadow run', () => {
  it('reports columns only running the migration shows (CREATE TABLE AS, DO blocks, LIKE of them)', async () => {
    const r = await checkMigration({
      paths: ['postgres/shadow/002_derived.sql'],
      cwd,
      dialect: 'postgres',
      shadow: true,
      now,
    })
    expect(
      r.columns
        .filter((c) => c.verdict !== 'not-personal')
        .map((c) => `${c.line} ${c.container}.${c.column} ${c.category} ${c.origin} ${c.verdict}`),
    ).toEqual([
      '2 public.member_export.id_number id.national shadow violation',
      '5 public.members.passport_no id.travel shadow violation',
      '15 public.member_archive.id_number id.national static violation',
      '15 public.member_archive.passport_no id.travel shadow violation',
    ])
    expect(r.findings.find((f) => f.field === 'passport_no')?.message).toMatch(/seen by the shadow run only/)
    // The shadow run applied every statement static reading could not follow: the check is complete.
    expect(r.incomplete).toBe(false)
    expect(r.shadow).toEqual({ statements: 5, failed: 0 })
    expect(r.warnings.filter((w) => w.checked).map((w) => [w.line, w.kind, w.coveredByShadow])).toEqual([
      [2, 'opaque', true],
      [5, 'opaque', true],
    ])
  })

  it('completes a check of a harmless DO block', async () => {
    const r = await checkMigration({
      paths: ['postgres/shadow/003_do_harmless.sql'],
      cwd,
      dialect: 'postgres',
      shadow: true,
      now,
    })
    expect(r.incomplete).toBe(false)
    expect(r.findings).toEqual([])
    expect(r.columns.map((c) => [c.container, c.column, c.origin, c.verdict])).toEqual([
      ['public.members', 'sort_order', 'shadow', 'not-personal'],
    ])
  })

  describe('with extensions and rejected statements', () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'pimap-shadow-'))
      await writeFile(
        join(dir, '001_init.sql'),
        [
          'CREATE EXTENSION IF NOT EXISTS "uuid-ossp";',
          'CREATE TABLE devices (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), label text);',
          'ALTER TABLE missing_table ADD COLUMN id_card_no varchar(18);',
          'BEGIN;',
          'ALTER TABLE devices ADD COLUMN owner_phone varchar(20);',
          'COMMIT;',
        ].join('\n'),
      )
    })
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true })
    })

    it('loads contrib extensions the migrations create and reports what PostgreSQL rejects', async () => {
      const r = await checkMigration({ paths: [dir], cwd: dir, dialect: 'postgres', shadow: true, now })
      expect(r.warnings.map((w) => [w.line, w.kind])).toEqual([[3, 'shadow-error']])
      expect(r.warnings[0]!.message).toMatch(/relation "missing_table" does not exist/)
      // Static reading still judged the statement PostgreSQL rejected; the rest agreed.
      expect(
        r.columns
          .filter((c) => c.verdict !== 'not-personal')
          .map((c) => `${c.container}.${c.column} ${c.origin}`),
      ).toEqual(['public.missing_table.id_card_no static', 'public.devices.owner_phone static'])
      expect(r.incomplete).toBe(false)
    })

    it('keeps going after a failure inside a transaction block', async () => {
      const run = await runShadow([
        {
          relativePath: 'a.sql',
          role: 'checked',
          source: 'BEGIN; ALTER TABLE nope ADD COLUMN x int; COMMIT; CREATE TABLE t (email text);',
        },
      ])
      // The failed block is rolled back, so COMMIT only warns and later statements apply.
      expect(run.failed).toBe(1)
      expect(run.events.map((e) => `${e.after.id}.${e.column} ${e.change}`)).toEqual(['public.t.email added'])
    })
  })
})
