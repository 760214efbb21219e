import { PGlite } from '@electric-sql/pglite'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PgliteConnector } from '../../connectors/pglite/pglite-connector.js'
import { scan } from '../../src/scan.js'
import { connectorContract, readAll } from '../helpers/connector-contract.js'
import { seedPostgresContract } from '../fixtures/seed-postgres.js'

const OPTIONS = { statementTimeoutMs: 10_000, maxConnections: 1 }

// One PGlite instance per file: starting one takes seconds.
const db = await PGlite.create()
await seedPostgresContract((text) => db.exec(text), { big: false })

afterAll(async () => {
  await db.close()
})

connectorContract({
  name: 'pglite',
  create: async () => new PgliteConnector({ instance: db }, OPTIONS),
  containerId: (table) => `public.${table}`,
})

describe('PGlite', () => {
  it('full scans page through a table', async () => {
    const connector = new PgliteConnector({ instance: db }, OPTIONS)
    await connector.connect()
    const people = (await connector.listContainers()).find((c) => c.id === 'public.people')!
    const { method, records } = await readAll(connector, people, {
      limit: 'all',
      batchSize: 2,
      maxValueLength: 64,
    })
    expect(method).toBe('full')
    expect(records).toBe(5)
    await connector.close()
  })

  it('refuses writes during sampling (read-only transaction)', async () => {
    const connector = new PgliteConnector({ instance: db }, OPTIONS)
    await connector.connect()
    const view = (await connector.listContainers()).find((c) => c.id === 'public.writes_on_read')!
    await expect(readAll(connector, view)).rejects.toThrow(/read-only/)
    await connector.close()
  })

  describe('pglite: data directory URLs', () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'pimap-pglite-'))
      const onDisk = await PGlite.create(dir)
      await onDisk.exec(
        "CREATE TABLE members (mobile text); INSERT INTO members VALUES ('13812345678'), ('13987654321');",
      )
      await onDisk.close()
    })
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true })
    })

    it('scans a directory and reports a missing one as a failed source', async () => {
      const result = await scan({ sources: [`pglite:${dir}`, `pglite:${dir}-missing`] })
      expect(result.fields.map((f) => `${f.container}.${f.field}:${f.category}`)).toEqual([
        'public.members.mobile:contact.phone',
      ])
      expect(result.sources[1]).toMatchObject({ status: 'failed', error: expect.stringMatching(/not found/) })
    })
  })
})
