/**
 * Column-name normalisation: `IDCardNo`, `id_card_no`, `id-card-no` and `idCardNo` all become
 * `['id', 'card', 'no']`; Chinese characters are kept apart for keyword matching.
 */
export interface NameTokens {
  /** Lower-case ASCII tokens of the last path segment, in order. */
  readonly tokens: readonly string[]
  /** Tokens of the enclosing path segments (`profile` in `profile.phone`), for context. */
  readonly parentTokens: readonly string[]
  /** The last segment, lower-cased, when it contains Chinese (`ip地址`), else empty. */
  readonly han: string
}

const HAN_RUN = /\p{Script=Han}/u

export function tokenizeName(name: string): NameTokens {
  const segments = name.replace(/\[\]/g, '').split('.').filter(Boolean)
  const last = segments.pop() ?? name
  return {
    tokens: splitWords(last),
    parentTokens: segments.flatMap(splitWords),
    han: HAN_RUN.test(last) ? last.toLowerCase() : '',
  }
}

/** Splits identifiers on separators, camelCase and letter/digit boundaries; lower-cases the result. */
export function splitWords(text: string): string[] {
  const spaced = text
    .replace(/[\p{Script=Han}]+/gu, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
  return spaced
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}
