/** Runs the CLI in-process with captured output. */
import { runCli } from '../../src/cli/cli.js'
import type { CliIo } from '../../src/cli/cli-io.js'

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export async function cli(
  argv: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false, columns: 120 },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: options.env ?? {},
    cwd: options.cwd,
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}
