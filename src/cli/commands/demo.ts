import { resolve } from 'node:path'
import type { Argv } from 'yargs'
import { scan } from '../../scan.js'
import { REPORT_FORMATS } from '../../../reports/index.js'
import type { CliIo } from '../cli-io.js'
import { type ExitCode } from '../exit-code.js'
import { rawExampleCollector, writeOutputs } from '../output.js'
import { exitCodeFor } from '../policy-flags.js'
import { progressReporter } from '../progress.js'
import { parseFormats, type ScanFlags, scanOptionsFromFlags, withScanFlags } from '../scan-flags.js'

export const demoCommand = {
  command: 'demo',
  describe: 'seed an embedded PGlite database with a realistic shop schema and scan it (no setup needed)',
  builder: (yargs: Argv) =>
    withScanFlags(yargs)
      .option('format', {
        type: 'string',
        array: true,
        default: ['table', 'json', 'md'],
        describe: `output formats: ${REPORT_FORMATS.join(', ')} (several allowed)`,
      })
      .option('out', { type: 'string', default: 'pimap-report', describe: 'directory for report files' })
      .option('data-dir', {
        type: 'string',
        describe: 'keep the demo database in this directory (scan it later with pglite:DIR)',
      })
      .option('seed', { type: 'number', default: 42, describe: 'random seed of the generated data' })
      .option('scale', { type: 'number', default: 1, describe: 'data volume multiplier' }),
}

interface DemoArgs extends ScanFlags {
  readonly 'data-dir'?: string
  readonly seed: number
  readonly scale: number
}

export async function runDemo(args: DemoArgs, io: CliIo): Promise<ExitCode> {
  const formats = parseFormats(args.format)
  const say = (text: string) => {
    if (!args.quiet) io.stderr.write(`pimap demo: ${text}\n`)
  }
  const [{ PGlite }, { seedDemo }, { PgliteConnector }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('../../demo/seed-demo.js'),
    import('../../../connectors/pglite/pglite-connector.js'),
  ])
  const dataDir = args['data-dir'] ? resolve(io.cwd ?? process.cwd(), args['data-dir']) : undefined
  say(`creating an embedded PGlite database${dataDir ? ` in ${dataDir}` : ' in memory'}`)
  const started = Date.now()
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create()
  try {
    const seeded = await seedDemo((sqlText) => db.exec(sqlText), { seed: args.seed, scale: args.scale })
    const rows = Object.values(seeded.tables).reduce((a, b) => a + b, 0)
    say(
      `seeded ${Object.keys(seeded.tables).length} tables, ${rows.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    )
    const raw = rawExampleCollector()
    const progress = progressReporter(io, { quiet: args.quiet })
    const connector = new PgliteConnector({ instance: db }, { statementTimeoutMs: 60_000, maxConnections: 1 })
    const result = await scan({
      ...scanOptionsFromFlags(args),
      sources: [{ url: dataDir ? `pglite:${dataDir}` : 'pglite:(in-memory demo)', connector }],
      onEvent: (e) => {
        progress(e)
        raw.onEvent(e)
      },
    })
    const written = await writeOutputs(
      result,
      { formats, out: args.out },
      io,
      args['show-data'] ? raw.examples : undefined,
    )
    for (const path of written) say(`wrote ${path}`)
    return exitCodeFor(result)
  } finally {
    await db.close()
  }
}
