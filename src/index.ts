/**
 * The library entry point (`import { scan } from 'pimap'`). Everything the CLI does goes through these
 * functions; none of them prints. Deep imports are not part of the public API.
 */

// Scanning and its result.
export { scan } from './scan.js'
export type { ScanOptions, SourceInput } from './scan-options.js'
export type {
  ScanResult,
  FieldEntry,
  CoverageEntry,
  CoverageStatus,
  SourceReport,
  ScanSummary,
} from './scan-result.js'
export { isIncomplete } from './scan-result.js'
export type { ScanEvent } from './scan-events.js'

// Policy as code and findings.
export { loadPolicy, parsePolicy } from './policy/load-policy.js'
export type { Policy, LoadPolicyOptions } from './policy/load-policy.js'
export { policyJsonSchema } from './policy/policy-schema.js'
export type { Finding, Severity } from './findings/finding.js'
export { SEVERITIES } from './findings/finding.js'

// Enforcement (writes only when asked to apply).
export { enforce } from './enforce/enforce.js'
export type { EnforceOptions, EnforceResult } from './enforce/enforce.js'

// Rules and connectors, for extension.
export { defineRule } from './rule/rule.js'
export type { Rule, RuleSpec } from './rule/rule.js'
export type { Category, Sensitivity } from './rule/category.js'
export { builtinRules } from '../rules/index.js'
export type { Connector, ContainerRef, FieldMeta, SampleBatch } from './connector/connector.js'

// Migration gate, diffs, schedules and history.
export { checkMigration } from './migration/check-migration.js'
export type { CheckMigrationOptions } from './migration/check-migration.js'
export type { MigrationCheckResult } from './migration/migration-result.js'
export { diffResults, isEmptyDiff } from './diff/diff-results.js'
export type { ResultDiff } from './diff/diff-results.js'
export { startScheduler } from './schedule/schedule.js'
export type { ScheduleOptions, Scheduler } from './schedule/schedule.js'
export { openHistoryStore } from './history/open-history-store.js'
export type { HistoryStore } from './history/history-store.js'

// Reports: each renders a ScanResult to a string.
export { reporters } from '../reports/index.js'
export type { ReportFormat } from '../reports/index.js'

// Errors: every error pimap throws on purpose is a PimapError with a stable `code`.
export {
  PimapError,
  ConfigError,
  ConnectionError,
  SamplingError,
  RuleError,
  InternalError,
} from './errors.js'
