/**
 * Escaping by construction for the HTML report. Every value in a ScanResult comes from scanned databases
 * (table names, comments, paths), so the `markup` tag escapes each interpolation unless it is markup the tag
 * itself produced. Attributes are always double-quoted, so escaping `& < > " '` is enough in text and in
 * attribute values alike.
 *
 * The tag is called `markup`, not `html`: Prettier reformats `html` tagged templates as HTML, which would
 * change the report's whitespace, including the inline style and script whose CSP hashes must match exactly.
 */

/** Markup that is safe to insert as is: made only by {@link markup} or {@link trusted} on constants. */
export class SafeHtml {
  readonly value: string

  constructor(value: string) {
    this.value = value
  }

  toString(): string {
    return this.value
  }
}

/** What may be interpolated: text (escaped), numbers, markup, nothing, or lists of these. */
export type HtmlPart = SafeHtml | string | number | null | undefined | false | readonly HtmlPart[]

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!)
}

/** Tagged template: escapes every interpolated value that is not already {@link SafeHtml}. */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlPart[]): SafeHtml {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += renderPart(values[i]) + strings[i + 1]!
  return new SafeHtml(out)
}

/** Wraps a constant written in this code base (CSS, script). Never pass data from a result. */
export function trusted(constant: string): SafeHtml {
  return new SafeHtml(constant)
}

function renderPart(part: HtmlPart): string {
  if (part instanceof SafeHtml) return part.value
  if (part === null || part === undefined || part === false) return ''
  if (typeof part === 'number') return escapeHtml(formatNumber(part))
  if (typeof part === 'string') return escapeHtml(part)
  return part.map(renderPart).join('')
}

/** Thousands separators, fixed locale so snapshots do not depend on the machine. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(n)
}

/** `0.42` -> `42%`, `0.004` -> `0.4%`. */
export function formatPercent(fraction: number): string {
  const pct = fraction * 100
  return `${pct >= 10 || pct === 0 ? Math.round(pct) : pct.toFixed(1)}%`
}

/** An ISO timestamp as `2026-11-23 08:00 UTC` (the result's clock, not the reader's). */
export function formatTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso)
  return m ? `${m[1]} ${m[2]}${iso.endsWith('Z') ? ' UTC' : ''}` : iso
}

/** An identifier (`public.member_addresses`) with line-break opportunities after `.`, `_` and `/`. */
export function ident(text: string): SafeHtml {
  return new SafeHtml(
    text
      .split(/(?<=[._/])/)
      .map(escapeHtml)
      .join('<wbr>'),
  )
}

/** Text whose `backticked` parts are shown as code (messages and recommendations use them). */
export function withCode(text: string): SafeHtml {
  return markup`${text.split('`').map((part, i) => (i % 2 === 1 ? markup`<code>${part}</code>` : part))}`
}

/** A small coloured label; `kind` selects the CSS class (`b-sensitive`, `b-high`, …). */
export function badge(kind: string, text: string, title?: string): SafeHtml {
  return markup`<span class="badge b-${kind}"${title ? markup` title="${title}"` : ''}>${text}</span>`
}
