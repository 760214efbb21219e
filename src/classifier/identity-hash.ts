/**
 * Keyed hashes of person identifiers (HMAC-SHA256 of a canonical form), used only in memory to notice the same
 * people in two stores. The key comes from the caller (the CLI reads PIMAP_HASH_KEY or draws a random one per
 * run); hashes are never written to results or logs.
 */
import { createHmac } from 'node:crypto'

/** Categories whose values identify a person well enough to match across stores. */
export const IDENTITY_CATEGORIES: ReadonlySet<string> = new Set([
  'contact.phone',
  'contact.email',
  'id.national',
  'financial.bank_card',
])

export interface IdentityOptions {
  readonly key: Buffer
  /** Distinct hashes kept per field (bounds memory on full scans). */
  readonly maxPerField: number
}

/** Canonical form so `+86 138-1234-5678` and `13812345678` hash alike. */
export function canonicalIdentifier(category: string, value: string): string {
  if (category === 'contact.phone')
    return value.replace(/[^\d+]/g, '').replace(/^(?:\+?86|0086)(?=1\d{10}$)/, '')
  if (category === 'contact.email') return value.trim().toLowerCase()
  return value.replace(/[\s-]/g, '').toUpperCase()
}

export function identityHash(key: Buffer, category: string, value: string): string {
  return createHmac('sha256', key)
    .update(category)
    .update('\u0000')
    .update(canonicalIdentifier(category, value))
    .digest('base64url')
    .slice(0, 22)
}
