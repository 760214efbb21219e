import { definePolicyCheck, type FindingDraft } from '../policy-check.js'

/** Personal data whose retention cannot be checked: no rule applies, or no usable timestamp starts the clock. */
export const retentionUnenforceable = definePolicyCheck({
  meta: {
    id: 'retention-unenforceable',
    severity: 'medium',
    description: 'Personal data without an enforceable retention period',
    messages: {
      noRule: '{{container}} holds personal data ({{categories}}) but no retention rule applies to it',
      noTimestamp:
        '{{container}} has retention {{duration}} from {{from}}, but no timestamp field for "{{from}}" (declare it in mappings[].clocks)',
      notCounted: 'retention of {{container}} could not be counted: {{reason}}',
    },
    recommendation:
      'Give every purpose or category a retention period and map the field that starts its clock (PIPL Art. 19).',
  },
  evaluate: (ctx) =>
    ctx.containers.flatMap((c): FindingDraft[] => {
      const personal = c.fields.filter((f) => f.sensitivity !== 'none')
      if (personal.length === 0 || c.policy.hold) return []
      const base = { source: c.source, sourceId: c.sourceId, container: c.container.id }
      const categories = [...new Set(personal.map((f) => f.category))].sort().join(', ')
      const r = c.policy.retention
      if (!r)
        return [
          {
            ...base,
            messageId: 'noRule',
            data: { container: c.container.id, categories },
            evidence: { personalFields: personal.length },
          },
        ]
      if (!c.policy.clockField) {
        return [
          {
            ...base,
            messageId: 'noTimestamp',
            data: { container: c.container.id, duration: r.duration, from: r.from },
            evidence: { clock: r.from },
          },
        ]
      }
      if (c.retentionProblem) {
        return [
          {
            ...base,
            messageId: 'notCounted',
            data: { container: c.container.id, reason: c.retentionProblem },
            evidence: { clockField: c.policy.clockField.name },
            severity: 'low' as const,
          },
        ]
      }
      return []
    }),
})
