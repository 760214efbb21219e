import { definePolicyCheck } from '../policy-check.js'

/** Personal data in a container that no declared purpose covers (no mapping matches it). */
export const undeclaredPersonalData = definePolicyCheck({
  meta: {
    id: 'undeclared-personal-data',
    severity: 'medium',
    description: 'Personal data held where no declared purpose covers it',
    messages: {
      unmapped:
        '{{count}} personal field(s) ({{categories}}) in {{container}}, which no purpose in the policy covers',
    },
    recommendation:
      'Map the container to a purpose in `mappings`, or delete the data if no purpose needs it (PIPL Art. 6, 47).',
  },
  evaluate: (ctx) =>
    ctx.containers
      .filter((c) => c.policy.purposes.length === 0 && c.fields.some((f) => f.sensitivity !== 'none'))
      .map((c) => {
        const personal = c.fields.filter((f) => f.sensitivity !== 'none')
        const categories = [...new Set(personal.map((f) => f.category))].sort()
        return {
          messageId: 'unmapped',
          data: { count: personal.length, categories: categories.join(', '), container: c.container.id },
          source: c.source,
          sourceId: c.sourceId,
          container: c.container.id,
          evidence: {
            personalFields: personal.length,
            sensitiveFields: personal.filter(ctx.isSensitive).length,
          },
          severity: personal.some(ctx.isSensitive) ? 'high' : 'medium',
        }
      }),
})
