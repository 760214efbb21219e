/**
 * Seeds the `pimap demo` database: creates the schema of {@link DEMO_SCHEMA_SQL} and fills it with generated,
 * deterministic data. The caller supplies `exec`, so the same seed works for PGlite (`db.exec`) and for a real
 * PostgreSQL (`client.query`).
 */
import { ConfigError, InternalError } from '../errors.js'
import { DEMO_SCHEMA_SQL, DEMO_TABLES } from './demo-schema.js'
import { buildMembers } from './demo-people.js'
import { type DemoTable, insertStatements } from './demo-sql.js'
import { generateDeviceLogs, generateHotelStays, generateLoginLogs } from './generate-activity.js'
import {
  generateCategories,
  generateProducts,
  generateReleases,
  generateSettings,
} from './generate-catalog.js'
import {
  type GenerateContext,
  generateAddresses,
  generateChildren,
  generateHealth,
  generateMembers,
  generateVerifications,
  scaled,
} from './generate-members.js'
import { generateCoupons, generateOrders } from './generate-orders.js'
import { generateCallRecords, generateChatMessages } from './generate-support.js'

export interface DemoOptions {
  /** Random seed (default 42); the same seed, scale and `now` give identical data. */
  readonly seed?: number
  /** Multiplier of the row counts of personal tables (default 1: about 40,000 rows). */
  readonly scale?: number
  /** The reference "today": timestamps spread over the five years before it (default 2026-06-01 UTC). */
  readonly now?: Date
}

export interface DemoSummary {
  /** Rows inserted per table. */
  readonly tables: Readonly<Record<string, number>>
}

/** Fixed rather than the wall clock, so the demo (and retention findings on it) never drift between runs. */
export const DEMO_DEFAULT_NOW = new Date('2026-06-01T00:00:00Z')

/** Generates every table in memory, in {@link DEMO_TABLES} order (foreign keys point backwards). */
export function generateDemoTables(options: DemoOptions = {}): DemoTable[] {
  const seed = options.seed ?? 42
  const scale = options.scale ?? 1
  const now = (options.now ?? DEMO_DEFAULT_NOW).getTime()
  if (!Number.isInteger(seed)) throw new ConfigError(`demo seed must be an integer, got ${seed}`)
  if (!(scale > 0 && scale <= 100)) throw new ConfigError(`demo scale must be in (0, 100], got ${scale}`)
  if (!Number.isFinite(now)) throw new ConfigError('demo now must be a valid date')
  const ctx: GenerateContext = { seed, now, scale, members: buildMembers(seed, scaled(2000, scale), now) }
  const orders = generateOrders(ctx)
  const tables = [
    generateCategories(),
    generateProducts(seed, now),
    generateSettings(now),
    generateReleases(seed, now),
    generateMembers(ctx),
    generateVerifications(ctx),
    generateAddresses(ctx),
    orders.orders,
    orders.payments,
    generateCoupons(ctx),
    generateLoginLogs(ctx),
    generateDeviceLogs(ctx),
    generateCallRecords(ctx),
    generateChatMessages(ctx, orders.list),
    generateHotelStays(ctx),
    generateHealth(ctx),
    generateChildren(ctx),
  ]
  const order = tables.map((t) => t.name).join()
  if (order !== DEMO_TABLES.join()) throw new InternalError(`demo tables out of order: ${order}`)
  return tables
}

/**
 * Creates the demo schema and inserts the generated rows.
 *
 * ```ts
 * const db = await PGlite.create()
 * const { tables } = await seedDemo((sql) => db.exec(sql), { seed: 42 })
 * ```
 */
export async function seedDemo(
  exec: (sql: string) => Promise<unknown>,
  options: DemoOptions = {},
): Promise<DemoSummary> {
  const tables = generateDemoTables(options)
  await exec(DEMO_SCHEMA_SQL)
  const counts: Record<string, number> = {}
  for (const table of tables) {
    for (const statement of insertStatements(table)) await exec(statement)
    counts[table.name] = table.rows.length
  }
  // Fresh statistics, so samplers that read pg_class.reltuples see real table sizes.
  await exec(`ANALYZE ${DEMO_TABLES.join(', ')}`)
  return { tables: Object.freeze(counts) }
}
