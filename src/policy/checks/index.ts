/** Built-in policy checks, sorted by id. */
import type { PolicyCheck } from '../policy-check.js'
import { childrenWithoutGuardianConsent } from './children-without-guardian-consent.js'
import { personInUndeclaredStore } from './person-in-undeclared-store.js'
import { plaintextCredential } from './plaintext-credential.js'
import { purposeMismatch } from './purpose-mismatch.js'
import { retentionExceeded } from './retention-exceeded.js'
import { retentionUnenforceable } from './retention-unenforceable.js'
import { sensitiveWithoutBasis } from './sensitive-without-basis.js'
import { undeclaredPersonalData } from './undeclared-personal-data.js'
import { unprotectedIdentifier } from './unprotected-identifier.js'

export const builtinChecks = [
  childrenWithoutGuardianConsent,
  personInUndeclaredStore,
  plaintextCredential,
  purposeMismatch,
  retentionExceeded,
  retentionUnenforceable,
  sensitiveWithoutBasis,
  undeclaredPersonalData,
  unprotectedIdentifier,
] as const satisfies readonly PolicyCheck[]
