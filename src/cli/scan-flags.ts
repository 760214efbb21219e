/** Flags shared by `scan` and `demo`, and their mapping onto ScanOptions. */
import type { Argv } from 'yargs'
import { REPORT_FORMATS, type ReportFormat } from '../../reports/index.js'
import { CONFIDENCES, type Confidence } from '../classifier/detection.js'
import { ConfigError } from '../errors.js'
import type { ScanOptions } from '../scan-options.js'

export interface ScanFlags {
  readonly 'sample-size'?: string
  readonly format: string[]
  readonly out?: string
  readonly 'min-confidence': string
  readonly 'show-data': boolean
  readonly 'id-number-sensitive': boolean
  readonly quiet: boolean
}

export function withScanFlags<T>(yargs: Argv<T>) {
  return yargs
    .option('sample-size', {
      type: 'string',
      describe: 'records per table/collection/file, or "all" (default 10000)',
    })
    .option('format', {
      type: 'string',
      array: true,
      default: ['table'],
      describe: `output formats: ${REPORT_FORMATS.join(', ')} (several allowed)`,
    })
    .option('out', {
      type: 'string',
      describe: 'directory for report files (json, md, html, csv, sarif); without it they go to stdout',
    })
    .option('min-confidence', {
      type: 'string',
      default: 'medium',
      choices: CONFIDENCES,
      describe: 'lowest confidence reported',
    })
    .option('show-data', {
      type: 'boolean',
      default: false,
      describe: 'print a few raw example values in the terminal table (never written to files)',
    })
    .option('id-number-sensitive', {
      type: 'boolean',
      default: true,
      describe:
        'treat ID numbers as sensitive (GB/T 35273); --no-id-number-sensitive follows TC260-PG-20244A',
    })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no progress output' })
}

export function parseSampleSize(value: string | undefined): number | 'all' | undefined {
  if (value === undefined) return undefined
  if (value === 'all') return 'all'
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) {
    throw new ConfigError(`expected a positive integer or "all", got ${JSON.stringify(value)}`, {
      location: '--sample-size',
    })
  }
  return n
}

export function parseFormats(values: readonly string[]): ReportFormat[] {
  const formats = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
  for (const f of formats) {
    if (!(REPORT_FORMATS as string[]).includes(f)) {
      throw new ConfigError(`unknown format ${JSON.stringify(f)}; use ${REPORT_FORMATS.join(', ')}`, {
        location: '--format',
      })
    }
  }
  return [...new Set(formats)] as ReportFormat[]
}

export function scanOptionsFromFlags(flags: ScanFlags): Omit<ScanOptions, 'sources'> {
  return {
    sampleSize: parseSampleSize(flags['sample-size']),
    minConfidence: flags['min-confidence'] as Confidence,
    showData: flags['show-data'],
    sensitivity: { idNumberIsSensitive: flags['id-number-sensitive'] },
  }
}
