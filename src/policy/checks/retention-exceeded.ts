import { definePolicyCheck, type FindingDraft } from '../policy-check.js'

/** Records older than their retention period, counted by the engine. */
export const retentionExceeded = definePolicyCheck({
  meta: {
    id: 'retention-exceeded',
    severity: 'high',
    description: 'Records kept past their retention period',
    messages: {
      expired:
        '{{expired}} record(s) in {{container}} are older than {{duration}} from {{from}} (oldest {{oldestDays}} days); due: {{action}}',
      held: '{{expired}} record(s) in {{container}} are past {{duration}} but under legal hold: {{reason}}',
    },
    recommendation:
      'Run `pimap enforce --config pimap.yml` to review the plan, then `--apply` to anonymize or delete (PIPL Art. 19, 47).',
  },
  evaluate: (ctx) =>
    ctx.containers.flatMap((c): FindingDraft[] => {
      const r = c.retention
      if (!r || r.expired === 0) return []
      const data = {
        expired: r.expired,
        container: c.container.id,
        duration: r.duration,
        from: `${r.from} (${r.clockField})`,
        oldestDays: r.oldestDays ?? '?',
        action: r.action,
        reason: r.held ?? '',
      }
      const evidence = {
        expired: r.expired,
        oldestDays: r.oldestDays ?? -1,
        cutoff: r.cutoff,
        rule: r.origin,
        clockField: r.clockField,
      }
      const base = { source: c.source, sourceId: c.sourceId, container: c.container.id, data, evidence }
      if (r.held) return [{ ...base, messageId: 'held', severity: 'info' as const }]
      return [
        {
          ...base,
          messageId: 'expired',
          severity: c.fields.some(ctx.isSensitive) ? ('high' as const) : ('medium' as const),
        },
      ]
    }),
})
