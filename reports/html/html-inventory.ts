/** The inventory table: one row per classified field, rendered on the server; the script adds sort and filters. */
import type { Signal } from '../../src/classifier/detection.js'
import type { FieldEntry, ScanResult } from '../../src/scan-result.js'
import { categoryInfo, groupInfo, presentCategories } from './html-categories.js'
import { groupBy } from '../../src/util/group-by.js'
import { badge, formatNumber, ident, markup, type SafeHtml } from './html-markup.js'

const SENSITIVITY_RANK = { sensitive: 0, personal: 1, none: 2 } as const
const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const

export function renderInventory(result: ScanResult): SafeHtml {
  const fields = result.fields
  return markup`<section id="inventory" aria-labelledby="inventory-h">
<h2 id="inventory-h">Inventory</h2>
<p class="muted">One row per field holding personal information. Examples are masked; “why” lists the evidence behind each classification.</p>
${filters(result)}
<div class="scroll"><table id="inventory-table" class="sortable">
<thead><tr><th scope="col">Container</th><th scope="col">Field</th><th scope="col">Category</th><th scope="col">Sensitivity</th><th scope="col">Confidence</th><th scope="col" class="num" data-type="number" title="Values whose shape matched / non-empty values examined">Matched</th><th scope="col" data-nosort>Examples (masked)</th><th scope="col" data-nosort>Why</th></tr></thead>
<tbody>
${fields.map(fieldRow)}</tbody>
</table>
<p id="inventory-empty" class="empty"${fields.length > 0 ? markup` hidden` : ''}>${fields.length > 0 ? 'No field matches these filters.' : 'No personal information found at the reported confidence.'}</p>
</div>
</section>`
}

/** Filter controls: hidden until the script shows them, so a reader without JavaScript sees no dead controls. */
function filters(result: ScanResult): SafeHtml {
  const groups = groupBy(presentCategories(result.fields), (c) => c.group)
  const sensitivities = [...new Set(result.fields.map((f) => f.sensitivity))].sort(
    (a, b) => SENSITIVITY_RANK[a] - SENSITIVITY_RANK[b],
  )
  const categoryOptions = [...groups].map(([group, categories]) => {
    const g = groupInfo(group)
    return markup`<optgroup label="${g.label} ${g.labelZh}"><option value="${group}">All ${g.label}</option>${categories.map((c) => markup`<option value="${c.id}">${c.label} ${c.labelZh}</option>`)}</optgroup>`
  })
  return markup`<form id="inventory-filters" class="filters" role="search" aria-label="Filter the inventory" hidden>
<label>Search<input type="search" name="q" placeholder="container, field, category…" autocomplete="off"></label>
<label>Category<select name="category"><option value="">All categories</option>${categoryOptions}</select></label>
<label>Sensitivity<select name="sensitivity"><option value="">Any</option>${sensitivities.map((s) => markup`<option value="${s}">${s}</option>`)}</select></label>
<label>Confidence<select name="confidence"><option value="">Any</option><option value="medium">medium or high</option><option value="high">high</option></select></label>
<label>Source<select name="source"><option value="">All sources</option>${result.sources.map((s) => markup`<option value="${s.id}">${s.id}</option>`)}</select></label>
<button type="reset">Clear</button>
<output id="inventory-count" aria-live="polite">${result.fields.length} fields</output>
</form>`
}

function fieldRow(f: FieldEntry): SafeHtml {
  const c = categoryInfo(f.category, f.categoryLabel)
  const ratio = f.sampled > 0 ? f.matched / f.sampled : -1
  const inText =
    f.scope === 'text'
      ? markup` <span class="tag" title="identifiers of this category were found inside free text">in text</span>`
      : ''
  const child = f.under14
    ? markup` ${badge('child', `${formatNumber(f.under14)} under 14`, 'sampled values belonging to children under 14 (PIPL Art. 28, 31)')}`
    : ''
  return markup`<tr data-source="${f.sourceId}" data-category="${f.category}" data-sensitivity="${f.sensitivity}" data-confidence="${f.confidence}">
<td class="q" data-sort="${f.container}"><span class="mono">${ident(f.container)}</span><span class="comment" title="${f.source}">${f.sourceId}</span></td>
<td class="q" data-sort="${f.field}"><span class="mono field">${ident(f.field)}</span>${inText}${child}${f.comment ? markup`<span class="comment">${f.comment}</span>` : ''}</td>
<td class="q" data-sort="${f.category}">${c.label}${c.labelZh ? markup`<span class="zh" lang="zh-CN">${c.labelZh}</span>` : ''}<br><code class="muted">${ident(f.category)}</code></td>
<td data-sort="${SENSITIVITY_RANK[f.sensitivity]}">${badge(f.sensitivity, f.sensitivity)}</td>
<td class="nowrap" data-sort="${CONFIDENCE_RANK[f.confidence]}-${(1 - f.score).toFixed(2)}">${badge(`${f.confidence}-conf`, f.confidence)} <span class="muted small">${f.score}</span></td>
<td class="num" data-sort="${ratio.toFixed(4)}">${f.matched} / ${f.sampled}</td>
<td class="mono examples">${f.examples.map((e) => markup`<span title="${e}">${e}</span>`)}</td>
<td>${why(f)}</td>
</tr>
`
}

/** The evidence behind a verdict: signals with their weights, then rule, type and storage state. */
function why(f: FieldEntry): SafeHtml {
  const states = f.valueStates
    ? Object.entries(f.valueStates)
        .filter(([, n]) => n > 0)
        .map(([state, n]) => `${formatNumber(n)} ${state}`)
        .join(', ')
    : ''
  const item = (label: string, body: SafeHtml | string) =>
    markup`<li><span class="w">${label}</span><span>${body}</span></li>`
  return markup`<details class="why"><summary>${f.signals.length} signal${f.signals.length === 1 ? '' : 's'}</summary><ul>
${f.signals.map(signalItem)}${item('rule', markup`<code>${f.ruleId}</code> · type <code>${f.dataType}</code> · ${f.validated} of ${f.sampled} validated`)}${states ? item('stored', states) : ''}${f.linkedBy?.length ? item('linked', `by ${f.linkedBy.join(', ')}`) : ''}${f.lines?.length ? item('lines', f.lines.join(', ')) : ''}
</ul></details>`
}

function signalItem(s: Signal): SafeHtml {
  const weight = s.weight === 0 ? '·' : `${s.weight > 0 ? '+' : '−'}${Math.abs(s.weight).toFixed(2)}`
  return markup`<li><span class="w${s.weight < 0 ? ' neg' : ''}" title="${s.kind} signal, weight ${s.weight}">${weight}</span><span>${s.detail}</span></li>
`
}
