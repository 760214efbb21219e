import { declares } from '../container-policy.js'
import { definePolicyCheck } from '../policy-check.js'

/** The policy promises encryption or masking for a category, but values are stored in clear. */
export const unprotectedIdentifier = definePolicyCheck({
  meta: {
    id: 'unprotected-identifier',
    severity: 'high',
    description: 'Identifiers stored in clear where the policy promises encryption or masking',
    messages: {
      notEncrypted:
        '{{field}} holds {{category}}, promised encrypted, but {{plain}} of {{sampled}} sampled values are plaintext',
      notMasked:
        '{{field}} holds {{category}}, promised masked, but {{plain}} of {{sampled}} sampled values are plaintext',
    },
    recommendation:
      'Encrypt or mask the column as the privacy policy states, or correct the promise in `protection`.',
  },
  evaluate: (ctx) =>
    ctx.containers.flatMap((c) =>
      c.fields.flatMap((f) => {
        const plain = f.valueStates?.plain ?? 0
        if (f.scope !== 'value' || plain === 0) return []
        const messageId = declares(ctx.policy.protection.encrypt, f.category)
          ? 'notEncrypted'
          : declares(ctx.policy.protection.mask, f.category)
            ? 'notMasked'
            : undefined
        if (!messageId) return []
        return [
          {
            messageId,
            data: { field: `${c.container.id}.${f.field}`, category: f.category, plain, sampled: f.sampled },
            source: c.source,
            sourceId: c.sourceId,
            container: c.container.id,
            field: f.field,
            evidence: {
              plain,
              sampled: f.sampled,
              masked: f.valueStates?.masked ?? 0,
              hashed: f.valueStates?.hashed ?? 0,
              encrypted: f.valueStates?.encrypted ?? 0,
            },
          },
        ]
      }),
    ),
})
