/**
 * Scans one source: connect, list containers, sample each one through a classifier session, count expired
 * records where a policy asks, close. Failures stay local: a container that fails becomes a coverage entry, a
 * source that cannot connect becomes a failed source.
 */
import pLimit from 'p-limit'
import { CONFIDENCES } from '../classifier/detection.js'
import { ContainerClassifier, type FieldResult } from '../classifier/container-classifier.js'
import type { IdentityOptions } from '../classifier/identity-hash.js'
import type { NameIndex } from '../classifier/match-name.js'
import { type Connector, type ContainerRef, NESTED_PATH_KINDS } from '../connector/connector.js'
import { defaultOperator } from '../enforce/operators.js'
import { errorMessage } from '../errors.js'
import { type ContainerPolicy, containerPolicy } from '../policy/container-policy.js'
import { parseDuration, subtractDuration } from '../policy/duration.js'
import type { RetentionStatus } from '../policy/policy-context.js'
import type { ResolvedScanOptions } from '../scan-options.js'
import type { CoverageEntry, SourceReport } from '../scan-result.js'
import { containerFilter } from '../util/container-filter.js'

export interface ContainerScan {
  readonly container: ContainerRef
  readonly coverage: CoverageEntry
  readonly fields: readonly FieldResult[]
  /** What the policy says about this container (only with a policy). */
  readonly policy?: ContainerPolicy
  readonly retention?: RetentionStatus
  readonly retentionProblem?: string
}

export interface SourceScan {
  readonly report: SourceReport
  readonly containers: readonly ContainerScan[]
}

/** One source to scan, resolved from a URL or a pimap.yml source. */
export interface SourcePlan {
  readonly id: string
  /** Redacted URL. */
  readonly url: string
  readonly kind: string
  readonly include?: readonly string[]
  readonly exclude?: readonly string[]
}

const BATCH_SIZE = 2_000
const DAY = 86_400_000

export async function scanSource(
  plan: SourcePlan,
  connector: Connector,
  options: ResolvedScanOptions,
  nameIndex: NameIndex,
  identity?: IdentityOptions,
): Promise<SourceScan> {
  const { url } = plan
  const emit = options.onEvent ?? (() => {})
  emit({ type: 'source-start', source: url })
  const empty = { scanned: 0, skipped: 0, failed: 0 }
  let containers: ContainerRef[]
  try {
    await connector.connect(options.signal)
    containers = await connector.listContainers(options.signal)
  } catch (error) {
    await connector.close().catch(() => {})
    const message = errorMessage(error)
    emit({ type: 'source-failed', source: url, error: message })
    return {
      report: {
        id: plan.id,
        url,
        kind: plan.kind,
        status: 'failed',
        error: message,
        containers: empty,
        records: 0,
      },
      containers: [],
    }
  }
  emit({
    type: 'source-connected',
    source: url,
    containers: containers.length,
    noun: connector.nouns.container,
  })

  const skipReason = containerFilter(
    [...options.include, ...(plan.include ?? [])],
    [...options.exclude, ...(plan.exclude ?? [])],
  )
  const limit = pLimit(options.maxConnectionsPerSource)
  let done = 0
  const scanOne = async (container: ContainerRef): Promise<ContainerScan> => {
    const reason =
      skipReason(container) ??
      (container.kind === 'view' && !options.includeViews ? 'view (use --include-views)' : undefined)
    const result: ContainerScan = reason
      ? {
          container,
          fields: [],
          coverage: {
            ...coverageBase(plan, container),
            status: 'skipped',
            reason,
            sampledRecords: 0,
            fields: container.fields.length,
            classifiedFields: 0,
          },
        }
      : await sampleContainer(plan, connector, container, options, nameIndex, identity)
    done++
    emit({
      type: 'container-done',
      source: url,
      container: container.id,
      status: result.coverage.status,
      records: result.coverage.sampledRecords,
      ...(result.coverage.reason ? { reason: result.coverage.reason } : {}),
      containersDone: done,
      containersTotal: containers.length,
    })
    return result
  }
  try {
    const scanned = await Promise.all(containers.map((c) => limit(() => scanOne(c))))
    const count = (s: CoverageEntry['status']) => scanned.filter((c) => c.coverage.status === s).length
    const failedCount = count('failed')
    return {
      report: {
        id: plan.id,
        url,
        kind: plan.kind,
        status: failedCount === 0 ? 'ok' : failedCount === scanned.length ? 'failed' : 'partial',
        containers: { scanned: count('scanned'), skipped: count('skipped'), failed: failedCount },
        records: scanned.reduce((n, c) => n + c.coverage.sampledRecords, 0),
        ...(failedCount > 0 ? { error: `${failedCount} ${connector.nouns.container}(s) failed` } : {}),
      },
      containers: scanned,
    }
  } finally {
    await connector.close().catch(() => {})
    emit({ type: 'source-done', source: url })
  }
}

function coverageBase(plan: SourcePlan, container: ContainerRef) {
  return {
    source: plan.url,
    sourceId: plan.id,
    container: container.id,
    kind: container.kind,
    estimatedRecords: container.estimatedRows,
  }
}

