/* global process */
// Runs `enforce --apply` in its own process with the built package and prints timing and peak RSS.
import { writeFileSync } from 'node:fs'
import { enforce } from '../dist/src/enforce/enforce.js'
import { findCategory } from '../dist/rules/categories.js'
import { parsePolicy } from '../dist/src/policy/load-policy.js'

const [url, table, auditLog, batchSize] = process.argv.slice(2)
const policy = parsePolicy(
  `version: 1
sources: [{ id: bench, url: "${url}", include: ["${table}"] }]
purposes:
  - id: orders
    description: bench
    legalBasis: contract
    categories: [person, contact]
    retention: { duration: P3Y, from: transaction_completed, action: anonymize }
mappings:
  - { match: "bench:public.${table}", purposes: [orders], clocks: { transaction_completed: completed_at } }
`,
  'bench.yml',
  { findCategory },
)
writeFileSync(auditLog, '')
const started = process.hrtime.bigint()
const { plan, report } = await enforce({
  policy,
  apply: true,
  auditLogPath: auditLog,
  batchSize: Number(batchSize),
  sampleSize: 1000,
})
const seconds = Number(process.hrtime.bigint() - started) / 1e9
process.stdout.write(
  JSON.stringify({
    seconds,
    processed: report?.processed ?? 0,
    applySeconds: report?.seconds ?? 0,
    fields: plan.items[0]?.fields.map((f) => `${f.field}:${f.operator}`) ?? [],
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
