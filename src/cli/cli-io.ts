/** What the CLI may touch: injected so tests run it in-process and capture output. */
export interface CliStream {
  write(text: string): unknown
  readonly isTTY?: boolean
  readonly columns?: number
}

export interface CliIo {
  readonly stdout: CliStream
  readonly stderr: CliStream
  readonly env: Readonly<Record<string, string | undefined>>
  /** Directory relative paths are resolved against (default process.cwd()). */
  readonly cwd?: string
}

/** Colours only on a terminal, and never with NO_COLOR (https://no-color.org). */
export function useColor(io: CliIo, stream: CliStream): boolean {
  return Boolean(stream.isTTY) && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb'
}
