import { definePolicyCheck } from '../policy-check.js'

/** Data of children under 14 without a declared guardian consent (PIPL Art. 31). */
export const childrenWithoutGuardianConsent = definePolicyCheck({
  meta: {
    id: 'children-without-guardian-consent',
    severity: 'high',
    description: "Children's personal information without guardian consent",
    messages: {
      minors:
        '{{container}} holds data of children under 14 ({{under14}} sampled record(s)) and no guardian consent is declared',
    },
    recommendation:
      "Obtain the consent of a parent or guardian and adopt dedicated processing rules for children's data (PIPL Art. 31); declare `guardianConsent: true` on the purpose.",
  },
  evaluate: (ctx) =>
    ctx.policy.children.guardianConsent
      ? []
      : ctx.containers.flatMap((c) => {
          const under14 = Math.max(0, ...c.fields.map((f) => f.under14 ?? 0))
          if (under14 === 0 || c.policy.purposes.some((p) => p.guardianConsent)) return []
          return [
            {
              messageId: 'minors',
              data: { container: c.container.id, under14 },
              source: c.source,
              sourceId: c.sourceId,
              container: c.container.id,
              evidence: { under14 },
            },
          ]
        }),
})
