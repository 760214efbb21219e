import type { ScanResult } from '../src/scan-result.js'

/** The result as stable, schema-versioned JSON (the same shape `scan()` returns). */
export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`
}
