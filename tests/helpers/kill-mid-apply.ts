/**
 * The crash half of the enforcement crash tests: runs `pimap enforce --apply` with tiny batches in a child process
 * and SIGKILLs it in the middle, once the audit log shows `afterBatches` committed batches (and, with
 * `whilePending`, preferably while a batch sits between its pending entry and its commit).
 */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

const ROOT = new URL('../../', import.meta.url).pathname

export interface KillOptions {
  readonly config: string
  readonly audit: string
  readonly afterBatches?: number
  /** Wait up to this long (ms) for a pending batch to kill at, once `afterBatches` are done. */
  readonly whilePendingMs?: number
  readonly timeoutMs?: number
}

/** Returns the child's stderr, for messages when it made no progress. */
export async function killMidApply(options: KillOptions): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'src/cli/main.ts'),
      'enforce',
      '--config',
      options.config,
      '--apply',
      '--batch-size',
      '10',
      '--audit-log',
      options.audit,
      '--quiet',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise((r) => child.once('exit', r))
  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  const wanted = options.afterBatches ?? 20
  let reached = 0
  while (Date.now() < deadline && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, reached ? 0 : 5))
    const lines = (await readFile(options.audit, 'utf8').catch(() => '')).trimEnd().split('\n')
    if (lines.filter((l) => l.includes('"batch-done"')).length < wanted) continue
    if (!options.whilePendingMs) break
    reached ||= Date.now()
    if (lines.at(-1)!.includes('"batch-pending"') || Date.now() - reached > options.whilePendingMs) break
  }
  child.kill('SIGKILL')
  await exited
  return stderr
}
