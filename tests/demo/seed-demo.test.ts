import { PGlite } from '@electric-sql/pglite'
import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { flattenJson } from '../../connectors/shared/flatten-json.js'
import { findCategory } from '../../rules/categories.js'
import { isPrcId15, isPrcId18 } from '../../rules/validators/gb11643.js'
import { isLuhnValid } from '../../rules/validators/luhn.js'
import { DEMO_ANSWER_KEY } from '../../src/demo/demo-answer-key.js'
import { DEMO_TABLES } from '../../src/demo/demo-schema.js'
import { generateDemoTables, seedDemo } from '../../src/demo/seed-demo.js'

const NOW = new Date('2026-06-01T00:00:00Z')
const OPTIONS = { seed: 7, now: NOW }

// One PGlite instance per file (starting one takes seconds); a second one only for the determinism check.
const db = new PGlite()
const summary = await seedDemo((sql) => db.exec(sql), OPTIONS)

afterAll(async () => {
  await db.close()
})

async function values(sql: string, on: PGlite = db): Promise<string[]> {
  const result = await on.query<{ v: string | null }>(sql)
  return result.rows.map((r) => r.v).filter((v): v is string => v !== null)
}

describe('seedDemo', () => {
  it('inserts the row counts it reports, thousands of rows at scale 1', async () => {
    expect(Object.keys(summary.tables)).toEqual([...DEMO_TABLES])
    for (const table of DEMO_TABLES) {
      const [count] = await values(`SELECT count(*)::text AS v FROM ${table}`)
      expect(Number(count), table).toBe(summary.tables[table])
      expect(summary.tables[table], table).toBeGreaterThan(0)
    }
    const total = Object.values(summary.tables).reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThan(30_000)
  })

  it('writes resident IDs that validate, including a few legacy 15-digit ones', async () => {
    const ids = await values('SELECT sfzh AS v FROM member_real_name_verifications')
    const legacy = ids.filter((id) => id.length === 15)
    expect(legacy.length).toBeGreaterThan(0)
    expect(legacy.length).toBeLessThan(ids.length / 10)
    expect(
      ids.filter((id) => !(id.length === 18 ? isPrcId18(id, { now: NOW }) : isPrcId15(id, { now: NOW }))),
    ).toEqual([])
    const guests = await values('SELECT guest_id_no AS v FROM hotel_stays')
    expect(guests.filter((id) => !isPrcId18(id, { now: NOW }))).toEqual([])
  })

  it('keeps an ID consistent with the member it belongs to (birth date and sex digit)', async () => {
    const { rows } = await db.query<{ sfzh: string; birthday: string; gender: number }>(
      `SELECT v.sfzh, m.birthday::text AS birthday, m.gender
         FROM member_real_name_verifications v JOIN members m ON m.id = v.member_id WHERE length(v.sfzh) = 18`,
    )
    expect(rows.length).toBeGreaterThan(1000)
    for (const { sfzh, birthday, gender } of rows) {
      expect(sfzh.slice(6, 14)).toBe(birthday.replace(/-/g, ''))
      expect(Number(sfzh[16]) % 2).toBe(gender === 1 ? 1 : 0)
    }
  })

  it('writes Luhn-valid bank cards of 16 to 19 digits', async () => {
    const cards = await values('SELECT bank_card_no AS v FROM payments')
    expect(cards.length).toBeGreaterThan(1000)
    expect(cards.filter((c) => !/^\d{16,19}$/.test(c) || !isLuhnValid(c))).toEqual([])
  })

  it('writes 18-digit order numbers that are never valid resident IDs', async () => {
    const orders = await values('SELECT order_no AS v FROM orders')
    expect(orders.every((o) => /^20\d{16}$/.test(o))).toBe(true)
    expect(orders.filter((o) => isPrcId18(o, { now: NOW }))).toEqual([])
  })

  it('writes Luhn-valid IMEIs and Luhn-valid 16-digit coupon codes (the trap)', async () => {
    const imeis = await values('SELECT imei AS v FROM device_logs')
    expect(imeis.length).toBeGreaterThan(100)
    expect(imeis.filter((i) => !/^\d{15}$/.test(i) || !isLuhnValid(i))).toEqual([])
    const coupons = await values('SELECT code AS v FROM coupons')
    expect(coupons.filter((c) => !/^\d{16}$/.test(c) || !isLuhnValid(c))).toEqual([])
  })

  it('makes every child younger than 14 at `now`', async () => {
    const births = await values('SELECT child_birthday::text AS v FROM child_accounts')
    const limit = `${NOW.getUTCFullYear() - 14}-${NOW.toISOString().slice(5, 10)}`
    expect(births.filter((b) => b <= limit)).toEqual([])
  })

  it('spreads timestamps over the five years before `now`, with GPS fixes inside China', async () => {
    const [oldest, newest] = await values(
      `SELECT v FROM (SELECT min(created_at)::text AS v FROM orders UNION ALL SELECT max(created_at)::text FROM orders) t`,
    )
    expect(oldest! < '2021-12-01').toBe(true)
    expect(newest! <= '2026-06-01').toBe(true)
    const [outside] = await values(
      `SELECT count(*)::text AS v FROM device_logs
        WHERE latitude NOT BETWEEN 18 AND 54 OR longitude NOT BETWEEN 73 AND 135`,
    )
    expect(outside).toBe('0')
  })

  it('has an answer key that covers exactly the columns and jsonb paths present', async () => {
    const { rows } = await db.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'`,
    )
    const keyed = DEMO_ANSWER_KEY.map((a) => `${a.table}.${a.field}`)
    expect(new Set(keyed).size).toBe(keyed.length)
    const expected: string[] = []
    for (const { table_name: table, column_name: column, data_type: type } of rows) {
      if (type !== 'jsonb') {
        expected.push(`${table}.${column}`)
        continue
      }
      const docs = await db.query<{ v: unknown }>(`SELECT ${column} AS v FROM ${table}`)
      const paths = new Set<string>()
      for (const { v } of docs.rows) flattenJson(v, column, (path) => paths.add(`${table}.${path}`))
      expected.push(...paths)
    }
    expect([...keyed].sort()).toEqual(expected.sort())
  })

  it('uses known categories and flags every sensitive category as sensitive', () => {
    for (const answer of DEMO_ANSWER_KEY) {
      if (answer.category === null) {
        expect(answer.sensitive, `${answer.table}.${answer.field}`).toBeUndefined()
        continue
      }
      const category = findCategory(answer.category)
      expect(category, answer.category).toBeDefined()
      if (category!.sensitivity === 'sensitive')
        expect(answer.sensitive, `${answer.table}.${answer.field}`).toBe(true)
    }
  })

  it('is deterministic: the same seed gives identical tables in another database', async () => {
    const other = new PGlite()
    try {
      await seedDemo((sql) => other.exec(sql), OPTIONS)
      const digest = (table: string, on: PGlite) =>
        values(`SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS v FROM ${table} t`, on)
      for (const table of [
        'members',
        'member_real_name_verifications',
        'orders',
        'payments',
        'cs_chat_messages',
      ]) {
        expect(await digest(table, other), table).toEqual(await digest(table, db))
      }
    } finally {
      await other.close()
    }
    const a = generateDemoTables({ seed: 1, scale: 0.05, now: NOW })
    const b = generateDemoTables({ seed: 2, scale: 0.05, now: NOW })
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b))
  })

  it('never reads the wall clock or Math.random', () => {
    const dir = new URL('../../src/demo/', import.meta.url)
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8')
      expect(text, file).not.toMatch(/Math\.random|Date\.now|new Date\(\)/)
    }
  })
})
