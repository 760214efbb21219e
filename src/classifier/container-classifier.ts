/**
 * Classifies the fields of one container as sample batches stream in. Names are matched once per field;
 * values go through per-field accumulators; `finish` applies cross-field context (person-related containers,
 * latitude/longitude pairs, children's data).
 */
import type { ContainerRef, FieldMeta, SampleBatch } from '../connector/connector.js'
import type { Category, SensitivityOptions } from '../rule/category.js'
import type { Rule } from '../rule/rule.js'
import { classifyField, classifyText } from './classify-field.js'
import type { Topic } from '../rule/topic.js'
import { confidenceOf, WEAK_WITHOUT_PERSON_CAP } from './confidence.js'
import { containerTopics, PERSON_ACTIVITY_TOPICS } from './container-topics.js'
import type { Detection } from './detection.js'
import type { IdentityOptions } from './identity-hash.js'
import { FieldAccumulator, type FieldStats } from './field-accumulator.js'
import {
  isMinorContainer,
  isNonPersonalName,
  isOrganizationContainer,
  isPersonContainer,
  isPersonKey,
  isPersonPath,
  namesPersonRole,
} from './field-context.js'
import type { NameIndex, NameMatch } from './match-name.js'
import { NUMERIC_MEASURE_TOKENS } from './name-lexicon.js'
import { tokenizeName } from './name-tokens.js'

/** The classifier's verdict on one field. */
export interface FieldResult {
  readonly field: FieldMeta
  /** Non-empty values examined. */
  readonly sampled: number
  readonly detection?: Detection
  /** Identifiers found inside the field's free text, one per category. */
  readonly embedded: readonly Detection[]
  /** Raw examples behind the detection: only for `--show-data` terminal output, never stored. */
  readonly rawExamples?: readonly string[]
  /** Keyed hashes of validated person identifiers, by category (policy cross-store check only). */
  readonly identities?: ReadonlyMap<string, ReadonlySet<string>>
}

export interface ContainerClassifierOptions {
  /** Scan date, for ages of children. */
  readonly now: Date
  /** Collect keyed identifier hashes (only when a policy asks for the cross-store check). */
  readonly identity?: IdentityOptions
  readonly rules: readonly Rule[]
  readonly nameIndex: NameIndex
  readonly findCategory: (id: string) => Category | undefined
  readonly sensitivity?: SensitivityOptions
}

/** Categories whose confident presence makes a container person-related, whatever its name. */
const PERSON_ANCHORS = new Set([
  'id.national',
  'contact.phone',
  'contact.email',
  'person.name',
  'financial.bank_card',
])
/** Categories that identify a person, for linking device and network identifiers. */
const PERSON_IDENTIFIERS =
  /^(?:person\.name|contact\.(?:phone|email|im)|contacts\.|communication\.record|id\.|account\.|financial\.(?:bank_card|account))/
/** Categories that, in an organisation's table, describe the organisation rather than a person. */
const ORGANIZATION_ATTRIBUTES = /^(?:person\.name|person\.photo|contact\.|location\.|account\.|network\.)/
/** Device and log identifiers: personal only when linked to a person in the same container. */
const LINKABLE = /^(?:device|network)\./
/** Keys holding a log line's own text (plain-text lines, JSON/GELF/logfmt message keys). */
const LOG_MESSAGE_KEYS = new Set(['message', 'msg', 'log', '@message', 'short_message', 'full_message'])

export class ContainerClassifier {
  readonly container: ContainerRef
  readonly #options: ContainerClassifierOptions
  readonly #strongValueRules: readonly Rule[]
  readonly #fields = new Map<string, { meta: FieldMeta; matches: NameMatch[]; acc: FieldAccumulator }>()
  /** What the container records (transactions, calls, travel…): gives generic names a category. */
  readonly #topics: ReadonlySet<Topic>

