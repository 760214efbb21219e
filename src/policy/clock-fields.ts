/**
 * Which field starts each retention clock in a container: the mapping's `clocks` when given, otherwise common
 * names of timestamp columns (`created_at`, `gmt_create`, `completed_at`, `closed_at`, `expires_at`…).
 */
import { splitWords } from '../classifier/name-tokens.js'
import type { FieldMeta } from '../connector/connector.js'
import type { Clock } from './policy-schema.js'

const CANDIDATES: Readonly<Record<Clock, readonly string[]>> = {
  created: [
    'created at',
    'create time',
    'created',
    'gmt create',
    'created time',
    'creation time',
    'insert time',
    'inserted at',
    'register time',
    'registered at',
    'logged at',
    'log time',
    'sent at',
    'occurred at',
    'event time',
    'timestamp',
    'ts',
    'time',
    'date',
    'filled at',
    'call start',
    'check in',
    'paid at',
    'verified at',
    'recorded at',
    'received at',
    'visit time',
    'visit date',
  ],
  last_activity: [
    'last login at',
    'last active at',
    'last seen at',
    'last login time',
    'last activity at',
    'last visit at',
    'updated at',
    'update time',
    'gmt modified',
  ],
  transaction_completed: [
    'completed at',
    'complete time',
    'finished at',
    'finish time',
    'done at',
    'settled at',
    'paid at',
    'closed at',
  ],
  account_closed: [
    'closed at',
    'close time',
    'deleted at',
    'cancelled at',
    'canceled at',
    'deactivated at',
    'unregistered at',
    'terminated at',
  ],
  service_expiry: [
    'expires at',
    'expired at',
    'expire time',
    'expiry date',
    'expires',
    'end date',
    'service end',
    'valid until',
    'expiration date',
  ],
}

/** Field holding `clock`, or undefined when none is declared or recognisable. */
export function clockField(
  clock: Clock,
  fields: readonly FieldMeta[],
  declared?: Partial<Record<Clock, string>>,
): FieldMeta | undefined {
  const name = declared?.[clock]
  if (name) return fields.find((f) => f.name === name)
  const timeFields = fields.filter((f) => f.typeClass === 'timestamp' || f.typeClass === 'date')
  for (const candidate of CANDIDATES[clock]) {
    const hit = timeFields.find((f) => splitWords(f.name).join(' ') === candidate)
    if (hit) return hit
  }
  return undefined
}
