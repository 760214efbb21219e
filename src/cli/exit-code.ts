/** Exit codes, documented in the README. Defined once here. */
export const ExitCode = {
  /** Scan finished; nothing at or above `--fail-on`. */
  Ok: 0,
  /** Policy findings at or above `--fail-on` (or new fields with `--fail-on-new`). */
  Findings: 1,
  /** Usage or configuration error. */
  Usage: 2,
  /** A source was unreachable or the scan is incomplete (a table, collection or file failed). */
  Incomplete: 3,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
