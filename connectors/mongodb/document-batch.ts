/**
 * Collects BSON documents into columnar {@link SampleBatch}es: every scalar leaf becomes a value of its dotted
 * path, with a type hint (`binData` -> `binary`, `date` -> `timestamp`) for the classifier. Values go through
 * {@link BatchBuilder} (empty values dropped, truncation); hints are kept here because `BatchBuilder.document`
 * only knows JSON types.
 */
import type { FieldMeta, SampleBatch } from '../../src/connector/connector.js'
import { BatchBuilder } from '../shared/batch-builder.js'
import { DEFAULT_FLATTEN_LIMITS, type FlattenLimits } from '../shared/flatten-json.js'
import { flattenBson } from './bson-to-plain.js'

export class DocumentBatch {
  readonly #builder: BatchBuilder
  readonly #limits: FlattenLimits
  readonly #fields: ReadonlySet<string> | undefined
  #discovered = new Map<string, Omit<FieldMeta, 'name'>>()
  /** Documents cut short by the flattening limits (depth, leaf count). */
  truncatedDocuments = 0

  /** `fields`: paths to keep (undefined: all). */
  constructor(maxValueLength: number, fields?: ReadonlySet<string>) {
    this.#builder = new BatchBuilder(maxValueLength)
    this.#limits = { ...DEFAULT_FLATTEN_LIMITS, maxValueLength }
    this.#fields = fields && fields.size > 0 ? fields : undefined
  }

  get records(): number {
    return this.#builder.records
  }

  /** Adds one document as one record. */
  add(doc: unknown): void {
    this.#builder.record()
    const complete = flattenBson(
      doc,
      '',
      (path, leaf) => {
        if (this.#fields && !this.#fields.has(path)) return
        if (!this.#discovered.has(path))
          this.#discovered.set(path, { dataType: leaf.dataType, typeClass: leaf.typeClass })
        this.#builder.value(path, leaf.value)
      },
      this.#limits,
    )
    if (!complete) this.truncatedDocuments++
  }

  /** Returns the batch collected so far and starts a new one. */
  take(): SampleBatch {
    const batch = this.#builder.take()
    const discovered = this.#discovered
    this.#discovered = new Map()
    return discovered.size > 0 ? { ...batch, discovered } : batch
  }
}
