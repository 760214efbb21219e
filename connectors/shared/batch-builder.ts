/**
 * Collects decoded records into columnar {@link SampleBatch}es. Connectors push one record at a time and
 * yield the batch when it is full, so memory stays bounded by the batch size.
 */
import type { FieldMeta, SampleBatch, TypeClass } from '../../src/connector/connector.js'
import { DEFAULT_FLATTEN_LIMITS, flattenJson } from './flatten-json.js'

export class BatchBuilder {
  readonly #maxValueLength: number
  #records = 0
  #values = new Map<string, string[]>()
  #discovered = new Map<string, Omit<FieldMeta, 'name'>>()
  #lines: Map<string, number[]> | undefined
  /** Documents cut short by the flattening limits (depth, path count). */
  truncatedDocuments = 0

  constructor(maxValueLength: number) {
    this.#maxValueLength = maxValueLength
  }

  get records(): number {
    return this.#records
  }

  /** Starts a new record. */
  record(): void {
    this.#records++
  }

  /** Adds a scalar value of a declared field; empty strings are dropped. */
  value(field: string, value: string, line?: number): void {
    if (value === '') return
    const v = value.length > this.#maxValueLength ? value.slice(0, this.#maxValueLength) : value
    const list = this.#values.get(field)
    if (list) list.push(v)
    else this.#values.set(field, [v])
    if (line !== undefined) {
      this.#lines ??= new Map()
      const lines = this.#lines.get(field)
      if (lines) lines.push(line)
      else this.#lines.set(field, [line])
    }
  }

  /** Adds every leaf of a parsed document under `prefix` (`profile.phone`, `addresses[].city`). */
  document(prefix: string, doc: unknown, sourceType: string, line?: number): void {
    const complete = flattenJson(
      doc,
      prefix,
      (path, value, typeClass) => {
        if (!this.#discovered.has(path))
          this.#discovered.set(path, { dataType: sourceType, typeClass: typeClass as TypeClass })
        this.value(path, value, line)
      },
      { ...DEFAULT_FLATTEN_LIMITS, maxValueLength: this.#maxValueLength },
    )
    if (!complete) this.truncatedDocuments++
  }

  /** Returns the batch collected so far and starts a new one. */
  take(): SampleBatch {
    const batch: SampleBatch = {
      records: this.#records,
      values: this.#values,
      ...(this.#discovered.size ? { discovered: this.#discovered } : {}),
      ...(this.#lines ? { lines: this.#lines } : {}),
    }
    this.#records = 0
    this.#values = new Map()
    this.#discovered = new Map()
    this.#lines = undefined
    return batch
  }
}
