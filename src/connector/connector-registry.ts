/** URL schemes mapped to lazily loaded connector factories, so `pg` is never loaded for a log scan. */
import { ConfigError } from '../errors.js'
import { redactUrl } from '../util/redact-url.js'
import type { ConnectorFactory } from './connector.js'

export interface ConnectorRegistration {
  /** Connector kind reported in results (`postgres`). */
  readonly kind: string
  /** Scheme prefixes, lower-case, including the colon: `postgres:`, `file:`. */
  readonly schemes: readonly string[]
  readonly load: () => Promise<ConnectorFactory>
}

export type ConnectorRegistry = readonly ConnectorRegistration[]

/** Finds the registration for a URL; throws ConfigError listing the supported schemes. */
export function resolveConnector(url: string, registry: ConnectorRegistry): ConnectorRegistration {
  const lower = url.toLowerCase()
  const found = registry.find((r) => r.schemes.some((s) => lower.startsWith(s)))
  if (found) return found
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]
  const supported = registry.flatMap((r) => r.schemes).join(', ')
  throw new ConfigError(
    scheme
      ? `unsupported source scheme "${scheme}" in ${redactUrl(url)}; supported: ${supported}`
      : `source ${JSON.stringify(redactUrl(url))} has no scheme; supported: ${supported}`,
  )
}
