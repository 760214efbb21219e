/** `pimap report RESULT.json`: re-render a saved scan result in other formats, without scanning again. */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Argv } from 'yargs'
import { REPORT_FORMATS } from '../../../reports/index.js'
import { ConfigError, errorMessage } from '../../errors.js'
import { SCHEMA_VERSION, type ScanResult } from '../../scan-result.js'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-code.js'
import { writeOutputs } from '../output.js'
import { parseFormats } from '../scan-flags.js'

export const reportCommand = {
  command: 'report <result>',
  describe: 'render a saved JSON result (pimap-report.json) again, e.g. as HTML or CSV',
  builder: (yargs: Argv) =>
    yargs
      .positional('result', { type: 'string', describe: 'a JSON result written with --format json' })
      .option('format', {
        type: 'string',
        array: true,
        default: ['html'],
        describe: `output formats: ${REPORT_FORMATS.join(', ')} (several allowed)`,
      })
      .option('out', {
        type: 'string',
        describe: 'directory for report files; without it they go to stdout',
      }),
}

interface ReportArgs {
  readonly result: string
  readonly format: string[]
  readonly out?: string
}

export async function runReport(args: ReportArgs, io: CliIo): Promise<ExitCode> {
  const formats = parseFormats(args.format)
  const path = resolve(io.cwd ?? process.cwd(), args.result)
  const result = parseSavedResult(await readText(path), path)
  const written = await writeOutputs(result, { formats, out: args.out }, io)
  for (const file of written) io.stderr.write(`pimap: wrote ${file}\n`)
  return ExitCode.Ok
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read ${path}`, { cause: error })
  }
}

/**
 * Parses a saved result and checks that it is one this version can render: a pimap result with the current
 * `schemaVersion` and the arrays every reporter reads. Deeper validation is left to the reporters' types.
 */
export function parseSavedResult(text: string, path: string): ScanResult {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON`, { cause: errorMessage(error) })
  }
  const record = isRecord(data) ? data : undefined
  const tool = record && isRecord(record.tool) ? record.tool : undefined
  if (!record || tool?.name !== 'pimap' || !('schemaVersion' in record)) {
    throw new ConfigError(
      `${path} is not a pimap scan result (expected an object with "tool": {"name": "pimap"} and "schemaVersion"); write one with --format json`,
    )
  }
  if (record.schemaVersion !== SCHEMA_VERSION) {
    throw new ConfigError(
      `${path} has schemaVersion ${JSON.stringify(record.schemaVersion)}; this pimap reads schemaVersion ${SCHEMA_VERSION} (re-run the scan, or render it with the pimap version that wrote it)`,
    )
  }
  const arrays = ['sources', 'coverage', 'fields', 'findings', 'retention'] as const
  const missing = arrays.filter((key) => !Array.isArray(record[key]))
  if (missing.length > 0 || !isRecord(record.summary) || !isRecord(record.settings)) {
    const keys = [...missing, ...(['summary', 'settings'] as const).filter((k) => !isRecord(record[k]))]
    throw new ConfigError(
      `${path} is not a complete pimap scan result (missing or invalid: ${keys.join(', ')})`,
    )
  }
  return data as ScanResult
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
