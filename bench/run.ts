/**
 * `npm run bench [section...]`: measured figures for BENCHMARKS.md. Each section prints what it measured next to
 * its baseline from the same run. Sections: full-scan, mysql-full-scan, log-scan, enforce, many-tables, classifier
 * (all by default; name some to run only those: `npm run bench -- classifier enforce`).
 */
import { execSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import { benchClassifier, benchRegexSafety } from './classifier.js'
import { benchEnforce } from './enforce.js'
import { benchFullScan } from './full-scan.js'
import { benchLogScan, type Timing } from './log-scan.js'
import { benchManyTablesMongo, benchManyTablesMysql, benchManyTablesPostgres } from './many-tables.js'
import { benchMysqlFullScan } from './mysql-full-scan.js'

const sections: Record<string, () => Promise<void>> = {
  'many-tables': async () => {
    console.log('\n## Sampled scan of a 200-table database (1,000 rows per table, default sample size)')
    for (const run of [benchManyTablesPostgres, benchManyTablesMysql, benchManyTablesMongo]) {
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
  'mysql-full-scan': async () => {
    const r = await benchMysqlFullScan()
    console.log(`\n## Full scan of a ${r.rows.toLocaleString('en')}-row MariaDB table (--sample-size all)`)
    console.log(
      `raw mysql2 stream  : ${r.rawSeconds.toFixed(2)} s  (${Math.round(r.rawRowsPerSecond).toLocaleString('en')} rows/s)`,
    )
    console.log(`connector only     : ${Math.round(r.connectorRowsPerSecond).toLocaleString('en')} rows/s`)
    console.log(
      `pimap full scan    : ${r.scanSeconds.toFixed(2)} s  (${Math.round(r.scanRowsPerSecond).toLocaleString('en')} rows/s, ${r.method})`,
    )
    console.log(`ratio pimap / raw  : ${r.ratio.toFixed(2)}x`)
    console.log(`peak RSS           : ${r.peakRssMb.toFixed(0)} MB`)
    console.log(`classified         : ${r.fields.join(', ')}`)
  },
  'log-scan': async () => {
    const r = await benchLogScan({ megabytes: 512 })
    const line = (label: string, t: Timing) =>
      console.log(
        `${label.padEnd(30)}: ${t.seconds.toFixed(2)} s wall (${t.mbps.toFixed(1)} MB/s), ${t.cpuSeconds.toFixed(2)} s CPU (${t.cpuMbps.toFixed(1)} MB/s)`,
      )
    console.log(
      `\n## Full scan of ${(r.bytes / 1024 / 1024).toFixed(0)} MB of logs (${r.files} files, ${r.lines.toLocaleString('en')} lines), medians of 3`,
    )
    line(`grep -cE e-mail, ${r.grepLocale}`, r.grep)
    line('grep -cE e-mail, LC_ALL=C', r.grepC)
    line('pimap full scan, all rules', r.scan)
    console.log(
      `${'ratio pimap / grep'.padEnd(30)}: ${r.ratio.toFixed(2)}x wall, ${r.cpuRatio.toFixed(2)}x CPU (goal >= 0.50x)`,
    )
    console.log(`${'peak RSS'.padEnd(30)}: ${r.peakRssMb.toFixed(0)} MB`)
  },
  classifier: async () => {
    const r = benchClassifier()
    console.log(`\n## Classifier alone (one core, no I/O, every built-in rule)`)
    console.log(
      `${r.values.toLocaleString('en')} values in ${r.seconds.toFixed(2)} s = ${Math.round(r.valuesPerSecond).toLocaleString('en')} values/s`,
    )
    const slowest = benchRegexSafety()
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
    console.log(
      `slowest rule on a 1 MB adversarial string: ${slowest.map((s) => `${s.rule}/${s.input} ${s.ms.toFixed(0)} ms`).join(', ')}`,
    )
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