  constructor(container: ContainerRef, options: ContainerClassifierOptions) {
    this.container = container
    this.#options = options
    this.#strongValueRules = options.rules.filter(
      (r) => r.valueEvidenceLevel === 'strong' && r.patterns?.length,
    )
    this.#topics = containerTopics(container)
    for (const meta of container.fields) this.#addField(meta)
  }

  /**
   * Fields worth reading: a value rule could fire on their type, or their name matched a rule whose values
   * confirm it. Booleans and timestamps named `created_at` are not read at all.
   */
  fieldsToRead(): Set<string> {
    const names = new Set<string>()
    for (const [name, f] of this.#fields) {
      if (f.meta.typeClass === 'json' || f.matches.length > 0) names.add(name)
      else if (this.#valueRules(f.meta, []).length > 0 && !this.#isNumericKeyOrMeasure(f.meta))
        names.add(name)
    }
    return names
  }

  /** Surrogate keys and measures (`id`, `amount`) hold no personal values worth a full read. */
  #isNumericKeyOrMeasure(meta: FieldMeta): boolean {
    if (meta.typeClass !== 'integer' && meta.typeClass !== 'decimal') return false
    if (this.container.primaryKey?.includes(meta.name)) return true
    return tokenizeName(meta.name).tokens.some((t) => NUMERIC_MEASURE_TOKENS.has(t))
  }

  add(batch: SampleBatch): void {
    for (const [name, values] of batch.values) {
      let f = this.#fields.get(name)
      if (!f) {
        const hint = batch.discovered?.get(name)
        f = this.#addField({
          name,
          dataType: hint?.dataType ?? 'text',
          typeClass: hint?.typeClass ?? 'text',
          comment: hint?.comment,
        })
      }
      const lines = batch.lines?.get(name)
      const acc = f.acc
      if (lines) for (let i = 0; i < values.length; i++) acc.add(values[i]!, lines[i])
      else for (let i = 0; i < values.length; i++) acc.add(values[i]!)
    }
  }

  finish(): FieldResult[] {
    const stats = [...this.#fields.values()].map((f) => ({ f, stats: f.acc.finish() }))
    // A container of calls, trips, medical visits or exam scores records what people did.
    const containerPersonLike =
      isPersonContainer(this.container) || [...this.#topics].some((t) => PERSON_ACTIVITY_TOPICS.has(t))
    const classifyAll = (personLike: boolean) =>
      stats.map(({ f, stats: s }) => ({
        s,
        detection: this.#classify(f.meta, s, f.matches, personLike || isPersonPath(f.meta.name)),
      }))
    let results = classifyAll(containerPersonLike)
    // An organisation's table (`hotels`, 科室, or any table holding a company credit code) is not about people.
    const organization =
      isOrganizationContainer(this.container) ||
      results.some((r) => r.detection?.category === 'organization.uscc' && r.detection.confidence !== 'low')
    // A table of ID numbers and phone numbers is about people even when it is called `t_0042`.
    if (
      !containerPersonLike &&
      !organization &&
      results.some((r) => r.detection?.confidence === 'high' && PERSON_ANCHORS.has(r.detection.category))
    ) {
      results = classifyAll(true)
    }
    const paired = pairCoordinates(results.map((r) => r.detection))
    const detections = linkIdentifiers(
      organization ? paired.map((d, i) => organizationField(d, results[i]!.s.meta)) : paired,
      results.map((r) => r.s.meta.name),
    )
    const minor = isMinorContainer(this.container)
    const withMinor = (d: Detection): Detection =>
      minor && d.sensitivity === 'personal'
        ? {
            ...d,
            sensitivity: 'sensitive',
            signals: [
              ...d.signals,
              { kind: 'context', detail: "container holds children's data (PIPL Art. 28, 31)", weight: 0 },
            ],
          }
        : d
    return results.map((r, i) => {
      const detection = detections[i] && withMinor(detections[i])
      const embedded = classifyText(r.s, detection, this.#options).map(withMinor)
      const raw = detection && r.s.hits.find((h) => h.rule.id === detection.ruleId)?.examples
      return {
        field: r.s.meta,
        sampled: r.s.sampled,
        embedded,
        ...(detection ? { detection, rawExamples: raw ?? [] } : {}),
        ...(r.s.identities ? { identities: r.s.identities } : {}),
      }
    })
  }

  #addField(meta: FieldMeta) {
    // A log line's message key names the log's own text, not a person's message: only what is inside counts.
    const matches =
      this.container.kind === 'file' && LOG_MESSAGE_KEYS.has(meta.name.toLowerCase())
        ? []
        : this.#options.nameIndex.match(meta.name, meta.comment, this.#topics)
    const entry = {
      meta,
      matches,
      acc: new FieldAccumulator(meta, this.#valueRules(meta, matches), {
        now: this.#options.now,
        named: new Set(matches.map((m) => m.rule)),
        ...(this.#options.identity ? { identity: this.#options.identity } : {}),
      }),
    }
    this.#fields.set(meta.name, entry)
    return entry
  }

  /**
   * Strong value rules for the field's type, rules whose name matched (their values confirm the name), and on
   * text fields every rule that can find identifiers inside free text.
   */
  #valueRules(meta: FieldMeta, matches: readonly NameMatch[]): Rule[] {
    const named = new Set(matches.map((m) => m.rule))
    const text = meta.typeClass === 'text' || meta.typeClass === 'json'
    return this.#options.rules.filter(
      (r) =>
        r.patterns?.length &&
        ((r.types ?? []).includes(meta.typeClass) || (text && r.scan)) &&
        (named.has(r) || this.#strongValueRules.includes(r) || (text && r.scan)),
    )
  }

  #classify(
    meta: FieldMeta,
    stats: FieldStats,
    matches: readonly NameMatch[],
    personLike: boolean,
  ): Detection | undefined {
    // Integer primary keys are surrogate keys: never a person's data, whatever they are called (`scoreId`).
    if (
      meta.typeClass === 'integer' &&
      this.container.primaryKey?.length === 1 &&
      this.container.primaryKey[0] === meta.name
    ) {
      return undefined
    }
    const nonPersonal = isNonPersonalName(meta.name, meta.comment)
    // A comment that says "serial number" or "order number" overrides what the name alone suggests (`xh` = 序号).
    const trusted = nonPersonal === 'comment' ? matches.filter((m) => m.source === 'comment') : matches
    return classifyField(
      stats,
      trusted,
      { personLike, nonPersonalName: nonPersonal !== undefined },
      this.#options,
    )
  }
}

