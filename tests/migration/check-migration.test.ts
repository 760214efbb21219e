import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findCategory } from '../../rules/categories.js'
import { ConfigError } from '../../src/errors.js'
import { checkMigration, type CheckMigrationOptions } from '../../src/migration/check-migration.js'
import { loadPolicy } from '../../src/policy/load-policy.js'

const cwd = fileURLToPath(new URL('../fixtures/migrations/', import.meta.url))
const policy = await loadPolicy(`${cwd}pimap.yml`, { findCategory })
const now = new Date('2026-06-01')

const check = (paths: string[], options: Partial<CheckMigrationOptions> = {}) =>
  checkMigration({ paths, cwd, dialect: 'postgres', now, ...options })

/** `file:line table.column verdict` for every classified column. */
const verdicts = (r: Awaited<ReturnType<typeof check>>) =>
  r.columns
    .filter((c) => c.verdict !== 'not-personal')
    .map((c) => `${c.path.split('/').pop()}:${c.line} ${c.container}.${c.column} ${c.category} ${c.verdict}`)

describe('checkMigration without a policy', () => {
  it('fails on sensitive fields and lets personal ones pass (Flyway folder)', async () => {
    const r = await check(['postgres/flyway'])
    expect(verdicts(r)).toEqual([
      'V1__init.sql:3 public.members.username account.username allowed',
      'V1__init.sql:11 public.members.username account.username unchanged',
      'V2__add_id_card.sql:2 public.members.id_card_no id.national violation',
      'V2__add_id_card.sql:3 public.members.id_card_no id.national unchanged',
      'V3__rename_to_mobile.sql:2 public.members.mobile contact.phone allowed',
      'V4__comment_only.sql:2 public.members.c1 id.national violation',
      'V10__nickname.sql:1 public.members.nickname person.nickname allowed',
    ])
    expect(r.findings.map((f) => [f.checkId, f.messageId, f.severity, f.location])).toEqual([
      [
        'migration-adds-sensitive-field',
        'sensitiveField',
        'high',
        { path: 'postgres/flyway/V2__add_id_card.sql', line: 2 },
      ],
      [
        'migration-adds-sensitive-field',
        'sensitiveField',
        'high',
        { path: 'postgres/flyway/V4__comment_only.sql', line: 2 },
      ],
    ])
    expect(r.findings[1]!.message).toBe(
      'public.members.c1 (commented) holds Resident ID number (id.national), sensitive personal information (PIPL Art. 28)',
    )
    expect(r.incomplete).toBe(false)
    expect(r.summary).toEqual({
      files: 6,
      checkedFiles: 6,
      statements: 14,
      columns: 19,
      personal: 5,
      sensitive: 2,
      violations: 2,
    })
  })

  it('judges a comment that makes an existing column sensitive, with the earlier migrations as history', async () => {
    const r = await check(['postgres/flyway/V4__comment_only.sql'])
    expect(r.files.map((f) => f.role)).toEqual(['history', 'history', 'history', 'history', 'checked'])
    expect(verdicts(r)).toEqual(['V4__comment_only.sql:2 public.members.c1 id.national violation'])
    expect(r.columns[0]!.signals?.map((s) => s.kind)).toContain('comment')
  })

  it('passes a harmless migration and a rename to a personal (not sensitive) name', async () => {
    expect((await check(['postgres/flyway/V1.1__product_stock.sql'])).findings).toEqual([])
    const rename = await check(['postgres/flyway/V3__rename_to_mobile.sql'])
    expect(verdicts(rename)).toEqual([
      'V3__rename_to_mobile.sql:2 public.members.mobile contact.phone allowed',
    ])
    expect(rename.columns[0]).toMatchObject({ change: 'renamed', previousName: 'c2' })
    expect(rename.findings).toEqual([])
  })

  it('reads MySQL migrations with Chinese comments', async () => {
    const r = await check(['mysql/plain'], { dialect: 'mysql' })
    expect(verdicts(r)).toEqual([
      '1_create_users.sql:2 users.user_name account.username allowed',
      '2_add_id_card.sql:1 users.id_card_no id.national violation',
      '3_rename_mobile.sql:2 users.mobile contact.phone allowed',
      '4_comment_only.sql:2 users.c1 id.national violation',
    ])
    expect(r.columns.find((c) => c.column === 'id_card_no')).toMatchObject({
      comment: '身份证号',
      dataType: 'varchar(18)',
    })
    expect(r.defaultSchema).toBeUndefined()
    expect(r.warnings).toEqual([])
  })

  it('follows the ID-number switch (TC260-PG-20244A: a standalone ID number is personal)', async () => {
    const r = await check(['postgres/flyway/V2__add_id_card.sql'], {
      sensitivity: { idNumberIsSensitive: false },
    })
    expect(r.findings).toEqual([])
    expect(r.columns[0]).toMatchObject({ sensitivity: 'personal', verdict: 'allowed' })
  })

  it('ignores down migrations', async () => {
    const r = await check(['postgres/golang-migrate'])
    expect(verdicts(r)).toEqual([
      '000002_add_bank_card.up.sql:1 public.accounts.bank_card_no financial.bank_card violation',
    ])
  })
})

