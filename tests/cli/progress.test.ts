import { describe, expect, it } from 'vitest'
import { progressReporter } from '../../src/cli/progress.js'

function capture(isTTY: boolean, env: Record<string, string> = {}) {
  let err = ''
  const report = progressReporter(
    { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s), isTTY, columns: 100 }, env },
    { quiet: false },
  )
  report({ type: 'source-start', source: 'postgresql://h/db' })
  report({ type: 'source-connected', source: 'postgresql://h/db', containers: 2, noun: 'table' })
  report({ type: 'records', source: 'postgresql://h/db', container: 'public.a', records: 500 })
  report({
    type: 'container-done',
    source: 'postgresql://h/db',
    container: 'public.a',
    status: 'scanned',
    records: 500,
    containersDone: 1,
    containersTotal: 2,
  })
  report({
    type: 'container-done',
    source: 'postgresql://h/db',
    container: 'public.b',
    status: 'failed',
    reason: 'permission denied',
    records: 0,
    containersDone: 2,
    containersTotal: 2,
  })
  report({ type: 'source-done', source: 'postgresql://h/db' })
  return err
}

describe('progress output', () => {
  it('writes plain lines without a terminal (CI, pipes)', () => {
    const out = capture(false)
    expect(out).not.toContain('\r')
    expect(out).toMatch(/postgresql:\/\/h\/db: 2 table\(s\)/)
    expect(out).toMatch(/public\.b: failed: permission denied/)
  })

  it('draws a live status line with counts on a terminal', () => {
    const out = capture(true)
    expect(out).toContain('\r')
    expect(out).toMatch(/tables [12]\/2 · 500 records/)
  })

  it('falls back to plain lines on a terminal when CI is set', () => {
    expect(capture(true, { CI: 'true' })).not.toContain('\r')
  })
})
