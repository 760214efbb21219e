import { errorMessage } from '../../src/errors.js'

interface PgLikeError {
  code?: string
  message?: string
  address?: string
  port?: number
  hostname?: string
}

/**
 * One-line reason for a failed PostgreSQL connection or query, without credentials: pg messages can name the
 * user and database but never the password.
 */
export function describePostgresError(error: unknown): string {
  const e = (error ?? {}) as PgLikeError
  switch (e.code) {
    case 'ECONNREFUSED':
      return `connection refused at ${e.address ?? 'host'}:${e.port ?? ''}`.replace(/:$/, '')
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host not found: ${e.hostname ?? 'unknown'}`
    case 'ETIMEDOUT':
      return 'connection timed out'
    case '28P01':
      return `authentication failed: ${e.message ?? 'wrong password'}`
    case '28000':
      return `access rejected: ${e.message ?? 'no pg_hba.conf entry'}`
    case '3D000':
      return e.message ?? 'database does not exist'
    case '42501':
      return `permission denied: ${e.message ?? ''}`.trim()
    case '57014':
      return 'statement timeout reached (raise --statement-timeout or lower --sample-size)'
    default:
      return errorMessage(error)
  }
}