describe('checkMigration with a policy', () => {
  it('fails on fields the purposes of their table do not declare', async () => {
    const r = await check(['postgres/flyway'], { policy })
    expect(verdicts(r)).toEqual([
      'V1__init.sql:3 public.members.username account.username declared',
      'V1__init.sql:11 public.members.username account.username unchanged',
      'V2__add_id_card.sql:2 public.members.id_card_no id.national violation',
      'V2__add_id_card.sql:3 public.members.id_card_no id.national unchanged',
      'V3__rename_to_mobile.sql:2 public.members.mobile contact.phone declared',
      'V4__comment_only.sql:2 public.members.c1 id.national violation',
      'V10__nickname.sql:1 public.members.nickname person.nickname declared',
    ])
    expect(r.findings.map((f) => [f.checkId, f.messageId, f.severity])).toEqual([
      ['migration-adds-undeclared-field', 'undeclaredCategory', 'high'],
      ['migration-adds-undeclared-field', 'undeclaredCategory', 'high'],
    ])
    expect(r.columns.find((c) => c.column === 'id_card_no')?.purposes).toEqual(['membership'])
    expect(r.policy).toEqual({ file: `${cwd}pimap.yml`, purposes: 2, mappings: 3 })
  })

  it('matches mappings of any source by default, and only the given source with --source-id', async () => {
    const any = await check(['postgres/prisma/migrations'], { policy })
    expect(verdicts(any)).toEqual([
      'migration.sql:2 public.User.email contact.email declared',
      'migration.sql:2 public.User.idCardNumber id.national declared',
    ])
    expect(any.columns.map((c) => c.path.split('/').at(-2))).toContain('20240315093000_add_id_card')
    expect(any.sourceId).toBe('*')
    const crm = await check(['postgres/prisma/migrations'], { policy, sourceId: 'crm' })
    expect(crm.findings.map((f) => [f.field, f.messageId, f.severity])).toEqual([
      ['email', 'unmappedTable', 'medium'],
      ['idCardNumber', 'unmappedTable', 'high'],
    ])
  })

  it('matches MySQL tables by name without --schema, and by schema.table with it', async () => {
    const byName = await check(['mysql/plain'], { dialect: 'mysql', policy })
    expect(byName.findings.map((f) => `${f.container}.${f.field} ${f.messageId}`)).toEqual([
      'users.id_card_no undeclaredCategory',
      'users.c1 undeclaredCategory',
    ])
    const other = await check(['mysql/plain'], { dialect: 'mysql', policy, schema: 'crm' })
    expect(other.findings.map((f) => `${f.container}.${f.field} ${f.messageId}`)).toEqual([
      'crm.users.user_name unmappedTable',
      'crm.users.id_card_no unmappedTable',
      'crm.users.mobile unmappedTable',
      'crm.users.c1 unmappedTable',
    ])
  })
})

describe('checkMigration coverage', () => {
  it('is incomplete when a statement only running it can explain is not applied', async () => {
    const r = await check(['postgres/shadow/003_do_harmless.sql'])
    expect(r.incomplete).toBe(true)
    expect(r.findings).toEqual([])
    expect(r.warnings.map((w) => [w.path.split('/').pop(), w.line, w.kind, w.checked])).toEqual([
      ['002_derived.sql', 2, 'opaque', false],
      ['002_derived.sql', 5, 'opaque', false],
      ['003_do_harmless.sql', 2, 'opaque', true],
    ])
  })

  it('still judges what it can follow next to opaque statements', async () => {
    const r = await check(['postgres/shadow/002_derived.sql'])
    expect(r.incomplete).toBe(true)
    expect(verdicts(r)).toEqual(['002_derived.sql:15 public.member_archive.id_number id.national violation'])
  })

  it('rejects an unknown dialect and --shadow with MySQL', async () => {
    await expect(check(['mysql/plain'], { dialect: 'oracle' as never })).rejects.toThrow(
      /unknown dialect "oracle"/,
    )
    await expect(check(['mysql/plain'], { dialect: 'mysql', shadow: true })).rejects.toThrow(ConfigError)
  })
})
