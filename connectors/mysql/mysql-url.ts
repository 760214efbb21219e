/**
 * Parses `mysql://user:pass@host:3306/db?ssl=true` (also `mariadb://`) into mysql2 pool options. Parsed here
 * rather than by mysql2 so the scheme is checked, percent-encoding is decoded once and the password is known
 * for redaction.
 */
import type { PoolOptions } from 'mysql2'
import { ConnectionError } from '../../src/errors.js'
import { redactUrl } from '../../src/util/redact-url.js'

export interface MysqlUrlParts {
  /** Host, port, user, password, database, TLS and socket options for mysql2. */
  readonly connection: PoolOptions
  /** The database named in the path, if any. */
  readonly database?: string
  /** The decoded password, masked wherever it could appear in a message. */
  readonly password?: string
}

const DEFAULT_PORT = 3306

/** Throws ConnectionError (with the URL redacted) for a URL that is not a MySQL URL. */
export function parseMysqlUrl(url: string): MysqlUrlParts {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConnectionError(`invalid MySQL URL: ${redactUrl(url)}`)
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:')
    throw new ConnectionError(`invalid MySQL URL (expected mysql:// or mariadb://): ${redactUrl(url)}`)
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s)
    } catch {
      throw new ConnectionError(`invalid percent-encoding in MySQL URL: ${redactUrl(url)}`)
    }
  }
  const database = decode(parsed.pathname.replace(/^\//, '').replace(/\/$/, '')) || undefined
  const password = parsed.password ? decode(parsed.password) : undefined
  const params = parsed.searchParams
  const socketPath = params.get('socket') ?? params.get('socketPath') ?? undefined
  const ssl = sslOption(params.get('ssl') ?? params.get('ssl-mode') ?? params.get('sslmode'))
  const port = parsed.port ? Number(parsed.port) : DEFAULT_PORT
  const host = parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1'
  const connection: PoolOptions = {
    ...(socketPath ? { socketPath } : { host, port }),
    user: parsed.username ? decode(parsed.username) : 'root',
    ...(password !== undefined ? { password } : {}),
    ...(database ? { database } : {}),
    ...(ssl ? { ssl } : {}),
  }
  return { connection, ...(database ? { database } : {}), ...(password ? { password } : {}) }
}

/**
 * `ssl=true`, `verify_ca`, `verify_identity`: TLS with the certificate verified; `required`: TLS without
 * verification (MySQL's `--ssl-mode=REQUIRED`); anything else (`false`, `disabled`, `preferred`) or absent: off.
 */
function sslOption(value: string | null): PoolOptions['ssl'] | undefined {
  const v = value?.toLowerCase()
  if (v === 'true' || v === '1' || v === 'verify_ca' || v === 'verify_identity')
    return { rejectUnauthorized: true }
  if (v === 'required' || v === 'require') return { rejectUnauthorized: false }
  return undefined
}
