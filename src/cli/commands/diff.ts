/**
 * `pimap diff OLD.json NEW.json`: what changed between two saved results. Also the `scan --baseline` helpers:
 * reading the baseline, printing the diff with the scan's output, and the `--fail-on-new` rule.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Argv } from 'yargs'
import { reporters } from '../../../reports/index.js'
import { diffResults, type ResultDiff } from '../../diff/diff-results.js'
import { type NewFieldLevel, newFieldsAtLevel } from '../../diff/new-fields.js'
import {
  DIFF_FORMATS,
  type DiffFormat,
  describeField,
  diffSummary,
  renderDiff,
} from '../../diff/render-diff.js'
import { ConfigError } from '../../errors.js'
import type { ScanResult } from '../../scan-result.js'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-code.js'
import { type OutputOptions, writeOutputs } from '../output.js'
import { parseSavedResult } from './report.js'

export const diffCommand = {
  command: 'diff <old> <new>',
  describe: 'compare two saved JSON results: fields, containers and findings added, removed or changed',
  builder: (yargs: Argv) =>
    yargs
      .positional('old', { type: 'string', describe: 'the baseline result (--format json)' })
      .positional('new', { type: 'string', describe: 'the result to compare with it' })
      .option('format', {
        type: 'string',
        choices: DIFF_FORMATS,
        default: 'table',
        describe: 'output format',
      }),
}

interface DiffArgs {
  readonly old: string
  readonly new: string
  readonly format: DiffFormat
}

export async function runDiff(args: DiffArgs, io: CliIo): Promise<ExitCode> {
  const baseline = await readResultFile(args.old, io)
  const current = await readResultFile(args.new, io)
  io.stdout.write(renderDiff(diffResults(baseline, current), args.format))
  return ExitCode.Ok
}

/** Reads a saved result; unreadable files and other schema versions are usage errors (exit 2). */
export async function readResultFile(file: string, io: CliIo): Promise<ScanResult> {
  const path = resolve(io.cwd ?? process.cwd(), file)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read ${path}`, { cause: error })
  }
  return parseSavedResult(text, path)
}

/**
 * Writes the scan's outputs with the diff: JSON on stdout becomes `{ ...result, diff }`; with `--out`,
 * `pimap-diff.json` is written next to the reports. Returns the files written.
 */
export async function writeOutputsWithDiff(
  result: ScanResult,
  diff: ResultDiff,
  options: OutputOptions,
  io: CliIo,
  rawExamples?: ReadonlyMap<string, readonly string[]>,
): Promise<string[]> {
  const written: string[] = []
  for (const format of options.formats) {
    if (format === 'json' && !options.out) {
      const json = JSON.parse(reporters.json.render(result)) as object
      io.stdout.write(`${JSON.stringify({ ...json, diff }, null, 2)}\n`)
    } else
      written.push(...(await writeOutputs(result, { formats: [format], out: options.out }, io, rawExamples)))
  }
  if (options.out) {
    const dir = resolve(io.cwd ?? process.cwd(), options.out)
    await mkdir(dir, { recursive: true })
    const path = resolve(dir, 'pimap-diff.json')
    await writeFile(path, renderDiff(diff, 'json'), 'utf8')
    written.push(path)
  }
  return written
}

/**
 * Prints the diff summary to stderr and applies `--fail-on-new`: exit 1 when the scan found fields at that level
 * the baseline lacked. An incomplete scan (3) and findings (1) keep their code.
 */
export function baselineExitCode(
  code: ExitCode,
  diff: ResultDiff,
  failOnNew: NewFieldLevel | undefined,
  io: CliIo,
): ExitCode {
  io.stderr.write(`pimap: compared with the baseline: ${diffSummary(diff)}\n`)
  if (!failOnNew) return code
  const fresh = newFieldsAtLevel(diff, failOnNew)
  for (const f of fresh.slice(0, 20))
    io.stderr.write(`pimap: new ${failOnNew} field ${describeField(f)}: ${f.category} (${f.sensitivity})\n`)
  if (fresh.length > 20) io.stderr.write(`pimap: … and ${fresh.length - 20} more\n`)
  return code === ExitCode.Ok && fresh.length > 0 ? ExitCode.Findings : code
}
