/**
 * `npm run eval`: loads each labelled dataset into the machine's real database, scans it with pimap's defaults
 * and prints column-level precision, recall and F1 per category and overall, plus sensitivity agreement.
 */
import pg from 'pg'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { scan } from '../src/scan.js'
import { readLabels } from './labels.js'
import { type Counts, prf, score } from './score.js'

interface Dataset {
  readonly name: string
  readonly labels: string
  /** Loads the dataset (idempotent) and returns the URL to scan. */
  readonly load: () => Promise<string>
}

const PG_URL = process.env.PIMAP_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

function postgresDataset(dir: string): Dataset {
  const root = new URL(`datasets/${dir}/`, import.meta.url)
  const sqlFile = readdirSync(root).find((f) => f.endsWith('.sql'))
  if (!sqlFile) throw new Error(`eval/datasets/${dir} has labels.csv but no .sql file`)
  return {
    name: dir,
    labels: new URL('labels.csv', root).pathname,
    load: async () => {
      const db = `pimap_eval_${dir.replace(/\W/g, '_')}`
      const admin = new pg.Client({ connectionString: PG_URL })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`)
      await admin.query(`CREATE DATABASE ${db}`)
      await admin.end()
      const url = new URL(PG_URL)
      url.pathname = `/${db}`
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      await client.query(readFileSync(new URL(sqlFile, root), 'utf8'))
      await client.query('ANALYZE')
      await client.end()
      return url.toString()
    },
  }
}

/** Every folder of eval/datasets with a labels.csv and one PostgreSQL .sql file is a dataset. */
export const DATASETS: Dataset[] = readdirSync(new URL('datasets/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`datasets/${d.name}/labels.csv`, import.meta.url)))
  .map((d) => postgresDataset(d.name))
  .sort((a, b) => a.name.localeCompare(b.name))

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7)

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const total: Counts = { tp: 0, fp: 0, fn: 0 }
  const categories = new Map<string, Counts>()
  let sens = { agree: 0, total: 0 }
  let cats = { agree: 0, total: 0 }
  for (const dataset of DATASETS.filter((d) => only.length === 0 || only.includes(d.name))) {
    const url = await dataset.load()
    const result = await scan({ sources: [url] })
    const labels = readLabels(dataset.labels)
    // Identifiers recognised as NOT personal (organisation codes) are negatives, not positives.
    const predictions = result.fields
      .filter((f) => f.sensitivity !== 'none')
      .map((f) => ({
        table: f.container.replace(/^[^.]+\./, ''),
        field: f.field,
        category: f.category,
        sensitive: f.sensitivity === 'sensitive',
      }))
    const s = score(labels, predictions)
    const m = prf(s.overall)
    console.log(`\n## ${dataset.name}: ${labels.length} labels, ${predictions.length} reported fields`)
    console.log(
      `precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}  (tp ${s.overall.tp}, fp ${s.overall.fp}, fn ${s.overall.fn})`,
    )
    console.log(
      `category agreement ${s.categoryAgreement.agree}/${s.categoryAgreement.total}, sensitivity agreement ${s.sensitivityAgreement.agree}/${s.sensitivityAgreement.total}`,
    )
    for (const p of s.falsePositives) console.log(`  FP ${p.table}.${p.field} -> ${p.category}`)
    for (const l of s.falseNegatives) console.log(`  FN ${l.table}.${l.field} (${l.category})`)
    for (const w of s.wrongCategory)
      console.log(
        `  CATEGORY ${w.label.table}.${w.label.field}: expected ${w.label.category}, got ${w.prediction.category}`,
      )
    for (const k of ['tp', 'fp', 'fn'] as const) total[k] += s.overall[k]
    for (const [c, n] of s.byCategory) {
      const acc = categories.get(c) ?? { tp: 0, fp: 0, fn: 0 }
      for (const k of ['tp', 'fp', 'fn'] as const) acc[k] += n[k]
      categories.set(c, acc)
    }
    sens = {
      agree: sens.agree + s.sensitivityAgreement.agree,
      total: sens.total + s.sensitivityAgreement.total,
    }
    cats = { agree: cats.agree + s.categoryAgreement.agree, total: cats.total + s.categoryAgreement.total }
  }
  console.log('\n## Per category (all datasets)\n')
  console.log('category                         precision  recall      F1   tp  fp  fn')
  for (const [c, n] of [...categories].sort(([a], [b]) => a.localeCompare(b))) {
    const m = prf(n)
    console.log(
      `${c.padEnd(32)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} ${String(n.tp).padStart(4)}${String(n.fp).padStart(4)}${String(n.fn).padStart(4)}`,
    )
  }
  const m = prf(total)
  console.log(
    `\nOVERALL precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}  (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})`,
  )
  console.log(
    `category agreement ${pct(cats.total ? cats.agree / cats.total : 1)}  sensitivity agreement ${pct(sens.total ? sens.agree / sens.total : 1)}`,
  )
}

await main()
