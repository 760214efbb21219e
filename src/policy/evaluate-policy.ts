/** Runs every check over the policy context and renders findings. Pure. */
import { compareFindings, type Finding } from '../findings/finding.js'
import type { PolicyCheck } from './policy-check.js'
import type { PolicyContext } from './policy-context.js'

export function evaluatePolicy(context: PolicyContext, checks: readonly PolicyCheck[]): Finding[] {
  const findings: Finding[] = []
  for (const check of checks) {
    for (const draft of check.evaluate(context)) {
      const template = check.meta.messages[draft.messageId]
      if (template === undefined) throw new Error(`check ${check.meta.id} has no message ${draft.messageId}`)
      findings.push({
        checkId: check.meta.id,
        messageId: draft.messageId,
        severity: draft.severity ?? check.meta.severity,
        source: draft.source,
        sourceId: draft.sourceId,
        container: draft.container,
        ...(draft.field ? { field: draft.field } : {}),
        message: template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) =>
          String(draft.data[key] ?? `{{${key}}}`),
        ),
        evidence: draft.evidence,
        recommendation: check.meta.recommendation,
        ...(draft.location ? { location: draft.location } : {}),
      })
    }
  }
  return findings.sort(compareFindings)
}
