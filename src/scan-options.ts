/** Scan options, their defaults and validation. The CLI maps flags onto these; the library reads no env. */
import type { Connector } from './connector/connector.js'
import type { ConnectorRegistry } from './connector/connector-registry.js'
import type { Confidence } from './classifier/detection.js'
import { CONFIDENCES } from './classifier/detection.js'
import { ConfigError } from './errors.js'
import type { Category, SensitivityOptions } from './rule/category.js'
import type { Rule } from './rule/rule.js'
import type { Policy } from './policy/load-policy.js'
import type { ScanEventHandler } from './scan-events.js'

/** A source URL, or a URL with an id (for policy mappings) and optionally a ready connector (embedded databases). */
export type SourceInput =
  | string
  | {
      readonly url: string
      readonly id?: string
      readonly connector?: Connector
      readonly include?: readonly string[]
      readonly exclude?: readonly string[]
      readonly schemas?: readonly string[]
    }

export interface ScanOptions {
  /** Source URLs: `postgresql://…`, `pglite:./dir`, … */
  readonly sources: readonly SourceInput[]
  /** Records per container, or `all` for a full scan. Default 10,000. */
  readonly sampleSize?: number | 'all'
  /** Globs on `schema.table` (or the bare table name) to scan; default all. */
  readonly include?: readonly string[]
  /** Globs on `schema.table` (or the bare table name) to skip. */
  readonly exclude?: readonly string[]
  /** Schemas (databases for MySQL/MongoDB) to scan; default all user schemas. */
  readonly schemas?: readonly string[]
  readonly includeViews?: boolean
  /** Lowest confidence reported. Default `medium`. */
  readonly minConfidence?: Confidence
  readonly sensitivity?: SensitivityOptions
  /** Per-statement timeout, ms. Default 60,000. */
  readonly statementTimeoutMs?: number
  /** Connections (or concurrent containers) per source. Default 2. */
  readonly maxConnectionsPerSource?: number
  /** Sources scanned at the same time. Default 4. */
  readonly sourceConcurrency?: number
  /** Longer values are truncated before classification. Default 1,024. */
  readonly maxValueLength?: number
  /** Emit `raw-examples` events (the result never contains raw values). */
  readonly showData?: boolean
  /** A loaded policy (`loadPolicy`): adds custom rules, retention counting and findings. */
  readonly policy?: Policy
  /** Key for in-memory identifier hashes (cross-store check); random per scan when absent. */
  readonly identityKey?: Buffer
  /** The scan date, for ages of children and record ages (default: now). */
  readonly now?: Date
  readonly onEvent?: ScanEventHandler
  readonly signal?: AbortSignal
  /** Rules and categories (default: built-in). */
  readonly rules?: readonly Rule[]
  readonly findCategory?: (id: string) => Category | undefined
  readonly connectors?: ConnectorRegistry
}

export type ResolvedScanOptions = Required<
  Omit<
    ScanOptions,
    'onEvent' | 'signal' | 'schemas' | 'include' | 'exclude' | 'now' | 'policy' | 'identityKey'
  >
> &
  Pick<ScanOptions, 'onEvent' | 'signal' | 'schemas' | 'policy' | 'identityKey'> & {
    include: readonly string[]
    exclude: readonly string[]
    now: Date
  }

export const DEFAULT_SAMPLE_SIZE = 10_000

export function resolveScanOptions(
  options: ScanOptions,
  defaults: {
    rules: readonly Rule[]
    findCategory: (id: string) => Category | undefined
    connectors: ConnectorRegistry
  },
): ResolvedScanOptions {
  const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE_SIZE
  if (sampleSize !== 'all' && !(Number.isInteger(sampleSize) && sampleSize > 0)) {
    throw new ConfigError(`sample size must be a positive integer or "all", got ${String(sampleSize)}`)
  }
  if (options.sources.length === 0) throw new ConfigError('no source given; pass at least one URL')
  const minConfidence = options.minConfidence ?? 'medium'
  if (!CONFIDENCES.includes(minConfidence)) {
    throw new ConfigError(`unknown confidence ${String(minConfidence)}; use one of ${CONFIDENCES.join(', ')}`)
  }
  return {
    sources: options.sources,
    sampleSize,
    include: options.include ?? [],
    exclude: options.exclude ?? [],
    schemas: options.schemas,
    includeViews: options.includeViews ?? false,
    minConfidence,
    sensitivity: options.sensitivity ?? {},
    statementTimeoutMs: positive(options.statementTimeoutMs ?? 60_000, 'statement timeout'),
    maxConnectionsPerSource: positive(options.maxConnectionsPerSource ?? 2, 'connections per source'),
    sourceConcurrency: positive(options.sourceConcurrency ?? 4, 'source concurrency'),
    maxValueLength: positive(options.maxValueLength ?? 1024, 'max value length'),
    showData: options.showData ?? false,
    policy: options.policy,
    identityKey: options.identityKey,
    now: options.now ?? new Date(),
    onEvent: options.onEvent,
    signal: options.signal,
    rules: [...(options.rules ?? defaults.rules), ...(options.policy?.customRules ?? [])],
    findCategory: options.findCategory ?? defaults.findCategory,
    connectors: options.connectors ?? defaults.connectors,
  }
}

function positive(n: number, what: string): number {
  if (!(Number.isFinite(n) && n > 0)) throw new ConfigError(`${what} must be a positive number, got ${n}`)
  return n
}
