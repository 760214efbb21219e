/** Why the fallback parser stops reading a statement. */
import type { SqlToken } from './sql-tokens.js'

/** Thrown for a statement the fallback parser cannot read; the message says where. */
export class StatementSyntaxError extends Error {}

/** Thrown for a table whose columns come from a query or a type: only running the statement shows them. */
export class OpaqueStatementError extends Error {}

/** A token as error messages quote it. */
export function describe(t: SqlToken | undefined): string {
  return t ? JSON.stringify(t.raw.length > 30 ? `${t.raw.slice(0, 30)}…` : t.raw) : 'the end of the statement'
}
