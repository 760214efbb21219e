/**
 * `enforce()`: scan with the policy, plan retention actions, and, only when `apply` is set, execute them.
 *
 * ```ts
 * const { plan } = await enforce({ policy, apply: false, auditLogPath: 'pimap-audit.jsonl' })
 * ```
 */
import { builtinConnectors } from '../../connectors/index.js'
import { type Connector, type ContainerRef, NESTED_PATH_KINDS } from '../connector/connector.js'
import { type ConnectorRegistry, resolveConnector } from '../connector/connector-registry.js'
import { ConfigError } from '../errors.js'
import type { Policy } from '../policy/load-policy.js'
import { scan } from '../scan.js'
import type { ScanEventHandler } from '../scan-events.js'
import type { SourceInput } from '../scan-options.js'
import type { ScanResult } from '../scan-result.js'
import { type ApplyReport, applyPlan } from './apply-plan.js'
import { type EnforcementPlan, planEnforcement } from './enforcement-plan.js'

/** Log files: records are addressed by line number (no primary key) and messages are scanned for identifiers. */
const POSITIONAL_KINDS: ReadonlySet<string> = new Set(['file'])

export interface EnforceOptions {
  readonly policy: Policy
  /** Default: the policy's sources. */
  readonly sources?: readonly SourceInput[]
  /** Execute the plan; without it nothing is changed. */
  readonly apply: boolean
  readonly auditLogPath: string
  readonly batchSize?: number
  readonly maxRows?: number
  readonly allowNoKey?: boolean
  /** HMAC key for the `hash` operator (PIMAP_HASH_KEY in the CLI). */
  readonly hashKey?: Buffer
  /** Records sampled per container to find the personal fields (default 1,000). */
  readonly sampleSize?: number
  readonly now?: Date
  readonly connectors?: ConnectorRegistry
  readonly statementTimeoutMs?: number
  readonly onEvent?: ScanEventHandler
  readonly onBatch?: Parameters<typeof applyPlan>[0]['onBatch']
}

export interface EnforceResult {
  readonly scan: ScanResult
  readonly plan: EnforcementPlan
  readonly report?: ApplyReport
}

export async function enforce(options: EnforceOptions): Promise<EnforceResult> {
  const sources = options.sources ?? options.policy.sources
  if (sources.length === 0)
    throw new ConfigError('no source to enforce on: add sources to the policy or pass URLs')
  const registry = options.connectors ?? builtinConnectors
  const result = await scan({
    sources,
    policy: options.policy,
    sampleSize: options.sampleSize ?? 1000,
    ...(options.now ? { now: options.now } : {}),
    ...(options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  })
  const plan = planEnforcement(result, {
    operators: options.policy.anonymize,
    allowNoKey: options.allowNoKey,
    nestedPathKinds: NESTED_PATH_KINDS,
    positionalKinds: POSITIONAL_KINDS,
  })
  if (!options.apply) return { scan: result, plan }
  if (!options.hashKey && plan.items.some((i) => !i.refused && i.fields.some((f) => f.operator === 'hash'))) {
    throw new ConfigError(
      'the plan uses the hash operator: set PIMAP_HASH_KEY (the same key in every store keeps hashes linkable)',
    )
  }
  const connectors = new Map<string, Connector>()
  const containers = new Map<string, ContainerRef>()
  try {
    for (const [i, source] of sources.entries()) {
      const input: Exclude<SourceInput, string> = typeof source === 'string' ? { url: source } : source
      const id = input.id ?? options.policy.sources.find((s) => s.url === input.url)?.id ?? `source-${i + 1}`
      if (!plan.items.some((item) => item.sourceId === id && !item.refused)) continue
      const connector =
        input.connector ??
        (await (
          await resolveConnector(input.url, registry).load()
        )(input.url, {
          statementTimeoutMs: options.statementTimeoutMs ?? 60_000,
          maxConnections: 1,
          schemas: input.schemas,
        }))
      await connector.connect()
      connectors.set(id, connector)
      for (const c of await connector.listContainers()) containers.set(`${id}\u0000${c.id}`, c)
    }
    const report = await applyPlan({
      plan,
      connectors,
      containers,
      auditLogPath: options.auditLogPath,
      batchSize: options.batchSize ?? 5000,
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
      ...(options.hashKey ? { hashKey: options.hashKey } : {}),
      ...(options.onBatch ? { onBatch: options.onBatch } : {}),
      settled: (sourceId, container) =>
        result.retention.some((r) => r.sourceId === sourceId && r.container === container && r.expired === 0),
    })
    return { scan: result, plan, report }
  } finally {
    for (const c of connectors.values()) await c.close().catch(() => {})
  }
}
