/** Two read-only views of the inventory: per category (grouped by the taxonomy) and per source and container. */
import type { CoverageEntry, FieldEntry, ScanResult, SourceReport } from '../../src/scan-result.js'
import { groupInfo, presentCategories } from './html-categories.js'
import { groupBy } from '../../src/util/group-by.js'
import { badge, ident, markup, type SafeHtml } from './html-markup.js'

const key = (sourceId: string, container: string) => `${sourceId}\u0000${container}`

export function renderByCategory(result: ScanResult): SafeHtml {
  const byCategory = groupBy(result.fields, (f) => f.category)
  const groups = groupBy(presentCategories(result.fields), (c) => c.group)
  const bodies = [...groups].map(([group, categories]) => {
    const g = groupInfo(group)
    const rows = categories.map((c) => {
      const fields = byCategory.get(c.id) ?? []
      const sensitivities = [...new Set(fields.map((f) => f.sensitivity))]
      const containers = new Set(fields.map((f) => key(f.sourceId, f.container))).size
      return markup`<tr><td>${c.label}<br><code class="muted">${c.id}</code></td><td lang="zh-CN">${c.labelZh}</td><td>${sensitivities.map((s) => markup`${badge(s, s)} `)}</td><td class="num">${fields.length}</td><td class="num">${containers}</td><td class="where">${fields.map((f) => markup`<code>${ident(`${f.container}.${f.field}`)}</code>`)}</td></tr>
`
    })
    return markup`<tbody><tr class="group"><th colspan="6" scope="rowgroup">${g.label}${g.labelZh ? markup`<span class="zh" lang="zh-CN">${g.labelZh}</span>` : ''}</th></tr>
${rows}</tbody>
`
  })
  return markup`<section id="by-category" aria-labelledby="by-category-h">
<h2 id="by-category-h">By category</h2>
${
  groups.size === 0
    ? markup`<p class="muted">No categories found.</p>`
    : markup`<div class="scroll"><table>
<thead><tr><th scope="col">Category</th><th scope="col" lang="zh-CN">类别</th><th scope="col">Sensitivity</th><th scope="col" class="num">Fields</th><th scope="col" class="num">Containers</th><th scope="col">Where</th></tr></thead>
${bodies}</table></div>`
}
</section>`
}

export function renderByContainer(result: ScanResult): SafeHtml {
  return markup`<section id="by-container" aria-labelledby="by-container-h">
<h2 id="by-container-h">By source and container</h2>
${result.sources.map((src) => sourceView(result, src))}</section>`
}

function sourceView(result: ScanResult, src: SourceReport): SafeHtml {
  const fieldsBy = groupBy(result.fields, (f) => key(f.sourceId, f.container))
  const coverage = result.coverage.filter((c) => c.sourceId === src.id)
  const withFields = coverage.filter((c) => fieldsBy.has(key(src.id, c.container)))
  const without = coverage.filter((c) => c.status === 'scanned' && !fieldsBy.has(key(src.id, c.container)))
  const hasRetention = result.retention.length > 0
  const rows = withFields.map((c) => containerRow(result, c, fieldsBy.get(key(src.id, c.container)) ?? []))
  return markup`<h3>${src.id} <span class="mono muted">${src.url}</span> ${badge(src.status, src.status)}</h3>
${src.error ? markup`<p class="alert">${src.error}</p>` : ''}
${
  withFields.length > 0
    ? markup`<div class="scroll"><table class="sortable">
<thead><tr><th scope="col">Container</th><th scope="col" class="num" data-type="number">Records sampled</th><th scope="col" class="num" data-type="number">Personal fields</th><th scope="col" class="num" data-type="number">Sensitive</th><th scope="col" class="num" data-type="number">Under 14</th>${hasRetention ? markup`<th scope="col" class="num" data-type="number">Past retention</th>` : ''}<th scope="col" data-nosort>Categories</th></tr></thead>
<tbody>
${rows}</tbody>
</table></div>`
    : src.status === 'failed'
      ? markup`<p class="muted">Not scanned: the source could not be read.</p>`
      : markup`<p class="muted">No personal information found in this source.</p>`
}
${without.length > 0 ? markup`<p class="muted small">Scanned, no personal information found: ${without.map((c, i) => markup`${i > 0 ? ', ' : ''}<code>${c.container}</code>`)}</p>` : ''}
`
}

function containerRow(result: ScanResult, c: CoverageEntry, fields: readonly FieldEntry[]): SafeHtml {
  const retention = result.retention.find((r) => r.sourceId === c.sourceId && r.container === c.container)
  const sensitive = fields.filter((f) => f.sensitivity === 'sensitive').length
  const under14 = Math.max(0, ...fields.map((f) => f.under14 ?? 0))
  const expired =
    result.retention.length > 0
      ? markup`<td class="num" data-sort="${String(retention?.expired ?? -1)}">${retention ? retention.expired : '–'}</td>`
      : ''
  return markup`<tr><td><a class="mono" href="#inventory" data-filter="${c.container}" title="Show these fields in the inventory">${c.container}</a></td><td class="num">${c.sampledRecords}</td><td class="num">${fields.length}</td><td class="num">${sensitive}</td><td class="num">${under14}</td>${expired}<td>${categoryTags(fields)}</td></tr>
`
}

function categoryTags(fields: readonly FieldEntry[]): SafeHtml[] {
  return [...groupBy(fields, (f) => f.category)].map(([category, fs]) => {
    const sensitive = fs.some((f) => f.sensitivity === 'sensitive')
    return markup`<span class="tag${sensitive ? ' b-sensitive' : ''}" title="${category}">${fs[0]!.categoryLabel}${fs.length > 1 ? ` ×${fs.length}` : ''}</span>`
  })
}
