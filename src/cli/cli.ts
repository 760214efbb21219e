/**
 * `runCli(argv, io)`: parses arguments with yargs and calls the library. Returns the exit code instead of
 * exiting, so tests run it in-process and stdout can flush.
 */
import yargs from 'yargs'
import { ConfigError, errorMessage, PimapError } from '../errors.js'
import { PIMAP_VERSION } from '../version.js'
import type { CliIo } from './cli-io.js'
import { checkMigrationCommand, runCheckMigration } from './commands/check-migration.js'
import { demoCommand, runDemo } from './commands/demo.js'
import { diffCommand, runDiff } from './commands/diff.js'
import { enforceCommand, runEnforce } from './commands/enforce.js'
import { historyCommand, runHistory } from './commands/history.js'
import { initCommand, runInit } from './commands/init.js'
import { reportCommand, runReport } from './commands/report.js'
import { runScan, scanCommand } from './commands/scan.js'
import { runSchedule, scheduleCommand } from './commands/schedule.js'
import { ExitCode } from './exit-code.js'

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = ExitCode.Ok
  const parser = yargs([...argv])
    .scriptName('pimap')
    .usage('$0 <command> [options]')
    .command({ ...scanCommand, handler: async (args) => void (code = await runScan(args as never, io)) })
    .command({ ...demoCommand, handler: async (args) => void (code = await runDemo(args as never, io)) })
    .command({ ...initCommand, handler: async (args) => void (code = await runInit(args as never, io)) })
    .command({ ...reportCommand, handler: async (args) => void (code = await runReport(args as never, io)) })
    .command({
      ...enforceCommand,
      handler: async (args) => void (code = await runEnforce(args as never, io)),
    })
    .command({ ...diffCommand, handler: async (args) => void (code = await runDiff(args as never, io)) })
    .command({
      ...scheduleCommand,
      handler: async (args) => void (code = await runSchedule(args as never, io)),
    })
    .command({
      ...historyCommand,
      handler: async (args) => void (code = await runHistory(args as never, io)),
    })
    .command({
      ...checkMigrationCommand,
      handler: async (args) => void (code = await runCheckMigration(args as never, io)),
    })
    .demandCommand(
      1,
      'choose a command: scan, demo, init, enforce, report, check-migration, diff, schedule, history',
    )
    .strict()
    .recommendCommands()
    .version(PIMAP_VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(120, io.stdout.columns ?? 100))
    .epilog(
      'Exit codes: 0 ok, 1 policy findings, 2 usage/config error, 3 source unreachable or scan incomplete.',
    )
    // Validation failures (unknown flags, missing arguments) are usage errors; errors from handlers pass through.
    .fail((message, error) => {
      if (error) throw error
      throw new ConfigError(`${message}\nRun "pimap --help" for usage`)
    })
  try {
    let output = ''
    await parser.parseAsync([...argv], {}, (_err, _args, text) => {
      output = text
    })
    if (output) io.stdout.write(`${output}\n`)
    return code
  } catch (error) {
    return reportError(error, io)
  }
}

function reportError(error: unknown, io: CliIo): ExitCode {
  if (error instanceof PimapError) {
    const cause = error.cause ? errorMessage(error.cause) : undefined
    io.stderr.write(
      `pimap: ${error.message}${cause && cause !== error.message ? `\nReason: ${cause}` : ''}\n`,
    )
    return error.code === 'PIMAP_CONNECTION' ? ExitCode.Incomplete : ExitCode.Usage
  }
  io.stderr.write(
    `pimap: unexpected error (this is a bug; please report it with the command you ran)\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  return ExitCode.Usage
}
