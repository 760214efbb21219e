import { access, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Argv } from 'yargs'
import { ConfigError } from '../../errors.js'
import { POLICY_TEMPLATE } from '../../policy/policy-template.js'
import type { CliIo } from '../cli-io.js'
import { ExitCode } from '../exit-code.js'

export const initCommand = {
  command: 'init',
  describe: 'write a commented pimap.yml policy template',
  builder: (yargs: Argv) =>
    yargs
      .option('out', { type: 'string', default: 'pimap.yml', describe: 'file to write' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite an existing file' }),
}

export async function runInit(args: { out: string; force: boolean }, io: CliIo): Promise<ExitCode> {
  const path = resolve(io.cwd ?? process.cwd(), args.out)
  const exists = await access(path).then(
    () => true,
    () => false,
  )
  if (exists && !args.force) throw new ConfigError(`${path} already exists; use --force to overwrite`)
  await writeFile(path, POLICY_TEMPLATE, 'utf8')
  io.stderr.write(
    `pimap: wrote ${path}; edit sources, purposes and mappings, then run: pimap scan --config ${args.out}\n`,
  )
  return ExitCode.Ok
}
