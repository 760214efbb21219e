import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/errors.js'
import { findMigrations, naturalCompare } from '../../src/migration/find-migrations.js'

const root = fileURLToPath(new URL('../fixtures/migrations/', import.meta.url))
const list = async (inputs: string[]) =>
  (await findMigrations(inputs, root)).map((f) => [f.relativePath, f.layout, f.version ?? '', f.role])

describe('findMigrations', () => {
  it('orders Flyway migrations by version and skips undo scripts', async () => {
    expect(await list(['postgres/flyway'])).toEqual([
      ['postgres/flyway/V1__init.sql', 'flyway', '1', 'checked'],
      ['postgres/flyway/V1.1__product_stock.sql', 'flyway', '1.1', 'checked'],
      ['postgres/flyway/V2__add_id_card.sql', 'flyway', '2', 'checked'],
      ['postgres/flyway/V3__rename_to_mobile.sql', 'flyway', '3', 'checked'],
      ['postgres/flyway/V4__comment_only.sql', 'flyway', '4', 'checked'],
      ['postgres/flyway/V10__nickname.sql', 'flyway', '10', 'checked'],
    ])
  })

  it('reads golang-migrate up migrations only', async () => {
    expect(await list(['postgres/golang-migrate'])).toEqual([
      ['postgres/golang-migrate/000001_create_accounts.up.sql', 'golang-migrate', '000001', 'checked'],
      ['postgres/golang-migrate/000002_add_bank_card.up.sql', 'golang-migrate', '000002', 'checked'],
    ])
  })

  it('reads Prisma migration folders in timestamp order', async () => {
    expect(await list(['postgres/prisma/migrations'])).toEqual([
      ['postgres/prisma/migrations/20240101120000_init/migration.sql', 'prisma', '20240101120000', 'checked'],
      [
        'postgres/prisma/migrations/20240315093000_add_id_card/migration.sql',
        'prisma',
        '20240315093000',
        'checked',
      ],
    ])
  })

  it('orders plain files naturally', async () => {
    expect((await list(['mysql/plain'])).map((f) => f[0])).toEqual([
      'mysql/plain/1_create_users.sql',
      'mysql/plain/2_add_id_card.sql',
      'mysql/plain/3_rename_mobile.sql',
      'mysql/plain/4_comment_only.sql',
      'mysql/plain/10_harmless.sql',
    ])
  })

  it('checks a file after the migrations before it (its history)', async () => {
    expect(await list(['postgres/flyway/V3__rename_to_mobile.sql'])).toEqual([
      ['postgres/flyway/V1__init.sql', 'flyway', '1', 'history'],
      ['postgres/flyway/V1.1__product_stock.sql', 'flyway', '1.1', 'history'],
      ['postgres/flyway/V2__add_id_card.sql', 'flyway', '2', 'history'],
      ['postgres/flyway/V3__rename_to_mobile.sql', 'flyway', '3', 'checked'],
    ])
    expect(await list(['postgres/prisma/migrations/20240315093000_add_id_card/migration.sql'])).toEqual([
      ['postgres/prisma/migrations/20240101120000_init/migration.sql', 'prisma', '20240101120000', 'history'],
      [
        'postgres/prisma/migrations/20240315093000_add_id_card/migration.sql',
        'prisma',
        '20240315093000',
        'checked',
      ],
    ])
  })

  it('checks several files of one folder in migration order, whatever the argument order', async () => {
    expect(
      (await list(['postgres/flyway/V10__nickname.sql', 'postgres/flyway/V4__comment_only.sql'])).map((f) => [
        f[0],
        f[3],
      ]),
    ).toEqual([
      ['postgres/flyway/V1__init.sql', 'history'],
      ['postgres/flyway/V1.1__product_stock.sql', 'history'],
      ['postgres/flyway/V2__add_id_card.sql', 'history'],
      ['postgres/flyway/V3__rename_to_mobile.sql', 'history'],
      ['postgres/flyway/V4__comment_only.sql', 'checked'],
      ['postgres/flyway/V10__nickname.sql', 'checked'],
    ])
  })

  it('skips down and undo migrations given by name', async () => {
    expect(
      await list([
        'postgres/golang-migrate/000002_add_bank_card.up.sql',
        'postgres/golang-migrate/000002_add_bank_card.down.sql',
      ]),
    ).toEqual([
      ['postgres/golang-migrate/000001_create_accounts.up.sql', 'golang-migrate', '000001', 'history'],
      ['postgres/golang-migrate/000002_add_bank_card.up.sql', 'golang-migrate', '000002', 'checked'],
    ])
    await expect(findMigrations(['postgres/flyway/U2__add_id_card.sql'], root)).rejects.toThrow(
      /no migrations among postgres\/flyway\/U2__add_id_card.sql/,
    )
  })

  it('rejects missing paths and folders without migrations', async () => {
    await expect(findMigrations(['nope'], root)).rejects.toThrow(ConfigError)
    await expect(findMigrations(['nope'], root)).rejects.toThrow(/no such file or directory: nope/)
    const empty = await mkdtemp(join(tmpdir(), 'pimap-empty-'))
    try {
      await expect(findMigrations([empty], root)).rejects.toThrow(/no migrations/)
    } finally {
      await rm(empty, { recursive: true })
    }
    await expect(findMigrations([], root)).rejects.toThrow(ConfigError)
  })
})

describe('naturalCompare', () => {
  it.each([
    ['2_a.sql', '10_a.sql'],
    ['0002_x', '10_x'],
    ['a.sql', 'B.sql'],
    ['20240101120000_a', '20240315093000_b'],
    ['99999999999999999999_a', '100000000000000000000_a'],
  ])('%s < %s', (a, b) => {
    expect(naturalCompare(a, b)).toBeLessThan(0)
    expect(naturalCompare(b, a)).toBeGreaterThan(0)
  })
})
