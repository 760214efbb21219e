/**
 * Anonymization of one log line, in place: the values of planned fields are located in the raw text (JSON
 * leaves by path, logfmt pairs, access-log fields and query parameters, the whole line of a text record) and
 * only their bytes are replaced, so everything else on the line (key order, spacing, number formats, escapes)
 * stays as written. Fields are named as the scan names them (`user.email`, `addresses[].phone`, `query.phone`,
 * `message`). Text-scope fields (identifiers found inside free text) replace each validated identifier of the
 * category found in the value. Operators are the enforcement operators, which are idempotent: a line already
 * anonymized comes out unchanged, which is how reruns and crash recovery skip it.
 */
import { builtinRules } from '../../rules/index.js'
import type { RetentionTask } from '../../src/connector/connector.js'
import { applyOperator, defaultOperator, type OperatorName } from '../../src/enforce/operators.js'
import type { Rule } from '../../src/rule/rule.js'
import { ACCESS_LOG, type LogFormat, scanLogfmt, unescapeQuoted } from './log-format.js'
import { decodeQueryPart, MESSAGE_FIELD } from './log-records.js'

/** A planned field; `scope: 'text'` (set by the enforcement plan for log files) means identifiers inside text. */
export type RedactField = RetentionTask['fields'][number] & { readonly scope?: 'value' | 'text' }

export interface RedactOptions {
  readonly fields: readonly RedactField[]
  readonly hashKey?: Buffer
  /**
   * Also scan every other string value for validated identifiers (all categories, default operators): used to
   * count records that still hold personal data, where the plan's text-scope fields are not known.
   */
  readonly scanAllText?: boolean
}

/** A prepared redaction: fields by name, and the text rules per category. */
export class LineRedactor {
  readonly #format: LogFormat
  readonly #value = new Map<string, RedactField>()
  readonly #text = new Map<string, { category: string; operator: OperatorName; rules: readonly Rule[] }[]>()
  readonly #all: readonly { category: string; operator: OperatorName; rules: readonly Rule[] }[] | undefined
  readonly #hashKey: Buffer | undefined