async function sampleContainer(
  plan: SourcePlan,
  connector: Connector,
  container: ContainerRef,
  options: ResolvedScanOptions,
  nameIndex: NameIndex,
  identity?: IdentityOptions,
): Promise<ContainerScan> {
  const emit = options.onEvent ?? (() => {})
  const session = new ContainerClassifier(container, {
    now: options.now,
    rules: options.rules,
    nameIndex,
    findCategory: options.findCategory,
    sensitivity: options.sensitivity,
    ...(identity ? { identity } : {}),
  })
  let records = 0
  let method: string | undefined
  const base = coverageBase(plan, container)
  try {
    const sampling = await connector.sample(
      container,
      {
        limit: options.sampleSize,
        batchSize: BATCH_SIZE,
        maxValueLength: options.maxValueLength,
        // Schemaless containers discover fields while sampling, so nothing can be pruned up front.
        fields: container.fields.length > 0 ? session.fieldsToRead() : undefined,
      },
      options.signal,
    )
    method = sampling.method
    for await (const batch of sampling.batches) {
      session.add(batch)
      records += batch.records
      emit({ type: 'records', source: plan.url, container: container.id, records: batch.records })
    }
  } catch (error) {
    return {
      container,
      fields: [],
      coverage: {
        ...base,
        status: (error as { skipped?: unknown }).skipped === true ? 'skipped' : 'failed',
        reason: errorMessage(error),
        sampledRecords: records,
        ...(method ? { sampleMethod: method } : {}),
        fields: container.fields.length,
        classifiedFields: 0,
      },
    }
  }
  const fields = session.finish()
  if (options.showData) {
    for (const f of fields) {
      if (f.detection && f.rawExamples?.length) {
        emit({
          type: 'raw-examples',
          source: plan.url,
          container: container.id,
          field: f.field.name,
          values: f.rawExamples,
        })
      }
    }
  }
  const estimate = container.estimatedRows
  const scan: ContainerScan = {
    container,
    fields,
    coverage: {
      ...base,
      status: 'scanned',
      sampledRecords: records,
      ...(method ? { sampleMethod: method } : {}),
      ...(estimate !== undefined && estimate > 0
        ? { sampledFraction: Math.min(1, Math.round((records / estimate) * 10_000) / 10_000) }
        : {}),
      fields: fields.length,
      classifiedFields: fields.filter((f) => f.detection).length,
    },
  }
  return options.policy ? { ...scan, ...(await checkRetention(plan, connector, scan, options)) } : scan
}

/** Resolves the container's policy and counts expired records in the engine. */
async function checkRetention(
  plan: SourcePlan,
  connector: Connector,
  scan: ContainerScan,
  options: ResolvedScanOptions,
): Promise<Pick<ContainerScan, 'policy' | 'retention' | 'retentionProblem'>> {
  const min = CONFIDENCES.indexOf(options.minConfidence)
  const categories = scan.fields.flatMap((f) =>
    [f.detection, ...f.embedded].flatMap((d) =>
      d && CONFIDENCES.indexOf(d.confidence) >= min ? [d.category] : [],
    ),
  )
  const fieldsMeta = scan.fields.map((f) => f.field)
  const known = new Set(fieldsMeta.map((f) => f.name))
  let policy = containerPolicy(
    options.policy!,
    plan.id,
    scan.container.id,
    [...fieldsMeta, ...scan.container.fields.filter((f) => !known.has(f.name))],
    categories,
    scan.container.primaryKey,
    options.now,
  )
  const r = policy.retention
  if (r && !policy.clockField && r.from === 'created' && connector.recordTime)
    policy = { ...policy, clockField: connector.recordTime }
  if (!r || !policy.clockField || categories.length === 0) return { policy }
  if (!connector.countOlderThan)
    return { policy, retentionProblem: `${connector.kind} connector cannot count records by age` }
  // Day granularity keeps cutoffs (and enforcement plan ids) stable across runs on the same day.
  const today = new Date(Math.floor(options.now.getTime() / DAY) * DAY)
  const cutoff = subtractDuration(today, parseDuration(r.duration))
  // An anonymize action leaves records in place: only those still holding personal values are due.
  const pending =
    r.action === 'anonymize'
      ? scan.fields.flatMap((f) =>
          f.detection &&
          f.detection.sensitivity !== 'none' &&
          CONFIDENCES.indexOf(f.detection.confidence) >= min &&
          (NESTED_PATH_KINDS.has(connector.kind) || !f.field.name.includes('.'))
            ? [
                {
                  field: f.field.name,
                  category: f.detection.category,
                  operator: defaultOperator(f.detection.category, options.policy!.anonymize),
                },
              ]
            : [],
        )
      : undefined
  try {
    const age = await connector.countOlderThan(
      scan.container,
      policy.clockField.name,
      cutoff,
      options.signal,
      pending,
    )
    return {
      policy,
      retention: {
        source: plan.url,
        sourceId: plan.id,
        container: scan.container.id,
        duration: r.duration,
        from: r.from,
        action: r.action,
        origin: r.origin,
        clockField: policy.clockField.name,
        ...(policy.keyField ? { keyField: policy.keyField } : {}),
        cutoff: cutoff.toISOString(),
        expired: age.expired,
        ...(age.oldest
          ? { oldestDays: Math.floor((options.now.getTime() - age.oldest.getTime()) / DAY) }
          : {}),
        ...(policy.hold ? { held: policy.hold.reason } : {}),
      },
    }
  } catch (error) {
    return { policy, retentionProblem: errorMessage(error) }
  }
}
