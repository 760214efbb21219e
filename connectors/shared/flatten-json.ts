/**
 * Flattens a JSON or BSON-like document into dotted paths: `{a: {b: 1}}` -> `a.b`; arrays of objects add `[]`
 * (`addresses[].phone`); arrays of scalars keep the path (`emails`). Depth and path counts are bounded so a
 * hostile document cannot blow up memory.
 */
import type { TypeClass } from '../../src/connector/connector.js'

export interface FlattenSink {
  (path: string, value: string, typeClass: TypeClass): void
}

export interface FlattenLimits {
  readonly maxDepth: number
  readonly maxPaths: number
  readonly maxValueLength: number
}

export const DEFAULT_FLATTEN_LIMITS: FlattenLimits = { maxDepth: 32, maxPaths: 10_000, maxValueLength: 1024 }

/** Calls `sink` for every scalar leaf; returns false when a limit cut the document short. */
export function flattenJson(
  value: unknown,
  prefix: string,
  sink: FlattenSink,
  limits = DEFAULT_FLATTEN_LIMITS,
): boolean {
  let paths = 0
  let complete = true
  const walk = (node: unknown, path: string, depth: number): void => {
    if (node === null || node === undefined) return
    if (depth > limits.maxDepth || paths >= limits.maxPaths) {
      complete = false
      return
    }
    if (Array.isArray(node)) {
      for (const item of node)
        walk(
          item,
          item !== null && typeof item === 'object' && !Array.isArray(item) ? `${path}[]` : path,
          depth + 1,
        )
      return
    }
    switch (typeof node) {
      case 'string':
        if (node !== '') {
          paths++
          sink(
            path,
            node.length > limits.maxValueLength ? node.slice(0, limits.maxValueLength) : node,
            'text',
          )
        }
        return
      case 'number':
        paths++
        sink(path, String(node), Number.isInteger(node) ? 'integer' : 'decimal')
        return
      case 'bigint':
        paths++
        sink(path, node.toString(), 'integer')
        return
      case 'boolean':
        return
      case 'object':
        for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
          walk(child, path ? `${path}.${key}` : key, depth + 1)
        }
        return
      default:
        return
    }
  }
  walk(value, prefix, 0)
  return complete
}
