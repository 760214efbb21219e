import { errorMessage } from '../../src/errors.js'
import { redactUrl } from '../../src/util/redact-url.js'

interface MysqlLikeError {
  code?: string
  errno?: number
  message?: string
  address?: string
  port?: number
  hostname?: string
  /** Node's AggregateError when every address of a host refused (`localhost` = ::1 and 127.0.0.1). */
  errors?: MysqlLikeError[]
}

const MAX_REASON_LENGTH = 300

export const TIMEOUT_REASON = 'statement timeout reached (raise --statement-timeout or lower --sample-size)'

/** Server error numbers (errno), stable across MySQL and MariaDB unless noted. */
const ER = {
  DBACCESS_DENIED: 1044,
  ACCESS_DENIED: 1045,
  BAD_DB: 1049,
  CON_COUNT: 1040,
  HOST_NOT_PRIVILEGED: 1130,
  TABLEACCESS_DENIED: 1142,
  COLUMNACCESS_DENIED: 1143,
  NO_SUCH_TABLE: 1146,
  SPECIFIC_ACCESS_DENIED: 1227,
  QUERY_INTERRUPTED: 1317,
  PROCACCESS_DENIED: 1370,
  READ_ONLY_TRANSACTION: 1792,
  /** MariaDB: max_statement_time exceeded. */
  STATEMENT_TIMEOUT_MARIADB: 1969,
  /** MySQL: max_execution_time exceeded. */
  QUERY_TIMEOUT_MYSQL: 3024,
} as const

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0]?.trim() ?? ''
  return line.length > MAX_REASON_LENGTH ? `${line.slice(0, MAX_REASON_LENGTH - 1)}…` : line
}

function describe(e: MysqlLikeError): string {
  const message = firstLine(e.message || errorMessage(e))
  switch (e.errno) {
    case ER.ACCESS_DENIED:
      // "Access denied for user 'u'@'host' (using password: YES)": the server never echoes the password.
      return `authentication failed: ${message}`
    case ER.HOST_NOT_PRIVILEGED:
      return `access rejected: ${message}`
    case ER.BAD_DB:
      return `database does not exist: ${message}`
    case ER.DBACCESS_DENIED:
    case ER.TABLEACCESS_DENIED:
    case ER.COLUMNACCESS_DENIED:
    case ER.SPECIFIC_ACCESS_DENIED:
    case ER.PROCACCESS_DENIED:
      return `permission denied: ${message}`
    case ER.STATEMENT_TIMEOUT_MARIADB:
    case ER.QUERY_TIMEOUT_MYSQL:
    case ER.QUERY_INTERRUPTED:
      return TIMEOUT_REASON
    case ER.READ_ONLY_TRANSACTION:
      return `refused by the read-only transaction (the table or view writes when read): ${message}`
    case ER.CON_COUNT:
      return `too many connections: ${message}`
    case ER.NO_SUCH_TABLE:
      return `table does not exist (dropped during the scan?): ${message}`
  }
  switch (e.code) {
    case 'ECONNREFUSED': {
      const at = e.address ?? e.errors?.find((x) => x.address)?.address
      const port = e.port ?? e.errors?.find((x) => x.port)?.port
      return at ? `connection refused at ${at}${port ? `:${port}` : ''}` : `connection refused: ${message}`
    }
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host not found: ${e.hostname ?? message}`
    case 'ETIMEDOUT':
      return 'connection timed out'
    case 'ECONNRESET':
    case 'PROTOCOL_CONNECTION_LOST':
      return `connection lost: ${message || 'the server closed the connection'}`
    case 'HANDSHAKE_SSL_ERROR':
    case 'HANDSHAKE_NO_SSL_SUPPORT':
      return `TLS handshake failed: ${message}`
  }
  return message || 'unknown MySQL error'
}

/**
 * One-line reason for a failed MySQL/MariaDB connection or query, without credentials: server messages name
 * the user and host but never the password; URLs and the URL's password (`secrets`) are masked anyway.
 */
export function describeMysqlError(error: unknown, secrets: readonly (string | undefined)[] = []): string {
  let text = describe((error ?? {}) as MysqlLikeError)
  text = text.replace(/(?:mysql|mariadb):\/\/[^\s"'`]*/gi, (url) => redactUrl(url))
  for (const secret of secrets) if (secret && secret.length >= 3) text = text.split(secret).join('***')
  return text
}
