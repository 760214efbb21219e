/**
 * The contract every connector passes, against a real server or real files. Each engine seeds the same logical
 * fixture (see tests/fixtures/contract-data.ts) and supplies how its containers are named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connector, ContainerRef, SampleBatch, SamplePlan } from '../../src/connector/connector.js'
import { CONTRACT_PEOPLE, HOSTILE_COLUMN, HOSTILE_TABLE } from '../fixtures/contract-data.js'

export interface ContractTarget {
  readonly name: string
  /** A fresh, unconnected connector for the seeded fixture. */
  readonly create: () => Promise<Connector>
  /** Container id of a fixture table/collection (`public.people`, `test.people`). */
  readonly containerId: (table: string) => string
  /**
   * The hostile column/field name the engine actually stores, when it cannot store {@link HOSTILE_COLUMN}
   * (FerretDB v1 rejects `"` in top-level field names). Read when the test runs, after seeding.
   */
  readonly hostileColumn?: string
}

const PLAN: SamplePlan = { limit: 1000, batchSize: 50, maxValueLength: 256 }

export async function readAll(connector: Connector, container: ContainerRef, plan: SamplePlan = PLAN) {
  const sampling = await connector.sample(container, plan)
  const batches: SampleBatch[] = []
  for await (const b of sampling.batches) batches.push(b)
  const values = new Map<string, string[]>()
  for (const b of batches) for (const [k, v] of b.values) values.set(k, [...(values.get(k) ?? []), ...v])
  return { method: sampling.method, batches, values, records: batches.reduce((n, b) => n + b.records, 0) }
}

export function connectorContract(target: ContractTarget): void {
  describe(`${target.name} connector contract`, () => {
    let connector: Connector
    let containers: ContainerRef[]
    const find = (table: string) => {
      const c = containers.find((x) => x.id === target.containerId(table))
      if (!c)
        throw new Error(
          `container ${target.containerId(table)} not listed; got ${containers.map((x) => x.id).join(', ')}`,
        )
      return c
    }

    beforeAll(async () => {
      connector = await target.create()
      await connector.connect()
      containers = await connector.listContainers()
    })
    afterAll(async () => {
      await connector?.close()
    })

    it('lists fixture containers with their fields', () => {
      const people = find('people')
      expect(people.name).toBe('people')
      if (people.fields.length > 0)
        expect(people.fields.map((f) => f.name)).toEqual(
          expect.arrayContaining(['email', 'phone', 'id_card']),
        )
      expect(find(HOSTILE_TABLE).name).toBe(HOSTILE_TABLE)
    })

    it('reads every record of a small container as non-empty strings', async () => {
      const { values, records } = await readAll(connector, find('people'))
      expect(records).toBe(CONTRACT_PEOPLE.length)
      const emails = values.get('email') ?? []
      expect([...emails].sort()).toEqual(
        CONTRACT_PEOPLE.map((p) => p.email)
          .filter(Boolean)
          .sort(),
      )
      for (const list of values.values())
        for (const v of list) expect(typeof v === 'string' && v.length > 0).toBe(true)
    })

    it('respects the sample limit and batch size', async () => {
      const { records, batches } = await readAll(connector, find('people'), {
        ...PLAN,
        limit: 3,
        batchSize: 2,
      })
      expect(records).toBe(3)
      expect(Math.max(...batches.map((b) => b.records))).toBeLessThanOrEqual(2)
    })

    it('truncates long values to maxValueLength', async () => {
      const { values } = await readAll(connector, find('people'), { ...PLAN, maxValueLength: 32 })
      const notes = values.get('notes') ?? []
      expect(notes.length).toBeGreaterThan(0)
      for (const v of notes) expect(v.length).toBeLessThanOrEqual(32)
    })

    it('reads hostile identifiers (quotes, semicolons, unicode, reserved words)', async () => {
      const { values } = await readAll(connector, find(HOSTILE_TABLE))
      expect(values.get(target.hostileColumn ?? HOSTILE_COLUMN)).toEqual(['hostile@example.org'])
      expect(values.get('select')).toEqual(['13812345678'])
    })

    it('closes twice without error', async () => {
      const other = await target.create()
      await other.connect()
      await other.close()
      await other.close()
    })
  })
}
