import { declares } from '../container-policy.js'
import { definePolicyCheck, type FindingDraft } from '../policy-check.js'

/** Legal bases that do not rest on consent (PIPL Art. 13 (2)–(7)); separate consent is a consent matter. */
const NON_CONSENT_BASES = new Set([
  'legal_obligation',
  'vital_interests',
  'public_interest',
  'news_reporting',
  'public_information',
  'human_resources',
])

/** Sensitive data processed without separate consent (PIPL Art. 29) or without a declared necessity (Art. 28). */
export const sensitiveWithoutBasis = definePolicyCheck({
  meta: {
    id: 'sensitive-without-basis',
    severity: 'high',
    description: 'Sensitive personal information without separate consent or declared necessity',
    messages: {
      noSeparateConsent:
        '{{field}} holds sensitive {{category}} for purpose {{purpose}} ({{basis}}) without separate consent',
      noNecessity:
        '{{field}} holds sensitive {{category}} for purpose {{purpose}}, which declares no necessity',
    },
    recommendation:
      'Obtain separate consent (PIPL Art. 29) or rely on a non-consent legal basis, and state the specific purpose and necessity (Art. 28) in the purpose.',
  },
  evaluate: (ctx) =>
    ctx.containers.flatMap((c) =>
      c.fields.filter(ctx.isSensitive).flatMap((f) => {
        const purposes = c.policy.purposes.filter((p) => declares(p.categories, f.category))
        return purposes.flatMap((p): FindingDraft[] => {
          const base = { source: c.source, sourceId: c.sourceId, container: c.container.id, field: f.field }
          const data = {
            field: `${c.container.id}.${f.field}`,
            category: f.category,
            purpose: p.id,
            basis: p.legalBasis,
          }
          const out: FindingDraft[] = []
          const consentOk =
            p.legalBasis === 'separate_consent' ||
            p.separateConsent === true ||
            NON_CONSENT_BASES.has(p.legalBasis)
          if (!consentOk)
            out.push({
              ...base,
              messageId: 'noSeparateConsent',
              data,
              evidence: { category: f.category, legalBasis: p.legalBasis },
            })
          if (!p.necessity)
            out.push({
              ...base,
              messageId: 'noNecessity',
              data,
              evidence: { category: f.category },
              severity: 'medium' as const,
            })
          return out
        })
      }),
    ),
})
