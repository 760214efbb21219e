/**
 * Float vectors (`[0.01,-0.2,…]` from pgvector, `{0.01,-0.2,…}` from float8[]): face and speaker embeddings are
 * stored this way. Counted with a single pass instead of a regex, so a 1 MB value costs one scan.
 */
import type { ValuePattern } from '../../src/rule/rule.js'

/** A vector literal starts with a bracket and a number. */
export const VECTOR_PATTERN: ValuePattern = {
  name: 'vector',
  regex: /^[[{(]\s*[-+]?\.?\d/,
  score: 0.4,
}

const MIN_DIMENSIONS = 64
const MAX_DIMENSIONS = 2048
/** Values are truncated on the server (1,024 characters): a long unclosed vector counts what it shows. */
const MIN_TRUNCATED_DIMENSIONS = 32
const MIN_TRUNCATED_LENGTH = 500

/** Numbers in a vector literal, or -1 when something else appears; `closed` when the closing bracket is there. */
export function vectorDimensions(value: string): { count: number; closed: boolean } {
  let count = 0
  let inNumber = false
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if ((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 101 || c === 69) {
      if (!inNumber) count++
      inNumber = true
    } else if (c === 44) inNumber = false
    else if (c === 32) continue
    else if ((c === 93 || c === 125 || c === 41) && i === value.length - 1) return { count, closed: true }
    else return { count: -1, closed: false }
  }
  return { count, closed: false }
}

/** An embedding-sized float vector: 64–2,048 numbers, or at least 32 in a value cut short by truncation. */
export function isEmbeddingVector(value: string): boolean {
  const { count, closed } = vectorDimensions(value)
  if (closed) return count >= MIN_DIMENSIONS && count <= MAX_DIMENSIONS
  return value.length >= MIN_TRUNCATED_LENGTH && count >= MIN_TRUNCATED_DIMENSIONS
}
