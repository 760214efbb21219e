import { definePolicyCheck } from '../policy-check.js'

/**
 * The same people (matched by keyed hashes of phone numbers, e-mails and ID numbers, never stored) in a store no
 * declared purpose covers: a shadow copy of personal data.
 */
export const personInUndeclaredStore = definePolicyCheck({
  meta: {
    id: 'person-in-undeclared-store',
    severity: 'high',
    description: 'Known people found again in a store no purpose covers',
    messages: {
      shared:
        '{{shared}} {{category}} identifier(s) in {{field}} also appear in {{knownIn}}, but no purpose covers {{container}}',
    },
    recommendation: 'Declare the store under a purpose (and its retention), or delete the copy.',
  },
  evaluate: (ctx) =>
    ctx.identity.map((o) => ({
      messageId: 'shared',
      data: {
        shared: o.shared,
        category: o.category,
        field: `${o.container}.${o.field}`,
        knownIn: o.knownIn.join(', '),
        container: o.container,
      },
      source: o.source,
      sourceId: o.sourceId,
      container: o.container,
      field: o.field,
      evidence: { shared: o.shared, knownIn: o.knownIn.length },
    })),
})
