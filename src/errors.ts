/**
 * Error classes with stable codes. The CLI prints a known error as one line (plus `Reason:` when it has a cause)
 * and maps it to an exit code; anything else is a bug and gets a stack trace.
 */
export class PimapError extends Error {
  /** Stable, machine-readable code (`PIMAP_*`). */
  readonly code: string

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
  }
}

/** Bad arguments, configuration or policy file. Exit code 2. */
export class ConfigError extends PimapError {
  /** Where the problem is: a config path (`sources[1].url`), a file and line, or a flag. */
  readonly location?: string

  constructor(message: string, options?: { cause?: unknown; location?: string }) {
    super('PIMAP_CONFIG', options?.location ? `${options.location}: ${message}` : message, options)
    this.location = options?.location
  }
}

/** A source could not be reached, authenticated or opened. */
export class ConnectionError extends PimapError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('PIMAP_CONNECTION', message, options)
  }
}

/** One container (table, collection, file) could not be sampled. */
export class SamplingError extends PimapError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('PIMAP_SAMPLING', message, options)
  }
}

/** A rule definition is invalid; thrown when the rule loads, not halfway through a scan. */
export class RuleError extends PimapError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('PIMAP_RULE', message, options)
  }
}

/** Something that should not happen; the CLI asks the user to report it. */
export class InternalError extends PimapError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('PIMAP_INTERNAL', message, options)
  }
}

/** Message of an unknown thrown value, for one-line reports. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  return String(error)
}
