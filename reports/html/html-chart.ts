/** Inline SVG bar chart of records past retention per container, coloured by the action the policy prescribes. */
import type { RetentionStatus } from '../../src/policy/policy-context.js'
import { formatNumber, markup, type SafeHtml } from './html-markup.js'

const WIDTH = 880
const LABEL = 280
const VALUE = 150
const BAR = 18
const GAP = 8
const COLORS = { delete: '#b42318', anonymize: '#8a5a00', held: '#8c959f' } as const

export function renderRetentionChart(retention: readonly RetentionStatus[]): SafeHtml {
  const rows = [...retention].sort((a, b) => b.expired - a.expired || a.container.localeCompare(b.container))
  const max = Math.max(1, ...rows.map((r) => r.expired))
  const height = rows.length * (BAR + GAP) + GAP
  const span = WIDTH - LABEL - VALUE
  const bars = rows.map((r, i) => {
    const y = GAP + i * (BAR + GAP)
    const w = r.expired > 0 ? Math.max(2, Math.round((r.expired / max) * span)) : 0
    const color = r.held ? COLORS.held : COLORS[r.action]
    const label = r.container.length > 38 ? `${r.container.slice(0, 37)}…` : r.container
    const outcome = r.held ? `legal hold: ${r.held}` : r.action
    return markup`<g><title>${r.container}: ${formatNumber(r.expired)} record(s) past ${r.duration} (${outcome})</title>
<text x="${LABEL - 8}" y="${y + BAR / 2}" text-anchor="end" dominant-baseline="central">${label}</text>
<rect x="${LABEL}" y="${y}" width="${w}" height="${BAR}" rx="3" fill="${color}"></rect>
<text class="value" x="${LABEL + w + 6}" y="${y + BAR / 2}" dominant-baseline="central">${formatNumber(r.expired)} · ${r.held ? 'held' : r.action}</text></g>
`
  })
  return markup`<figure class="chart">
<div class="legend" aria-hidden="true"><span><span class="swatch sw-delete"></span>delete</span><span><span class="swatch sw-anonymize"></span>anonymize</span>${rows.some((r) => r.held) ? markup`<span><span class="swatch sw-held"></span>legal hold</span>` : ''}</div>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="retention-chart-title">
<title id="retention-chart-title">Records past retention per container</title>
${bars}</svg>
</figure>`
}
