/** Renders a result in the requested formats: the table to stdout, files under `--out`, or stdout without it. */
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { type ReportFormat, reporters } from '../../reports/index.js'
import type { ScanEvent } from '../scan-events.js'
import type { ScanResult } from '../scan-result.js'
import { type CliIo, useColor } from './cli-io.js'

export interface OutputOptions {
  readonly formats: readonly ReportFormat[]
  readonly out?: string
}

/** Collects `raw-examples` events for `--show-data`; they are shown in the terminal table only. */
export function rawExampleCollector(): {
  onEvent: (e: ScanEvent) => void
  examples: Map<string, readonly string[]>
} {
  const examples = new Map<string, readonly string[]>()
  return {
    examples,
    onEvent: (e) => {
      if (e.type === 'raw-examples') examples.set(`${e.container}\u0000${e.field}`, e.values)
    },
  }
}

export async function writeOutputs(
  result: ScanResult,
  options: OutputOptions,
  io: CliIo,
  rawExamples?: ReadonlyMap<string, readonly string[]>,
): Promise<string[]> {
  const written: string[] = []
  const tableOptions = { color: useColor(io, io.stdout), width: io.stdout.columns, rawExamples }
  for (const format of options.formats) {
    const reporter = reporters[format]
    const fileName = 'fileName' in reporter ? reporter.fileName : undefined
    // The terminal table is never written to files: raw --show-data examples may be in it.
    if (options.out && fileName) {
      const dir = resolve(io.cwd ?? process.cwd(), options.out)
      await mkdir(dir, { recursive: true })
      const path = resolve(dir, fileName)
      await writeFile(path, reporter.render(result, { color: false }), 'utf8')
      written.push(path)
    } else {
      io.stdout.write(reporter.render(result, format === 'table' ? tableOptions : { color: false }))
    }
  }
  return written
}
