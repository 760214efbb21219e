/** `--config` and `--fail-on`: loading the policy for a CLI run and turning findings into an exit code. */
import type { Argv } from 'yargs'
import { findCategory } from '../../rules/categories.js'
import { ConfigError } from '../errors.js'
import { SEVERITIES, type Severity, severityRank } from '../findings/finding.js'
import { loadPolicy, type Policy } from '../policy/load-policy.js'
import type { ScanResult } from '../scan-result.js'
import type { CliIo } from './cli-io.js'
import { customValidators } from './custom-validators.js'
import { ExitCode } from './exit-code.js'
import { isIncomplete } from '../scan-result.js'
import { resolve } from 'node:path'

export interface PolicyFlags {
  readonly config?: string
  readonly 'fail-on'?: string
}

export function withPolicyFlags<T>(yargs: Argv<T>) {
  return yargs
    .option('config', {
      alias: 'c',
      type: 'string',
      describe: 'policy file (pimap.yml): sources, purposes, retention, mappings',
    })
    .option('fail-on', {
      type: 'string',
      choices: SEVERITIES,
      describe: 'exit 1 when a finding reaches this severity',
    })
}

export async function loadPolicyFlag(flags: PolicyFlags, io: CliIo): Promise<Policy | undefined> {
  if (!flags.config) return undefined
  return loadPolicy(resolve(io.cwd ?? process.cwd(), flags.config), {
    env: io.env,
    findCategory,
    validators: customValidators,
  })
}

/** Key for in-memory identity hashes: PIMAP_HASH_KEY (hex or text) keeps them stable across stores and runs. */
export function identityKey(io: CliIo): Buffer | undefined {
  const key = io.env.PIMAP_HASH_KEY
  if (!key) return undefined
  if (key.length < 16)
    throw new ConfigError('PIMAP_HASH_KEY must be at least 16 characters', { location: 'PIMAP_HASH_KEY' })
  return /^[0-9a-f]{32,}$/i.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'utf8')
}

/** 3 for an incomplete scan (coverage first), 1 for findings at or above `--fail-on`, else 0. */
export function exitCodeFor(result: ScanResult, failOn?: string): ExitCode {
  if (isIncomplete(result)) return ExitCode.Incomplete
  if (failOn && result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn as Severity)))
    return ExitCode.Findings
  return ExitCode.Ok
}
