/**
 * Renders scan events: a live status line on a TTY (containers done/total, records, ETA), plain log lines in CI
 * and pipes so logs stay readable. Writes to stderr; stdout is for results.
 */
import type { ScanEvent } from '../scan-events.js'
import type { CliIo } from './cli-io.js'

export function progressReporter(io: CliIo, options: { quiet: boolean }): (event: ScanEvent) => void {
  const live = Boolean(io.stderr.isTTY) && !io.env.CI
  const state = new Map<
    string,
    { done: number; total: number; records: number; noun: string; started: number }
  >()
  let lastDraw = 0
  const draw = (force = false) => {
    const now = Date.now()
    if (!live || (!force && now - lastDraw < 100)) return
    lastDraw = now
    const parts = [...state.entries()].map(([src, s]) => {
      const elapsed = (now - s.started) / 1000
      const eta =
        s.done > 0 && s.done < s.total ? ` ETA ${Math.ceil((elapsed / s.done) * (s.total - s.done))}s` : ''
      return `${short(src)} ${s.noun}s ${s.done}/${s.total} · ${s.records.toLocaleString('en')} records${eta}`
    })
    io.stderr.write(`\r\u001b[2K${parts.join('  |  ').slice(0, (io.stderr.columns ?? 120) - 1)}`)
  }
  const line = (text: string) => {
    if (options.quiet) return
    if (live) io.stderr.write('\r\u001b[2K')
    io.stderr.write(`${text}\n`)
    draw(true)
  }
  return (event) => {
    switch (event.type) {
      case 'source-start':
        state.set(event.source, { done: 0, total: 0, records: 0, noun: 'container', started: Date.now() })
        line(`pimap: scanning ${event.source}`)
        break
      case 'source-connected': {
        const s = state.get(event.source)
        if (s) Object.assign(s, { total: event.containers, noun: event.noun })
        if (!live) line(`pimap: ${event.source}: ${event.containers} ${event.noun}(s)`)
        break
      }
      case 'source-failed':
        state.delete(event.source)
        line(`pimap: ${event.source}: failed: ${event.error}`)
        break
      case 'records': {
        const s = state.get(event.source)
        if (s) s.records += event.records
        draw()
        break
      }
      case 'container-done': {
        const s = state.get(event.source)
        if (s) s.done = event.containersDone
        if (event.status === 'failed') line(`pimap: ${event.container}: failed: ${event.reason ?? ''}`)
        else if (!live && !options.quiet && event.containersDone === event.containersTotal) {
          line(`pimap: ${event.source}: ${event.containersDone}/${event.containersTotal} done`)
        }
        draw()
        break
      }
      case 'source-done':
        state.delete(event.source)
        if (live) io.stderr.write('\r\u001b[2K')
        draw(true)
        break
      case 'raw-examples':
        break
    }
  }
}

function short(source: string): string {
  return source.length > 40 ? `…${source.slice(-39)}` : source
}
