/**
 * Matches a field's name and comment against every rule's phrases and keywords. Pure; built once per rule set.
 */
import type { Rule } from '../rule/rule.js'
import type { Topic } from '../rule/topic.js'
import {
  FLAG_LEADING,
  GLUED_PREFIXES,
  META_HAN,
  META_TRAILING,
  NEUTRAL_HAN,
  NEUTRAL_TRAILING,
} from './name-lexicon.js'
import { splitWords, tokenizeName } from './name-tokens.js'

/** One rule whose phrase or keyword appears in a field's name or comment. */
export interface NameMatch {
  readonly rule: Rule
  readonly source: 'name' | 'comment'
  /**
   * `strong`: the phrase is the head of the name; `ambiguous`: a phrase that needs context (`name`, `sj`);
   * `weak`: unknown words follow the phrase (`name_drop`).
   */
  readonly strength: 'strong' | 'ambiguous' | 'weak'
  /** The phrase or keyword that matched. */
  readonly phrase: string
  /** Specificity: tokens (or characters for Chinese) matched; longer phrases win ties. */
  readonly span: number
  /** For topic names: the container topics that give the phrase its meaning. */
  readonly topics?: readonly Topic[]
}

interface PhraseEntry {
  readonly rule: Rule
  readonly tokens: readonly string[]
  readonly weak: boolean
  /** Only counts inside a container about one of these topics. */
  readonly topics?: readonly Topic[]
}

interface KeywordEntry {
  readonly rule: Rule
  readonly keyword: string
  readonly weak: boolean
  readonly topics?: readonly Topic[]
}

/** Index of phrases and keywords of a rule set. */
export class NameIndex {
  readonly #byFirstToken = new Map<string, PhraseEntry[]>()
  readonly #byJoined = new Map<string, PhraseEntry[]>()
  readonly #keywords: KeywordEntry[] = []

