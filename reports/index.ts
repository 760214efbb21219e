/** Report formats: name -> pure renderer and file name. */
import type { ScanResult } from '../src/scan-result.js'
import { renderCsv } from './csv.js'
import { renderHtml } from './html.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderSarif } from './sarif.js'
import { renderTable, type TableOptions } from './table.js'

export interface Reporter {
  /** File written under `--out`; undefined for terminal-only formats. */
  readonly fileName?: string
  readonly render: (result: ScanResult, options: TableOptions) => string
}

export const reporters = {
  json: { fileName: 'pimap-report.json', render: renderJson },
  md: { fileName: 'pimap-report.md', render: renderMarkdown },
  table: { render: renderTable },
  sarif: { fileName: 'pimap-report.sarif', render: renderSarif },
  html: { fileName: 'pimap-report.html', render: renderHtml },
  csv: { fileName: 'pimap-report.csv', render: renderCsv },
} as const satisfies Record<string, Reporter>

export type ReportFormat = keyof typeof reporters
export const REPORT_FORMATS = Object.keys(reporters) as ReportFormat[]
