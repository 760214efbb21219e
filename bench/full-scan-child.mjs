/* global process */
// Runs one pimap full scan in its own process, using the built package (what `npx pimap` runs), and prints
// JSON timing and peak RSS so memory can be compared across table sizes.
import { scan } from '../dist/src/scan.js'

const [url, table, sampleSize] = process.argv.slice(2)
const started = process.hrtime.bigint()
const result = await scan({
  sources: [url],
  include: [table],
  sampleSize: sampleSize === 'all' ? 'all' : Number(sampleSize),
  statementTimeoutMs: 600_000,
})
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const coverage = result.coverage.find((c) => c.container.endsWith(`.${table}`))
process.stdout.write(
  JSON.stringify({
    seconds,
    records: coverage?.sampledRecords ?? 0,
    status: coverage?.status,
    fields: result.fields
      .filter((f) => f.container.endsWith(`.${table}`))
      .map((f) => `${f.field}:${f.category}`),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
