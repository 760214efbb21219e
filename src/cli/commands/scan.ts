import type { Argv } from 'yargs'
import { diffResults } from '../../diff/diff-results.js'
import { NEW_FIELD_LEVELS, type NewFieldLevel } from '../../diff/new-fields.js'
import { ConfigError } from '../../errors.js'
import { scan } from '../../scan.js'
import type { SourceInput } from '../../scan-options.js'
import type { CliIo } from '../cli-io.js'
import type { ExitCode } from '../exit-code.js'
import { rawExampleCollector, writeOutputs } from '../output.js'
import {
  exitCodeFor,
  identityKey,
  loadPolicyFlag,
  type PolicyFlags,
  withPolicyFlags,
} from '../policy-flags.js'
import { progressReporter } from '../progress.js'
import {
  parseFormats,
  parseSampleSize,
  type ScanFlags,
  scanOptionsFromFlags,
  withScanFlags,
} from '../scan-flags.js'
import { baselineExitCode, readResultFile, writeOutputsWithDiff } from './diff.js'

export const scanCommand = {
  command: 'scan [sources..]',
  describe:
    'scan databases and log files for personal information (sources from the command line or --config)',
  builder: (yargs: Argv) =>
    withPolicyFlags(withScanFlags(yargs))
      .positional('sources', {
        type: 'string',
        array: true,
        describe: 'postgresql://…, mysql://…, mongodb://…, file:./logs, pglite:./dir',
      })
      .option('schema', { type: 'string', array: true, describe: 'schemas (databases) to scan; default all' })
      .option('include', { type: 'string', array: true, describe: 'globs on schema.table or table to scan' })
      .option('exclude', { type: 'string', array: true, describe: 'globs on schema.table or table to skip' })
      .option('include-views', { type: 'boolean', default: false, describe: 'scan views too' })
      .option('statement-timeout', {
        type: 'number',
        describe: 'per-statement timeout in ms (default 60000)',
      })
      .option('connections', { type: 'number', default: 2, describe: 'connections per source' })
      .option('baseline', {
        type: 'string',
        describe: 'a previous JSON result: report what changed since (pimap-diff.json with --out)',
      })
      .option('fail-on-new', {
        type: 'string',
        choices: NEW_FIELD_LEVELS,
        describe: 'with --baseline: exit 1 when fields at this level appear that the baseline lacked',
      }),
}

interface ScanArgs extends ScanFlags, PolicyFlags {
  readonly sources?: string[]
  readonly schema?: string[]
  readonly include?: string[]
  readonly exclude?: string[]
  readonly 'include-views': boolean
  readonly 'statement-timeout'?: number
  readonly connections: number
  readonly baseline?: string
  readonly 'fail-on-new'?: NewFieldLevel
}

export async function runScan(args: ScanArgs, io: CliIo): Promise<ExitCode> {
  const formats = parseFormats(args.format)
  if (args['fail-on-new'] && !args.baseline)
    throw new ConfigError('needs --baseline OLD.json to compare with', { location: '--fail-on-new' })
  const baseline = args.baseline ? await readResultFile(args.baseline, io) : undefined
  const policy = await loadPolicyFlag(args, io)
  const sources: SourceInput[] = args.sources?.length ? args.sources : (policy?.sources ?? [])
  if (sources.length === 0) throw new ConfigError('no source given: pass URLs or a --config with sources')
  const raw = rawExampleCollector()
  const progress = progressReporter(io, { quiet: args.quiet })
  const fromFlags = scanOptionsFromFlags(args)
  const result = await scan({
    ...fromFlags,
    // Flags override the policy's scan defaults.
    sampleSize: parseSampleSize(args['sample-size']) ?? policy?.scan.sampleSize,
    minConfidence:
      args['min-confidence'] !== 'medium'
        ? fromFlags.minConfidence
        : (policy?.scan.minConfidence ?? 'medium'),
    sensitivity: {
      idNumberIsSensitive: args['id-number-sensitive'] && policy?.scan.idNumberIsSensitive !== false,
    },
    sources,
    schemas: args.schema,
    include: args.include,
    exclude: args.exclude,
    includeViews: args['include-views'],
    statementTimeoutMs: args['statement-timeout'] ?? policy?.scan.statementTimeoutMs,
    maxConnectionsPerSource: args.connections,
    ...(policy ? { policy } : {}),
    identityKey: identityKey(io),
    onEvent: (e) => {
      progress(e)
      raw.onEvent(e)
    },
  })
  const diff = baseline && diffResults(baseline, result)
  const outputs = { formats, out: args.out }
  const examples = args['show-data'] ? raw.examples : undefined
  const written = diff
    ? await writeOutputsWithDiff(result, diff, outputs, io, examples)
    : await writeOutputs(result, outputs, io, examples)
  for (const path of written) io.stderr.write(`pimap: wrote ${path}\n`)
  const code = exitCodeFor(result, args['fail-on'])
  return diff ? baselineExitCode(code, diff, args['fail-on-new'], io) : code
}
