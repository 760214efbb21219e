/**
 * The two gate checks, written like policy checks (stable id, severity, named messages, recommendation), and
 * the findings they produce from judged columns. Findings carry the file and line of the statement, so the
 * SARIF reporter gives them physical locations.
 */
import type { Finding } from '../findings/finding.js'
import type { PolicyCheckMeta } from '../policy/policy-check.js'
import type { MigrationColumn } from './migration-result.js'

export const migrationAddsSensitiveField: PolicyCheckMeta = {
  id: 'migration-adds-sensitive-field',
  severity: 'high',
  description: 'A migration adds a field holding sensitive personal information',
  messages: {
    sensitiveField:
      '{{container}}.{{field}} ({{change}}) holds {{label}} ({{category}}), sensitive personal information (PIPL Art. 28){{origin}}',
  },
  recommendation:
    'Declare the category in a purpose mapped to the table in pimap.yml (legal basis, necessity, separate consent) and run the gate with --config, or do not store it.',
}

export const migrationAddsUndeclaredField: PolicyCheckMeta = {
  id: 'migration-adds-undeclared-field',
  severity: 'medium',
  description: "A migration adds personal information its table's purposes do not declare",
  messages: {
    undeclaredCategory:
      '{{container}}.{{field}} ({{change}}) holds {{label}} ({{category}}, {{sensitivity}}), which none of the purposes of {{container}} ({{purposes}}) declares{{origin}}',
    unmappedTable:
      '{{container}}.{{field}} ({{change}}) holds {{label}} ({{category}}, {{sensitivity}}), but no purpose in the policy covers {{container}}{{origin}}',
  },
  recommendation:
    'Declare the category in a purpose mapped to the table (pimap.yml `purposes` and `mappings`) before the migration ships, or drop the field (PIPL Art. 6: minimum necessary).',
}

export const MIGRATION_CHECKS = [migrationAddsSensitiveField, migrationAddsUndeclaredField] as const

/** One finding per violating column. */
export function migrationFindings(
  columns: readonly MigrationColumn[],
  withPolicy: boolean,
  sourceId: string,
): Finding[] {
  return columns
    .filter((c) => c.verdict === 'violation')
    .map((c) => {
      const check = withPolicy ? migrationAddsUndeclaredField : migrationAddsSensitiveField
      const messageId = !withPolicy
        ? 'sensitiveField'
        : c.purposes?.length
          ? 'undeclaredCategory'
          : 'unmappedTable'
      const data: Record<string, string> = {
        container: c.container,
        field: c.column,
        change: describeChange(c),
        label: c.categoryLabel ?? c.category ?? '',
        category: c.category ?? '',
        sensitivity: c.sensitivity ?? '',
        purposes: (c.purposes ?? []).join(', '),
        origin: c.origin === 'shadow' ? ' (seen by the shadow run only)' : '',
      }
      return {
        checkId: check.id,
        messageId,
        severity: c.sensitivity === 'sensitive' ? 'high' : 'medium',
        source: c.path,
        sourceId,
        container: c.container,
        field: c.column,
        message: check.messages[messageId]!.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => data[key] ?? ''),
        evidence: {
          category: c.category ?? '',
          sensitivity: c.sensitivity ?? '',
          confidence: c.confidence ?? '',
          change: c.change,
          dataType: c.dataType,
          origin: c.origin,
        },
        recommendation: check.recommendation,
        location: { path: c.path, line: c.line },
      } satisfies Finding
    })
}

/** `added`, `renamed from phone_no`, `moved from public.t_0042`, … */
export function describeChange(c: MigrationColumn): string {
  switch (c.change) {
    case 'renamed':
      return `renamed from ${c.previousName ?? '?'}`
    case 'redefined':
      return c.previousName ? `redefined from ${c.previousName}` : 'redefined'
    case 'moved':
      return `moved from ${c.previousContainer ?? '?'}`
    case 'context':
      return 'table comment changed'
    default:
      return c.change
  }
}
