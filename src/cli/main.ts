#!/usr/bin/env node
import { hideBin } from 'yargs/helpers'
import { runCli } from './cli.js'

process.exitCode = await runCli(hideBin(process.argv), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
