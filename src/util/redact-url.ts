/**
 * Hides credentials in a source URL before it is printed or stored: the password part of the authority and
 * secret-looking query parameters. Works on strings that are not valid URLs too.
 */
export function redactUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/?#]*:)([^@/?#]*)@/i, (_m, head: string, pass: string) =>
      pass ? `${head}***@` : `${head}@`,
    )
    .replace(/([?&;](?:password|passwd|pwd|pass|secret|token|sslpassword|api[_-]?key)=)[^&;#]*/gi, '$1***')
}
