/**
 * A policy check is one file in src/policy/checks: metadata (stable id, default severity, named messages with
 * `{{placeholders}}`) and a pure `evaluate` over the scan's inventory and the resolved policy.
 */
import type { Severity } from '../findings/finding.js'
import type { PolicyContext } from './policy-context.js'

export interface PolicyCheckMeta {
  /** Stable kebab-case id; SARIF rule `pimap/<id>`, `--fail-on` thresholds compare severities. */
  readonly id: string
  readonly severity: Severity
  readonly description: string
  readonly messages: Readonly<Record<string, string>>
  readonly recommendation: string
}

export interface FindingDraft {
  readonly messageId: string
  readonly data: Readonly<Record<string, string | number>>
  readonly source: string
  readonly sourceId: string
  readonly container: string
  readonly field?: string
  readonly evidence: Readonly<Record<string, string | number | boolean>>
  /** Overrides the check's default severity (sensitive data raises it). */
  readonly severity?: Severity
  readonly location?: { readonly path: string; readonly line?: number }
}

export interface PolicyCheck {
  readonly meta: PolicyCheckMeta
  readonly evaluate: (context: PolicyContext) => FindingDraft[]
}

export function definePolicyCheck(check: PolicyCheck): PolicyCheck {
  return Object.freeze(check)
}
