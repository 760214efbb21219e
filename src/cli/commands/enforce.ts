import { resolve } from 'node:path'
import type { Argv } from 'yargs'
import { renderApplyReport, renderPlan } from '../../../reports/enforcement.js'
import { enforce } from '../../enforce/enforce.js'
import { ConfigError } from '../../errors.js'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-code.js'
import { identityKey, loadPolicyFlag } from '../policy-flags.js'
import { progressReporter } from '../progress.js'

export const enforceCommand = {
  command: 'enforce',
  describe: 'plan (and with --apply, execute) retention: anonymize or delete records past retention',
  builder: (yargs: Argv) =>
    yargs
      .option('config', {
        alias: 'c',
        type: 'string',
        demandOption: true,
        describe: 'policy file (pimap.yml)',
      })
      .option('apply', {
        type: 'boolean',
        default: false,
        describe: 'execute the plan (without it nothing changes)',
      })
      .option('batch-size', { type: 'number', default: 5000, describe: 'records per transaction' })
      .option('max-rows', {
        type: 'number',
        describe: 'stop after this many records (the rest waits for the next run)',
      })
      .option('audit-log', {
        type: 'string',
        default: 'pimap-audit.jsonl',
        describe: 'append-only JSONL audit trail',
      })
      .option('allow-no-key', {
        type: 'boolean',
        default: false,
        describe: 'also process tables without a primary key',
      })
      .option('sample-size', {
        type: 'number',
        default: 1000,
        describe: 'records sampled to find personal fields',
      })
      .option('format', { type: 'string', choices: ['table', 'json'], default: 'table' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false }),
}

interface EnforceArgs {
  readonly config: string
  readonly apply: boolean
  readonly 'batch-size': number
  readonly 'max-rows'?: number
  readonly 'audit-log': string
  readonly 'allow-no-key': boolean
  readonly 'sample-size': number
  readonly format: 'table' | 'json'
  readonly quiet: boolean
}

export async function runEnforce(args: EnforceArgs, io: CliIo): Promise<ExitCode> {
  if (!(args['batch-size'] > 0))
    throw new ConfigError('must be a positive number', { location: '--batch-size' })
  if (args['max-rows'] !== undefined && !(args['max-rows'] > 0))
    throw new ConfigError('must be a positive number', { location: '--max-rows' })
  const policy = (await loadPolicyFlag(args, io))!
  const progress = progressReporter(io, { quiet: args.quiet })
  const result = await enforce({
    policy,
    apply: args.apply,
    auditLogPath: resolve(io.cwd ?? process.cwd(), args['audit-log']),
    batchSize: args['batch-size'],
    ...(args['max-rows'] !== undefined ? { maxRows: args['max-rows'] } : {}),
    allowNoKey: args['allow-no-key'],
    hashKey: identityKey(io),
    sampleSize: args['sample-size'],
    onEvent: progress,
    onBatch: (item, processed) => {
      if (!args.quiet)
        io.stderr.write(`pimap: ${item.container}: ${processed.toLocaleString('en')} record(s) processed\n`)
    },
  })
  if (args.format === 'json')
    io.stdout.write(`${JSON.stringify({ plan: result.plan, report: result.report }, null, 2)}\n`)
  else io.stdout.write(result.report ? renderApplyReport(result.report) : renderPlan(result.plan))
  if (result.report?.items.some((i) => i.status === 'failed')) return ExitCode.Incomplete
  return ExitCode.Ok
}