  constructor(format: LogFormat, options: RedactOptions) {
    this.#format = format
    // Counting never writes: any key gives the same verdict on whether a value would change.
    this.#hashKey = options.hashKey ?? (options.scanAllText ? Buffer.alloc(32) : undefined)
    for (const f of options.fields) {
      if (f.scope === 'text') {
        const list = this.#text.get(f.field) ?? []
        list.push({ category: f.category, operator: f.operator, rules: textRules(f.category) })
        this.#text.set(f.field, list)
      } else if (!this.#value.has(f.field)) this.#value.set(f.field, f)
    }
    if (options.scanAllText) {
      const categories = [...new Set(builtinRules.filter((r) => r.scan && r.validate).map((r) => r.category))]
      this.#all = categories.map((category) => ({
        category,
        operator: defaultOperator(category),
        rules: textRules(category),
      }))
    }
  }

  /** The line after anonymization (the same string when nothing changes). */
  redact(line: string): string {
    let text = line
    let bom = ''
    if (text.charCodeAt(0) === 0xfeff) {
      bom = '\ufeff'
      text = text.slice(1)
    }
    if (text.trim() === '') return line
    const edits: Edit[] = []
    const kind = this.#format.kind
    if (kind === 'csv') return line
    if (!this.#json(text, edits)) {
      if (kind === 'access' && ACCESS_LOG.test(text)) this.#access(text, edits)
      else if (kind !== 'logfmt' || !this.#logfmt(text, edits)) this.#plain(text, edits)
    }
    if (edits.length === 0) return line
    edits.sort((a, b) => b.start - a.start)
    let out = text
    for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end)
    return out === text ? line : bom + out
  }

  /** Applies the operator of `field` (or the text scan) to `value`; undefined when nothing changes. */
  #apply(field: string, value: string): string | null | undefined {
    const f = this.#value.get(field)
    if (f) {
      const next = applyOperator(f.operator, value, f.category, this.#hashKey)
      return next === value ? undefined : next
    }
    const scans = this.#text.get(field) ?? this.#all
    if (!scans) return undefined
    let out = value
    for (const s of scans) out = replaceIdentifiers(out, s.rules, (id) => textOperator(s, id, this.#hashKey))
    return out === value ? undefined : out
  }

  /** JSON object lines, and text lines ending in a JSON payload (`2024-… INFO {"user":…}`). */
  #json(text: string, edits: Edit[]): boolean {
    let start = 0
    while (start < text.length && text.charCodeAt(start) <= 32) start++
    let leaves: JsonLeaf[] | undefined
    let prefix: string | undefined
    if (text.charCodeAt(start) === 123) leaves = jsonLeaves(text, start)
    else {
      const brace = text.indexOf(' {')
      if (brace > 0 && text.charCodeAt(text.length - 1) === 125) {
        leaves = jsonLeaves(text, brace + 1)
        if (leaves) prefix = text.slice(0, brace)
      }
    }
    if (!leaves) return false
    for (const leaf of leaves) {
      const next = this.#apply(leaf.path, leaf.value)
      if (next === undefined) continue
      edits.push({
        start: leaf.start,
        end: leaf.end,
        text: next === null ? 'null' : JSON.stringify(next),
      })
    }
    if (prefix !== undefined) {
      const next = this.#apply(MESSAGE_FIELD, prefix)
      if (next !== undefined) edits.push({ start: 0, end: prefix.length, text: next ?? '' })
    }
    return true
  }

  /** False when the line has no `key=value` pair (it is then plain text). */
  #logfmt(text: string, edits: Edit[]): boolean {
    const pairs = logfmtPairs(text)
    for (const p of pairs) {
      const next = this.#apply(p.key, p.value)
      if (next === undefined) continue
      edits.push({ start: p.start, end: p.end, text: logfmtValue(next ?? '', p.quoted) })
    }
    return pairs.length > 0
  }

  #access(text: string, edits: Edit[]): void {
    const m = ACCESS_LOG_D.exec(text)
    if (!m?.indices) return
    for (let i = 0; i < ACCESS_GROUPS.length; i++) {
      const field = ACCESS_GROUPS[i]!
      const span = m.indices[i + 1]
      const raw = m[i + 1]
      if (!span || raw === undefined || raw === '-' || raw === '') continue
      const quoted = field === 'request' || field === 'http_referer' || field === 'http_user_agent'
      if (field === 'request') {
        // Query parameters first, then the request as a whole (one edit: they overlap).
        const withQuery = this.#query(raw)
        const next = this.#apply(field, unescapeQuoted(withQuery))
        const out = next === undefined ? withQuery : escapeQuoted(next === null || next === '' ? '-' : next)
        if (out !== raw) edits.push({ start: span[0], end: span[1], text: out })
        continue
      }
      const next = this.#apply(field, quoted ? unescapeQuoted(raw) : raw)
      if (next === undefined) continue
      const value = next === null || next === '' ? '-' : next
      edits.push({
        start: span[0],
        end: span[1],
        text: quoted ? escapeQuoted(value) : value.replace(/\s/g, '_'),
      })
    }
    const extra = m[10]
    const extraSpan = m.indices[10]
    if (extra && extraSpan) {
      const xff = /^"((?:[^"\\]|\\.)*)"/.exec(extra)
      if (xff && xff[1] !== '-') {
        const next = this.#apply('http_x_forwarded_for', unescapeQuoted(xff[1]!))
        if (next !== undefined)
          edits.push({
            start: extraSpan[0] + 1,
            end: extraSpan[0] + 1 + xff[1]!.length,
            text: escapeQuoted(next === null || next === '' ? '-' : next),
          })
      }
    }
  }

  /** A raw request line with its query-string parameters (`query.<name>` fields) anonymized, URL-encoded. */
  #query(request: string): string {
    const q = request.indexOf('?')
    if (q < 0) return request
    const space = request.indexOf(' ', q)
    const end = space < 0 ? request.length : space
    const parts = request
      .slice(q + 1, end)
      .split('&')
      .map((part) => {
        const eq = part.indexOf('=')
        if (eq <= 0) return part
        const name = decodeQueryPart(part.slice(0, eq)).slice(0, 64)
        const next = this.#apply(`query.${name}`, decodeQueryPart(part.slice(eq + 1)))
        return next === undefined ? part : `${part.slice(0, eq + 1)}${encodeURIComponent(next ?? '')}`
      })
    return request.slice(0, q + 1) + parts.join('&') + request.slice(end)
  }

  #plain(text: string, edits: Edit[]): void {
    const next = this.#apply(MESSAGE_FIELD, text)
    if (next !== undefined) edits.push({ start: 0, end: text.length, text: next ?? '' })
  }
}

interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
}

const ACCESS_LOG_D = new RegExp(ACCESS_LOG.source, 'd')
const ACCESS_GROUPS = [
  'remote_addr',
  'remote_ident',
  'remote_user',
  'time_local',
  'request',
  'status',
  'body_bytes_sent',
  'http_referer',
  'http_user_agent',
] as const

const rulesByCategory = new Map<string, readonly Rule[]>()

