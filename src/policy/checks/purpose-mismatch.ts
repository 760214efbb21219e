import { declares } from '../container-policy.js'
import { definePolicyCheck } from '../policy-check.js'

/** A category in a container whose mapped purposes do not declare it. */
export const purposeMismatch = definePolicyCheck({
  meta: {
    id: 'purpose-mismatch',
    severity: 'medium',
    description: 'A category is held for purposes that do not declare it',
    messages: {
      undeclaredCategory:
        '{{field}} holds {{category}}, which none of the purposes of {{container}} ({{purposes}}) declares',
    },
    recommendation:
      'Declare the category in the purpose (and the privacy policy), or stop collecting it (PIPL Art. 6: minimum necessary).',
  },
  evaluate: (ctx) =>
    ctx.containers.flatMap((c) => {
      if (c.policy.purposes.length === 0) return []
      const declared = c.policy.purposes.flatMap((p) => p.categories)
      return c.fields
        .filter((f) => f.sensitivity !== 'none' && !declares(declared, f.category))
        .map((f) => ({
          messageId: 'undeclaredCategory',
          data: {
            field: f.field,
            category: f.category,
            container: c.container.id,
            purposes: c.policy.purposes.map((p) => p.id).join(', '),
          },
          source: c.source,
          sourceId: c.sourceId,
          container: c.container.id,
          field: f.field,
          evidence: {
            category: f.category,
            sampled: f.sampled,
            matched: f.matched,
            confidence: f.confidence,
          },
          severity: ctx.isSensitive(f) ? 'high' : 'medium',
        }))
    }),
})
