/**
 * The parts of a `mongodb://` / `mongodb+srv://` URL the connector needs before the driver parses it: the
 * database in the path (the driver defaults it to `test`, which would hide "no database given"), whether the
 * URL chooses a read preference (constructor options override URL options), and the password, so error
 * messages that quote the URL can be scrubbed. Tolerates URLs the driver will reject.
 */
export interface MongoUrlParts {
  /** Database named in the path, decoded; undefined when the path is empty. */
  readonly database?: string
  /** True when the query string sets `readPreference`. */
  readonly hasReadPreference: boolean
  /** Password as written and decoded (both can appear in messages); empty when there is none. */
  readonly secrets: readonly string[]
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export function parseMongoUrl(url: string): MongoUrlParts {
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
  const q = rest.indexOf('?')
  const head = q === -1 ? rest : rest.slice(0, q)
  const query = q === -1 ? '' : rest.slice(q + 1)
  // The driver splits credentials at the last `@` before the query, as this does.
  const at = head.lastIndexOf('@')
  const userinfo = at === -1 ? '' : head.slice(0, at)
  const afterAuth = at === -1 ? head : head.slice(at + 1)
  const slash = afterAuth.indexOf('/')
  const database = slash === -1 ? '' : decode(afterAuth.slice(slash + 1))
  const colon = userinfo.indexOf(':')
  const password = colon === -1 ? '' : userinfo.slice(colon + 1)
  const secrets = password ? [...new Set([password, decode(password)])].filter((s) => s.length > 0) : []
  return {
    ...(database ? { database } : {}),
    hasReadPreference: /(?:^|&)readPreference=/i.test(query),
    secrets,
  }
}