/** Built-in rules that find identifiers of `category` inside text (validated matches only). */
function textRules(category: string): readonly Rule[] {
  let rules = rulesByCategory.get(category)
  if (!rules) {
    rules = builtinRules.filter((r) => r.scan && r.patterns?.length && r.category === category)
    rulesByCategory.set(category, rules)
  }
  return rules
}

/** An identifier inside text after its operator: `nullify` removes it. */
function textOperator(
  s: { category: string; operator: OperatorName },
  value: string,
  hashKey: Buffer | undefined,
): string {
  return applyOperator(s.operator, value, s.category, hashKey) ?? ''
}

/** Replaces every validated identifier the rules find in `text`. */
export function replaceIdentifiers(
  text: string,
  rules: readonly Rule[],
  replace: (identifier: string) => string,
): string {
  let out = text
  for (const rule of rules) {
    // Rules' scan expressions are global; replace() starts them at 0 and leaves them there.
    out = out.replace(rule.scan!, (m) => (m.length > 0 && isValidated(rule, m) ? replace(m) : m))
  }
  return out
}

/** The classifier's full-value check: normalise, match a pattern, drop fakes, validate === true. */
function isValidated(rule: Rule, value: string): boolean {
  const v = rule.normalize ? rule.normalize(value) : value
  const pattern = rule.patterns!.find((p) => p.regex.test(v))
  if (!pattern || rule.invalidate?.(v)) return false
  return rule.validate?.(v, pattern.name) === true
}

// ------------------------------------------------------------------------------------------------ JSON

interface JsonLeaf {
  /** Dotted path as flattenJson names it (`user.email`, `addresses[].phone`, arrays of scalars keep the path). */
  readonly path: string
  readonly start: number
  readonly end: number
  /** String value, or a number's text. */
  readonly value: string
}

/**
 * The string and number leaves of the JSON object starting at `from` with their spans; undefined when the text
 * from there is not exactly one JSON object (trailing spaces allowed).
 */
export function jsonLeaves(text: string, from: number): JsonLeaf[] | undefined {
  const leaves: JsonLeaf[] = []
  let i = from
  const n = text.length
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break
      i++
    }
  }
  const fail = (): never => {
    throw new SyntaxError('not JSON')
  }
  const string = (): string => {
    const start = i
    i++
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 92) i += 2
      else if (c === 34) break
      else i++
    }
    if (i >= n) fail()
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  const value = (path: string, depth: number): void => {
    if (depth > 64) fail()
    ws()
    const c = text.charCodeAt(i)
    if (c === 123) {
      i++
      ws()
      if (text.charCodeAt(i) === 125) {
        i++
        return
      }
      for (;;) {
        ws()
        if (text.charCodeAt(i) !== 34) fail()
        const key = string()
        ws()
        if (text.charCodeAt(i) !== 58) fail()
        i++
        value(path ? `${path}.${key}` : key, depth + 1)
        ws()
        const d = text.charCodeAt(i)
        i++
        if (d === 125) return
        if (d !== 44) fail()
      }
    }
    if (c === 91) {
      i++
      ws()
      if (text.charCodeAt(i) === 93) {
        i++
        return
      }
      for (;;) {
        ws()
        value(text.charCodeAt(i) === 123 ? `${path}[]` : path, depth + 1)
        ws()
        const d = text.charCodeAt(i)
        i++
        if (d === 93) return
        if (d !== 44) fail()
      }
    }
    if (c === 34) {
      const start = i
      const s = string()
      if (s !== '') leaves.push({ path, start, end: i, value: s })
      return
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400))
    if (!m) fail()
    const token = m![0]
    if (token !== 'true' && token !== 'false' && token !== 'null')
      leaves.push({ path, start: i, end: i + token.length, value: token })
    i += token.length
  }
  try {
    if (text.charCodeAt(from) !== 123) return undefined
    value('', 0)
    ws()
    return i === n ? leaves : undefined
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------- logfmt

interface LogfmtPair {
  readonly key: string
  readonly value: string
  /** Span of the value, quotes included. */
  readonly start: number
  readonly end: number
  readonly quoted: boolean
}

/** The `key=value` pairs of a logfmt line with the spans of their values. */
export function logfmtPairs(line: string): LogfmtPair[] {
  const out: LogfmtPair[] = []
  scanLogfmt(line, (key, value, start, end, quoted) => out.push({ key, value, start, end, quoted }))
  return out
}

function escapeQuoted(s: string): string {
  return s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')
}

/** A logfmt value: quoted when it was, or when it holds spaces, quotes or `=`. */
function logfmtValue(value: string, quoted: boolean): string {
  return quoted || /[\s"=]/.test(value) ? `"${escapeQuoted(value)}"` : value
}
