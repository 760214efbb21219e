/** The report's header (sources, time, settings) and the summary cards. */
import { SEVERITIES } from '../../src/findings/finding.js'
import { isIncomplete, type ScanResult } from '../../src/scan-result.js'
import { badge, formatNumber, formatTime, type HtmlPart, markup, type SafeHtml } from './html-markup.js'

export function renderHeader(result: ScanResult): SafeHtml {
  const s = result.settings
  const seconds = (result.durationMs / 1000).toFixed(1)
  const notOk = result.sources.filter((src) => src.status !== 'ok').length
  const sampleSize =
    typeof s.sampleSize === 'number' ? `${formatNumber(s.sampleSize)} records per container` : 'all records'
  const policy = result.policy
    ? `${result.policy.file} (${result.policy.purposes} purposes, ${result.policy.mappings} mappings)`
    : 'none'
  return markup`<header class="top">
<h1>Personal-information inventory</h1>
<p class="sub">pimap ${result.tool.version} · scanned <time datetime="${result.startedAt}">${formatTime(result.startedAt)}</time>, finished <time datetime="${result.finishedAt}">${formatTime(result.finishedAt)}</time> (${seconds} s)</p>
<dl class="settings">
<div><dt>Sample size</dt><dd>${sampleSize}</dd></div>
<div><dt>Lowest confidence reported</dt><dd>${s.minConfidence}</dd></div>
<div><dt>ID numbers</dt><dd>${s.idNumberIsSensitive ? 'sensitive (GB/T 35273-2020)' : 'personal (TC260-PG-20244A)'}</dd></div>
<div><dt>Rules</dt><dd>${s.rules}</dd></div>
<div><dt>Policy</dt><dd>${policy}</dd></div>
</dl>
<div class="scroll"><table>
<caption class="muted small">Sources (passwords in URLs are redacted)</caption>
<thead><tr><th scope="col">Source</th><th scope="col">URL</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col" class="num">Scanned</th><th scope="col" class="num">Skipped</th><th scope="col" class="num">Failed</th><th scope="col" class="num">Records read</th><th scope="col">Note</th></tr></thead>
<tbody>
${result.sources.map(
  (
    src,
  ) => markup`<tr${src.status === 'ok' ? '' : markup` class="problem"`}><td>${src.id}</td><td class="mono">${src.url}</td><td>${src.kind}</td><td>${badge(src.status, src.status)}</td><td class="num">${src.containers.scanned}</td><td class="num">${src.containers.skipped}</td><td class="num">${src.containers.failed}</td><td class="num">${src.records}</td><td>${src.error ?? ''}</td></tr>
`,
)}</tbody>
</table></div>
${
  isIncomplete(result)
    ? markup`<p class="alert" role="note"><strong>Incomplete scan.</strong> ${notOk} of ${result.sources.length} source(s) not fully read, ${result.summary.containers.failed} container(s) failed and ${result.summary.containers.skipped} skipped; personal information in them is not in this inventory (see <a href="#coverage">Coverage</a>).</p>`
    : ''
}
<nav class="toc" aria-label="Sections"><a href="#summary">Summary</a><a href="#inventory">Inventory</a><a href="#by-category">By category</a><a href="#by-container">By container</a>${result.retention.length > 0 ? markup`<a href="#retention">Retention</a>` : ''}<a href="#findings">Findings</a><a href="#coverage">Coverage</a></nav>
</header>`
}

export function renderSummary(result: ScanResult): SafeHtml {
  const s = result.summary
  const sources = (status: string) => result.sources.filter((x) => x.status === status).length
  const containersWithFields = new Set(result.fields.map((f) => `${f.sourceId}\u0000${f.container}`)).size
  const bySeverity = SEVERITIES.map((sev) => ({
    sev,
    n: result.findings.filter((f) => f.severity === sev).length,
  }))
    .filter(({ n }) => n > 0)
    .reverse()
  const findings = result.policy
    ? bySeverity.length > 0
      ? bySeverity.map(({ sev, n }, i) => markup`${i > 0 ? ' ' : ''}${badge(sev, `${n} ${sev}`)}`)
      : 'none'
    : 'no policy checked'
  const severe = result.findings.some((f) => f.severity === 'high' || f.severity === 'critical')
  const expired = result.retention.reduce((sum, r) => sum + r.expired, 0)
  const expiredIn = result.retention.filter((r) => r.expired > 0).length
  const cards = [
    card(
      'sources',
      'Sources',
      result.sources.length,
      markup`${sources('ok')} ok · ${problem(sources('partial'), 'partial')} · ${problem(sources('failed'), 'failed')}`,
    ),
    card(
      'containers',
      'Containers scanned',
      s.containers.scanned,
      markup`${problem(s.containers.skipped, 'skipped')} · ${problem(s.containers.failed, 'failed')}`,
    ),
    card('personal', 'Personal fields', s.personalFields, `in ${containersWithFields} container(s)`),
    card('sensitive', 'Sensitive fields', s.sensitiveFields, 'PIPL Art. 28 / GB/T 35273 §3.2', true),
    card('under14', 'Children under 14', s.under14Records, 'sampled records (PIPL Art. 31)', true),
    card('findings', 'Policy findings', result.findings.length, findings, severe),
    result.retention.length > 0 &&
      card(
        'expired',
        'Records past retention',
        expired,
        `in ${expiredIn} of ${result.retention.length} container(s) with a rule`,
        true,
      ),
  ]
  return markup`<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<div class="cards">
${cards}</div>
</section>`
}

/** `2 failed` in red when not zero. */
function problem(n: number, what: string): SafeHtml {
  return n > 0 ? markup`<strong class="bad">${n} ${what}</strong>` : markup`${n} ${what}`
}

/** A summary card; `alarm` paints a non-zero value red. */
function card(id: string, title: string, value: number, detail: HtmlPart, alarm = false): SafeHtml {
  return markup`<div class="card" data-card="${id}"><h3>${title}</h3><div class="big${alarm && value > 0 ? ' alarm' : ''}">${value}</div><p>${detail}</p></div>
`
}
