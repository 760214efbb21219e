/** Retention status (table and chart), policy findings and coverage. */
import { compareFindings, type Finding, severityRank } from '../../src/findings/finding.js'
import type { CoverageEntry, ScanResult } from '../../src/scan-result.js'
import type { RetentionStatus } from '../../src/policy/policy-context.js'
import { renderRetentionChart } from './html-chart.js'
import { badge, formatPercent, formatTime, ident, markup, type SafeHtml, withCode } from './html-markup.js'

export function renderRetention(result: ScanResult): SafeHtml {
  if (result.retention.length === 0) return markup``
  return markup`<section id="retention" aria-labelledby="retention-h">
<h2 id="retention-h">Retention</h2>
<p class="muted">Records older than the retention period the policy sets for each container, counted in the database.</p>
${renderRetentionChart(result.retention)}
<div class="scroll"><table class="sortable">
<thead><tr><th scope="col">Source</th><th scope="col">Container</th><th scope="col">Period</th><th scope="col">Governing rule</th><th scope="col">Clock field</th><th scope="col">Cutoff</th><th scope="col" class="num" data-type="number">Past retention</th><th scope="col" class="num" data-type="number">Oldest (days)</th><th scope="col">Action</th><th scope="col">Legal hold</th></tr></thead>
<tbody>
${result.retention.map(retentionRow)}</tbody>
</table></div>
</section>`
}

function retentionRow(r: RetentionStatus): SafeHtml {
  const cutoff = formatTime(r.cutoff).replace(/ 00:00 UTC$/, '')
  return markup`<tr><td title="${r.source}">${r.sourceId}</td><td class="mono">${ident(r.container)}</td><td><code>${r.duration}</code> from ${r.from}</td><td>${r.origin}</td><td class="mono">${ident(r.clockField)}</td><td class="nowrap" data-sort="${r.cutoff}"><time datetime="${r.cutoff}">${cutoff}</time></td><td class="num">${r.expired}</td><td class="num">${r.oldestDays ?? ''}</td><td>${badge(r.action, r.action)}</td><td>${r.held ?? ''}</td></tr>
`
}

export function renderFindings(result: ScanResult): SafeHtml {
  const findings = [...result.findings].sort(compareFindings)
  const body =
    !result.policy && findings.length === 0
      ? markup`<p class="muted">No policy was checked. Run <code>pimap init</code>, describe purposes and mappings, then <code>pimap scan --config pimap.yml</code>.</p>`
      : findings.length === 0
        ? markup`<p>No findings: the scanned data matches the policy.</p>`
        : markup`<div class="scroll"><table class="sortable">
<thead><tr><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Where</th><th scope="col" data-nosort>Evidence</th><th scope="col" data-nosort>Recommended action</th></tr></thead>
<tbody>
${findings.map(findingRow)}</tbody>
</table></div>`
  return markup`<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">Findings</h2>
${body}
</section>`
}

function findingRow(f: Finding): SafeHtml {
  const where = `${f.container}${f.field ? `.${f.field}` : ''}`
  const location = f.location ? `${f.location.path}${f.location.line ? `:${f.location.line}` : ''}` : ''
  const evidence = Object.entries(f.evidence).map(
    ([k, v]) => markup`<dt>${k}</dt><dd>${typeof v === 'boolean' ? (v ? 'yes' : 'no') : v}</dd>`,
  )
  return markup`<tr><td data-sort="${9 - severityRank(f.severity)}">${badge(f.severity, f.severity)}</td><td data-sort="${f.checkId} ${f.message}">${withCode(f.message)}<br><code class="muted small">${f.checkId}</code></td><td data-sort="${f.sourceId}:${where}"><span class="mono">${ident(where)}</span><br><span class="muted small" title="${f.source}">${f.sourceId}${location ? ` · ${location}` : ''}</span></td><td><dl class="evidence">${evidence}</dl></td><td>${withCode(f.recommendation)}</td></tr>
`
}

export function renderCoverage(result: ScanResult): SafeHtml {
  return markup`<section id="coverage" aria-labelledby="coverage-h">
<h2 id="coverage-h">Coverage</h2>
<p class="muted">Every container pimap was asked to scan, how it was sampled, and why any was skipped or failed.</p>
<div class="scroll"><table class="sortable">
<thead><tr><th scope="col">Source</th><th scope="col">Container</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col" class="num" data-type="number">Estimated records</th><th scope="col" class="num" data-type="number">Sampled</th><th scope="col">Method</th><th scope="col" class="num" data-type="number">Fraction</th><th scope="col" class="num" data-type="number">Fields</th><th scope="col" class="num" data-type="number">Classified</th><th scope="col">Reason</th></tr></thead>
<tbody>
${result.coverage.map(coverageRow)}</tbody>
</table></div>
</section>`
}

const STATUS_RANK = { failed: 0, skipped: 1, scanned: 2 } as const

function coverageRow(c: CoverageEntry): SafeHtml {
  const fraction = c.sampledFraction === undefined ? '' : formatPercent(c.sampledFraction)
  return markup`<tr${c.status === 'scanned' ? '' : markup` class="problem"`}><td title="${c.source}">${c.sourceId}</td><td class="mono">${ident(c.container)}</td><td>${c.kind}</td><td data-sort="${STATUS_RANK[c.status]}">${badge(c.status, c.status)}</td><td class="num">${c.estimatedRecords ?? ''}</td><td class="num">${c.sampledRecords}</td><td>${c.sampleMethod ?? ''}</td><td class="num" data-sort="${c.sampledFraction ?? ''}">${fraction}</td><td class="num">${c.fields}</td><td class="num">${c.classifiedFields}</td><td>${c.reason ?? ''}</td></tr>
`
}
