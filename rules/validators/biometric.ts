/**
 * Value shapes of biometric samples and templates: images (face, fingerprint, iris), float-vector embeddings
 * (face, speaker) and opaque binary or base64 templates. They only confirm a biometric-named field: product
 * photos and recommendation embeddings look the same.
 */
import type { ValuePattern } from '../../src/rule/rule.js'
import { isEmbeddingVector, VECTOR_PATTERN } from './float-vector.js'
import { IMAGE_PATTERNS } from './image.js'

export const BIOMETRIC_PATTERNS: readonly ValuePattern[] = [
  VECTOR_PATTERN,
  ...IMAGE_PATTERNS,
  { name: 'binary-template', regex: /^\\x[0-9a-fA-F]{32}/, score: 0.2 },
  { name: 'base64-template', regex: /^[A-Za-z0-9+/]{64}/, score: 0.1 },
]

/** Vectors must have embedding size; images and templates are shapes. */
export function validateBiometric(value: string, pattern: string): boolean | undefined {
  if (pattern === 'vector') return isEmbeddingVector(value)
  return pattern === 'binary-template' || pattern === 'base64-template' ? undefined : true
}
