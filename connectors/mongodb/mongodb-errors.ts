import { errorMessage } from '../../src/errors.js'
import { redactUrl } from '../../src/util/redact-url.js'

interface MongoLikeError {
  name?: string
  code?: number | string
  codeName?: string
  message?: string
  /** MongoServerSelectionError: the topology, whose servers may hold the underlying network error. */
  reason?: { servers?: Map<string, { error?: { message?: string } | null }> }
}

const MAX_REASON_LENGTH = 300

const TIMEOUT = 'statement timeout reached (raise --statement-timeout or lower --sample-size)'

/** Driver errors raised while parsing the URL or its options. */
const URL_ERRORS = new Set([
  'MongoParseError',
  'MongoInvalidArgumentError',
  'MongoMissingCredentialsError',
  'MongoAPIError',
])

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0]?.trim() ?? ''
  return line.length > MAX_REASON_LENGTH ? `${line.slice(0, MAX_REASON_LENGTH - 1)}…` : line
}

/** The most specific message: a generic server-selection timeout hides the per-server network error. */
function specificMessage(e: MongoLikeError): string {
  const message = e.message ?? errorMessage(e)
  if (e.name === 'MongoServerSelectionError' && /^server selection timed out/i.test(message)) {
    for (const server of e.reason?.servers?.values() ?? []) {
      if (server.error?.message) return server.error.message
    }
  }
  return message
}

function describe(e: MongoLikeError): string {
  const text = firstLine(specificMessage(e))
  if (e.code === 18 || e.codeName === 'AuthenticationFailed') {
    return /^authentication failed\.?$/i.test(text)
      ? 'authentication failed (check the user, password and authSource)'
      : `authentication failed: ${text}`
  }
  if (e.code === 13 || e.codeName === 'Unauthorized') return `permission denied: ${text}`
  if (e.code === 50 || e.codeName === 'MaxTimeMSExpired') return TIMEOUT
  if (e.name === 'AbortError') return 'scan aborted'
  if ((e.name && URL_ERRORS.has(e.name)) || /^Unable to parse .* with URL$/.test(text))
    return `invalid MongoDB URL: ${text}`
  const refused = /\bECONNREFUSED\s+(\S+)/.exec(text)
  if (refused) return `connection refused at ${refused[1]}`
  const dns =
    /\b(getaddrinfo|querySrv|queryTxt)\s+(ENOTFOUND|EAI_AGAIN|ENODATA|ESERVFAIL|ETIMEOUT|EREFUSED)\s+(\S+)/.exec(
      text,
    )
  if (dns) {
    return dns[1] === 'getaddrinfo'
      ? `host not found: ${dns[3]}`
      : `DNS ${dns[1] === 'querySrv' ? 'SRV' : 'TXT'} lookup failed for ${dns[3]} (${dns[2]})`
  }
  if (/\bETIMEDOUT\b|connection timed out/i.test(text)) return `connection timed out: ${text}`
  if (/^server selection timed out/i.test(text)) return `no MongoDB server answered: ${text}`
  return text
}

/**
 * One-line reason for a failed MongoDB connection or operation, without credentials: driver messages can
 * quote the URL (`Protocol and host list are required in "mongodb://u:secret@/x"`), so URLs are redacted and
 * the URL's password (`secrets`) is masked wherever it appears.
 */
export function describeMongoError(error: unknown, secrets: readonly string[] = []): string {
  let text = describe((error ?? {}) as MongoLikeError)
  text = text.replace(/mongodb(?:\+srv)?:\/\/[^\s"'`]*/gi, (url) => redactUrl(url))
  for (const secret of secrets) if (secret) text = text.split(secret).join('***')
  return text
}
