/**
 * `npm run bench [section...]`: measured figures for BENCHMARKS.md. Each section prints what it measured next to
 * its baseline from the same run. Sections: full-scan.
 */
import { execSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { benchEnforce } from './enforce.js'
import { benchFullScan } from './full-scan.js'
import { benchManyTablesMongo, benchManyTablesPostgres } from './many-tables.js'

const sections: Record<string, () => Promise<void>> = {
  'many-tables': async () => {
    console.log('\n## Sampled scan of a 200-table database (1,000 rows per table, default sample size)')
    for (const run of [benchManyTablesPostgres, benchManyTablesMongo]) {
      const r = await run()
      console.log(
        `${r.engine.padEnd(20)}: ${r.seconds.toFixed(1)} s for ${r.tables} tables (${r.scanned} scanned) = ${r.secondsPerTable.toFixed(3)} s per table`,
      )
    }
  },
  enforce: async () => {
    const r = await benchEnforce()
    console.log(
      `\n## Anonymize ${r.rows.toLocaleString('en')} expired PostgreSQL rows (enforce --apply, batches of 10,000)`,
    )
    console.log(
      `hand-written UPDATE : ${r.manualSeconds.toFixed(2)} s  (${Math.round(r.manualRowsPerSecond).toLocaleString('en')} rows/s)`,
    )
    console.log(
      `pimap enforce apply : ${r.applySeconds.toFixed(2)} s  (${Math.round(r.pimapRowsPerSecond).toLocaleString('en')} rows/s; ${r.pimapSeconds.toFixed(2)} s with the scan that plans it)`,
    )
    console.log(`ratio pimap / UPDATE: ${r.ratio.toFixed(2)}x  (goal >= 0.50x)`)
    console.log(`peak RSS            : ${r.peakRssMb.toFixed(0)} MB; fields ${r.fields.join(', ')}`)
  },
  'full-scan': async () => {
    const r = await benchFullScan()
    console.log(`\n## Full scan of a ${r.rows.toLocaleString('en')}-row PostgreSQL table (--sample-size all)`)
    console.log(
      `raw COPY TO STDOUT : ${r.copySeconds.toFixed(2)} s  (${Math.round(r.copyRowsPerSecond).toLocaleString('en')} rows/s)`,
    )
    console.log(
      `pimap full scan    : ${r.scanSeconds.toFixed(2)} s  (${Math.round(r.scanRowsPerSecond).toLocaleString('en')} rows/s)`,
    )
    console.log(`ratio pimap / COPY : ${r.ratio.toFixed(2)}x  (goal >= 0.30x)`)
    console.log(
      `peak RSS           : 100k rows ${r.peakRssMb.rows100k.toFixed(0)} MB, 1M rows ${r.peakRssMb.rows1m.toFixed(0)} MB, 10k sample ${r.peakRssMb.sample10k.toFixed(0)} MB`,
    )
    console.log(`classified         : ${r.fields.join(', ')}`)
  },
}

// Benchmarks measure the built package, as users run it.
execSync('npm run build --silent', { stdio: 'inherit', cwd: new URL('..', import.meta.url).pathname })

const wanted = process.argv.slice(2)
console.log(`# pimap benchmarks (${new Date().toISOString()})`)
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`,
)
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length === 0 || wanted.includes(name)) await run()
}