/** A latitude field next to a longitude field is a position; either alone stays at its own score. */
function pairCoordinates(detections: (Detection | undefined)[]): (Detection | undefined)[] {
  const has = (id: string) => detections.some((d) => d?.ruleId === id)
  if (!has('gps-latitude') || !has('gps-longitude')) return detections
  return detections.map((d) =>
    d && (d.ruleId === 'gps-latitude' || d.ruleId === 'gps-longitude')
      ? {
          ...d,
          score: Math.max(d.score, 0.9),
          confidence: 'high',
          signals: [
            ...d.signals,
            { kind: 'pair', detail: 'latitude and longitude fields in the same container', weight: 0.3 },
          ],
        }
      : d,
  )
}

/**
 * Device and network identifiers are personal when the same container also identifies a person (our policies'
 * rule); otherwise they describe infrastructure and drop below the default threshold.
 */
function linkIdentifiers(
  detections: (Detection | undefined)[],
  fieldNames: readonly string[],
): (Detection | undefined)[] {
  const linkers = fieldNames.filter((name, i) => {
    const d = detections[i]
    return (
      isPersonKey(name) || (d !== undefined && d.confidence !== 'low' && PERSON_IDENTIFIERS.test(d.category))
    )
  })
  return detections.map((d, i) => {
    if (!d || !LINKABLE.test(d.category)) return d
    const others = linkers.filter((name) => name !== fieldNames[i])
    if (others.length > 0) {
      return {
        ...d,
        linkedBy: others,
        signals: [
          ...d.signals,
          { kind: 'linkage', detail: `linked to a person by ${others.join(', ')}`, weight: 0 },
        ],
      }
    }
    const score = Math.min(d.score, WEAK_WITHOUT_PERSON_CAP)
    return {
      ...d,
      score,
      confidence: confidenceOf(score) ?? 'low',
      signals: [
        ...d.signals,
        { kind: 'linkage', detail: 'no person identifier in the same container', weight: -0.5 },
      ],
    }
  })
}

/** In an organisation's table, its name, phone, address and coordinates are the organisation's, not a person's. */
function organizationField(d: Detection | undefined, meta: FieldMeta): Detection | undefined {
  if (!d || !ORGANIZATION_ATTRIBUTES.test(d.category) || namesPersonRole(meta.name, meta.comment)) return d
  const score = Math.min(d.score, WEAK_WITHOUT_PERSON_CAP)
  return {
    ...d,
    score,
    confidence: confidenceOf(score) ?? 'low',
    signals: [
      ...d.signals,
      {
        kind: 'context',
        detail: "an organisation's table: the value describes the organisation",
        weight: -0.5,
      },
    ],
  }
}