  constructor(rules: readonly Rule[]) {
    for (const rule of rules) {
      const add = (tokens: readonly string[], weak: boolean, topics?: readonly Topic[]) => {
        const entry = { rule, tokens, weak, ...(topics ? { topics } : {}) }
        push(this.#byFirstToken, tokens[0]!, entry)
        push(this.#byJoined, tokens.join(''), entry)
      }
      for (const tokens of rule.nameTokens) add(tokens, false)
      for (const tokens of rule.weakNameTokens) add(tokens, true)
      for (const keyword of rule.keywords ?? [])
        this.#keywords.push({ rule, keyword: keyword.toLowerCase(), weak: false })
      for (const t of rule.topicNames ?? []) {
        for (const name of t.names ?? []) add(name.split(' '), false, t.topics)
        for (const keyword of t.keywords ?? [])
          this.#keywords.push({ rule, keyword: keyword.toLowerCase(), weak: false, topics: t.topics })
      }
      for (const keyword of rule.weakKeywords ?? [])
        this.#keywords.push({ rule, keyword: keyword.toLowerCase(), weak: true })
    }
    this.#keywords.sort((a, b) => b.keyword.length - a.keyword.length)
  }

  /**
   * All matches for a field name (last path segment) and its comment. Topic names count only when the
   * container records one of their topics.
   */
  match(fieldName: string, comment?: string, topics: ReadonlySet<Topic> = NO_TOPICS): NameMatch[] {
    const inTopic = (e: { topics?: readonly Topic[] }) => !e.topics || e.topics.some((t) => topics.has(t))
    return this.#match(fieldName, comment).filter((m) => inTopic(m))
  }

  #match(fieldName: string, comment?: string): NameMatch[] {
    const { tokens, han } = tokenizeName(fieldName)
    const matches = [...this.#matchTokens(tokens, 'name'), ...this.#matchHan(han, 'name')]
    if (comment) {
      const label = commentLabel(comment)
      const fromComment = [...this.#matchHan(label.toLowerCase(), 'comment')]
      if (!/\p{Script=Han}/u.test(label)) fromComment.push(...this.#matchTokens(splitWords(label), 'comment'))
      // A rule's false friends in the field name veto what the comment says: `recording_url` '录音地址'.
      matches.push(...fromComment.filter((m) => !m.rule.excludeTokens?.some((t) => tokens.includes(t))))
    }
    return matches
  }

  #matchTokens(tokens: readonly string[], source: NameMatch['source']): NameMatch[] {
    const out: NameMatch[] = []
    if (tokens.length === 0 || FLAG_LEADING.has(tokens[0]!)) return out
    for (let i = 0; i < tokens.length; i++) {
      for (const entry of this.#byFirstToken.get(tokens[i]!) ?? []) {
        if (!startsWithAt(tokens, entry.tokens, i)) continue
        const verdict = judge(entry, tokens.slice(0, i), tokens.slice(i + entry.tokens.length))
        if (verdict)
          out.push({
            rule: entry.rule,
            source,
            strength: verdict,
            phrase: entry.tokens.join(' '),
            span: entry.tokens.length,
            ...(entry.topics ? { topics: entry.topics } : {}),
          })
      }
      out.push(...this.#matchGlued(tokens, i, source))
    }
    return out
  }

  /** `phonenumber`, `useremail`, `djrsfzh`: phrases written without separators. */
  #matchGlued(tokens: readonly string[], i: number, source: NameMatch['source']): NameMatch[] {
    const token = tokens[i]!
    if (token.length < 4) return []
    const found: { entry: PhraseEntry; rest: string[] }[] = []
    for (const entry of this.#byJoined.get(token) ?? [])
      if (entry.tokens.length > 1) found.push({ entry, rest: [] })
    for (let k = 2; k <= token.length - 2 && found.length === 0; k++) {
      const head = token.slice(0, k)
      const tail = token.slice(k)
      if (GLUED_PREFIXES.has(head))
        for (const entry of this.#byJoined.get(tail) ?? []) found.push({ entry, rest: [] })
      if (NEUTRAL_TRAILING.has(tail))
        for (const entry of this.#byJoined.get(head) ?? []) found.push({ entry, rest: [tail] })
    }
    // A glued phrase covers one token of the name, whatever its own length.
    return found.flatMap(({ entry, rest }) => {
      const verdict = judge(entry, tokens.slice(0, i), [...rest, ...tokens.slice(i + 1)])
      return verdict
        ? [
            {
              rule: entry.rule,
              source,
              strength: verdict,
              phrase: entry.tokens.join(' '),
              span: 1,
              ...(entry.topics ? { topics: entry.topics } : {}),
            },
          ]
        : []
    })
  }

  #matchHan(text: string, source: NameMatch['source']): NameMatch[] {
    if (!/\p{Script=Han}/u.test(text) || text.includes('是否')) return []
    const out: NameMatch[] = []
    for (const { rule, keyword, weak, topics } of this.#keywords) {
      const at = text.lastIndexOf(keyword)
      if (at < 0) continue
      const rest = text.slice(at + keyword.length)
      if (META_HAN.some((meta) => rest.startsWith(meta))) continue
      const head = stripNeutralHan(rest) === ''
      const strength = !head ? 'weak' : weak ? 'ambiguous' : 'strong'
      out.push({
        rule,
        source,
        strength,
        phrase: keyword,
        span: keyword.length,
        ...(topics ? { topics } : {}),
      })
    }
    return out
  }
}

function judge(
  entry: PhraseEntry,
  leading: readonly string[],
  trailing: readonly string[],
): NameMatch['strength'] | undefined {
  const exclude = entry.rule.excludeTokens
  if (exclude && [...leading, ...trailing].some((t) => exclude.includes(t))) return undefined
  if (trailing.some((t) => META_TRAILING.has(t))) return undefined
  if (!trailing.every((t) => NEUTRAL_TRAILING.has(t))) return 'weak'
  return entry.weak ? 'ambiguous' : 'strong'
}

function startsWithAt(tokens: readonly string[], phrase: readonly string[], at: number): boolean {
  if (at + phrase.length > tokens.length) return false
  for (let j = 0; j < phrase.length; j++) if (tokens[at + j] !== phrase[j]) return false
  return true
}

/** The label part of a comment: `性别 0未知 1男 2女` -> `性别`, `手机号(加密存储)` -> `手机号`. */
export function commentLabel(comment: string): string {
  const trimmed = comment.trim()
  const han = /^[\p{Script=Han}A-Za-z0-9]*[\p{Script=Han}][\p{Script=Han}A-Za-z0-9]*/u.exec(trimmed)
  if (han) return han[0]
  return trimmed.split(/[,;:(（，；：。|\n]/)[0]!.slice(0, 200)
}

function stripNeutralHan(rest: string): string {
  let s = rest.replace(/^[\s_-]+/, '')
  if (/^[a-z0-9_\s-]+$/.test(s)) return splitWords(s).every((t) => NEUTRAL_TRAILING.has(t)) ? '' : s
  for (let changed = true; changed && s;) {
    changed = false
    for (const n of NEUTRAL_HAN) {
      if (s.startsWith(n)) {
        s = s.slice(n.length)
        changed = true
      }
    }
  }
  return s
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const NO_TOPICS: ReadonlySet<Topic> = new Set()
