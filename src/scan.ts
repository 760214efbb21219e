/**
 * `scan()`: connect -> sample -> classify -> inventory -> policy, for every source, concurrently and
 * failure-isolated.
 *
 * ```ts
 * import { scan } from 'pimap'
 * const result = await scan({ sources: ['postgresql://postgres@127.0.0.1:5432/shop'] })
 * console.log(result.summary.sensitiveFields)
 * ```
 */
import { randomBytes } from 'node:crypto'
import pLimit from 'p-limit'
import { builtinConnectors } from '../connectors/index.js'
import { findCategory } from '../rules/categories.js'
import { builtinRules } from '../rules/index.js'
import { NameIndex } from './classifier/match-name.js'
import type { Connector } from './connector/connector.js'
import { resolveConnector } from './connector/connector-registry.js'
import { ConnectionError, errorMessage } from './errors.js'
import { buildResult } from './inventory/build-result.js'
import { buildPolicyContext } from './policy/build-policy-context.js'
import { builtinChecks } from './policy/checks/index.js'
import { evaluatePolicy } from './policy/evaluate-policy.js'
import { scanSource, type SourcePlan } from './sampler/scan-source.js'
import {
  type ResolvedScanOptions,
  resolveScanOptions,
  type ScanOptions,
  type SourceInput,
} from './scan-options.js'
import type { ScanResult } from './scan-result.js'
import { redactUrl } from './util/redact-url.js'
import { PIMAP_VERSION } from './version.js'

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const resolved = resolveScanOptions(options, {
    rules: builtinRules,
    findCategory,
    connectors: builtinConnectors,
  })
  const startedAt = new Date()
  // Resolve every scheme before connecting anything: a typo is a usage error, not a half-finished scan.
  const plans = resolved.sources.map((source, i) => planSource(source, i, resolved))
  const nameIndex = new NameIndex(resolved.rules)
  const identity = resolved.policy
    ? { key: resolved.identityKey ?? randomBytes(32), maxPerField: 50_000 }
    : undefined
  const limit = pLimit(resolved.sourceConcurrency)
  const scans = await Promise.all(
    plans.map((plan) =>
      limit(async () => {
        let connector: Connector
        try {
          connector = await plan.connector()
        } catch (error) {
          connector = failingConnector(plan.kind, new ConnectionError(errorMessage(error), { cause: error }))
        }
        return scanSource(plan, connector, resolved, nameIndex, identity)
      }),
    ),
  )
  const inventory = buildResult({
    scans,
    startedAt,
    finishedAt: new Date(),
    version: PIMAP_VERSION,
    settings: {
      sampleSize: resolved.sampleSize,
      minConfidence: resolved.minConfidence,
      idNumberIsSensitive: resolved.sensitivity.idNumberIsSensitive !== false,
      rules: resolved.rules.length,
    },
    findCategory: resolved.findCategory,
  })
  const policy = resolved.policy
  if (!policy) return { ...inventory, findings: [], retention: [] }
  const context = buildPolicyContext(
    policy,
    scans,
    inventory.fields,
    (id) => resolved.findCategory(id)?.label ?? id,
  )
  return {
    ...inventory,
    findings: evaluatePolicy(context, builtinChecks),
    retention: scans.flatMap((s) => s.containers.flatMap((c) => (c.retention ? [c.retention] : []))),
    processing: context.containers.flatMap((c) =>
      c.policy.purposes.length === 0
        ? []
        : [
            {
              sourceId: c.sourceId,
              container: c.container.id,
              purposes: c.policy.purposes.map((p) => ({ id: p.id, legalBasis: p.legalBasis })),
            },
          ],
    ),
    policy: { file: policy.file, purposes: policy.purposes.length, mappings: policy.mappings.length },
  }
}

function planSource(
  source: SourceInput,
  index: number,
  resolved: ResolvedScanOptions,
): SourcePlan & { connector: () => Promise<Connector> } {
  const input = typeof source === 'string' ? { url: source } : source
  // A URL given on the command line takes the id of the pimap.yml source with the same URL.
  const id =
    input.id ?? resolved.policy?.sources.find((s) => s.url === input.url)?.id ?? `source-${index + 1}`
  const base = {
    id,
    url: redactUrl(input.url),
    ...(input.include ? { include: input.include } : {}),
    ...(input.exclude ? { exclude: input.exclude } : {}),
  }
  if (input.connector) {
    const connector = input.connector
    return { ...base, kind: connector.kind, connector: async () => connector }
  }
  const registration = resolveConnector(input.url, resolved.connectors)
  return {
    ...base,
    kind: registration.kind,
    connector: async () =>
      (await registration.load())(input.url, {
        statementTimeoutMs: resolved.statementTimeoutMs,
        maxConnections: resolved.maxConnectionsPerSource,
        schemas: input.schemas ?? resolved.schemas,
        includeViews: resolved.includeViews,
      }),
  }
}

/** A connector whose construction failed (bad URL syntax): reported as a failed source like any other. */
function failingConnector(kind: string, error: Error): Connector {
  return {
    kind,
    nouns: { container: 'container', record: 'record' },
    connect: () => Promise.reject(error),
    listContainers: () => Promise.reject(error),
    sample: () => Promise.reject(error),
    close: () => Promise.resolve(),
  }
}
