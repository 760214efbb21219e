import { definePolicyCheck } from '../policy-check.js'

/** Passwords and secrets stored in clear: only hashes (passwords) or encrypted values (tokens) belong at rest. */
export const plaintextCredential = definePolicyCheck({
  meta: {
    id: 'plaintext-credential',
    severity: 'critical',
    description: 'Credentials stored in plaintext',
    messages: {
      plaintext: '{{field}} holds {{category}} and {{plain}} of {{sampled}} sampled values are in plaintext',
    },
    recommendation:
      'Store passwords only as slow salted hashes (bcrypt, scrypt, argon2) and encrypt tokens at rest (GB/T 35273 §6.3).',
  },
  evaluate: (ctx) =>
    ctx.containers.flatMap((c) =>
      c.fields
        .filter(
          (f) =>
            f.scope === 'value' && f.category.startsWith('credential.') && (f.valueStates?.plain ?? 0) > 0,
        )
        .map((f) => ({
          messageId: 'plaintext',
          data: {
            field: `${c.container.id}.${f.field}`,
            category: f.category,
            plain: f.valueStates!.plain,
            sampled: f.sampled,
          },
          source: c.source,
          sourceId: c.sourceId,
          container: c.container.id,
          field: f.field,
          evidence: { plain: f.valueStates!.plain, sampled: f.sampled },
          severity: f.category === 'credential.password' ? ('critical' as const) : ('high' as const),
        })),
    ),
})
