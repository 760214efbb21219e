import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Argv } from 'yargs'
import { renderSarifLog } from '../../../reports/sarif.js'
import { ConfigError } from '../../errors.js'
import { MIGRATION_CHECKS } from '../../migration/migration-findings.js'
import { renderMigrationJson, renderMigrationTable } from '../../migration/migration-report.js'
import type { MigrationCheckResult } from '../../migration/migration-result.js'
import { SQL_DIALECTS, type SqlDialect } from '../../migration/sql-lexer.js'
import { type CliIo, useColor } from '../cli-io.js'
import { ExitCode } from '../exit-code.js'
import { loadPolicyFlag } from '../policy-flags.js'

const FORMATS = ['table', 'json', 'sarif'] as const
type MigrationFormat = (typeof FORMATS)[number]
const FILE_NAMES: Record<Exclude<MigrationFormat, 'table'>, string> = {
  json: 'pimap-migration.json',
  sarif: 'pimap-migration.sarif',
}

export const checkMigrationCommand = {
  command: 'check-migration <paths..>',
  describe:
    'gate schema migrations: exit 1 when they add personal fields the policy does not declare (without a policy: sensitive fields)',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', {
        type: 'string',
        array: true,
        describe: 'migration files or directories (Flyway, golang-migrate, Prisma or plain .sql)',
      })
      .option('dialect', {
        type: 'string',
        choices: SQL_DIALECTS,
        default: 'postgres',
        describe: 'SQL dialect',
      })
      .option('config', {
        alias: 'c',
        type: 'string',
        describe: 'policy file (pimap.yml): purposes and mappings',
      })
      .option('source-id', {
        type: 'string',
        describe: 'source id policy mappings are matched with (default: any source)',
      })
      .option('schema', {
        type: 'string',
        describe: 'schema of unqualified tables (default: public for postgres; MySQL: match by table name)',
      })
      .option('format', {
        type: 'string',
        array: true,
        default: ['table'],
        describe: `output formats: ${FORMATS.join(', ')} (several allowed)`,
      })
      .option('out', { type: 'string', describe: 'directory for json and sarif files (default: stdout)' })
      .option('shadow', {
        type: 'boolean',
        default: false,
        describe: 'also apply the migrations to a shadow PGlite database and report columns only it sees',
      }),
}

interface CheckMigrationArgs {
  readonly paths: string[]
  readonly dialect: string
  readonly config?: string
  readonly 'source-id'?: string
  readonly schema?: string
  readonly format: string[]
  readonly out?: string
  readonly shadow: boolean
}

export async function runCheckMigration(args: CheckMigrationArgs, io: CliIo): Promise<ExitCode> {
  const formats = parseFormats(args.format)
  const policy = await loadPolicyFlag({ config: args.config }, io)
  // Loaded on use: node-sql-parser's grammars are large and `pimap scan` never needs them.
  const { checkMigration } = await import('../../migration/check-migration.js')
  if (args.shadow && args.dialect === 'postgres') {
    io.stderr.write('pimap: applying the migrations to a shadow PGlite database…\n')
  }
  const result = await checkMigration({
    paths: args.paths,
    cwd: io.cwd ?? process.cwd(),
    dialect: args.dialect as SqlDialect,
    ...(policy ? { policy } : {}),
    ...(args['source-id'] ? { sourceId: args['source-id'] } : {}),
    ...(args.schema ? { schema: args.schema } : {}),
    shadow: args.shadow,
  })
  for (const format of formats) {
    const text = render(result, format, io)
    if (format === 'table' || !args.out) io.stdout.write(text)
    else {
      const dir = resolve(io.cwd ?? process.cwd(), args.out)
      await mkdir(dir, { recursive: true })
      const path = resolve(dir, FILE_NAMES[format])
      await writeFile(path, text, 'utf8')
      io.stderr.write(`pimap: wrote ${path}\n`)
    }
  }
  if (result.findings.length > 0) return ExitCode.Findings
  return result.incomplete ? ExitCode.Incomplete : ExitCode.Ok
}

function render(result: MigrationCheckResult, format: MigrationFormat, io: CliIo): string {
  if (format === 'json') return renderMigrationJson(result)
  if (format === 'sarif') {
    return renderSarifLog({
      toolVersion: result.tool.version,
      fields: [],
      findings: result.findings,
      checkDescriptions: Object.fromEntries(MIGRATION_CHECKS.map((c) => [c.id, c.description])),
    })
  }
  return renderMigrationTable(result, { color: useColor(io, io.stdout), width: io.stdout.columns })
}

function parseFormats(values: readonly string[]): MigrationFormat[] {
  const formats = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new ConfigError(`unknown format ${JSON.stringify(f)}; use ${FORMATS.join(', ')}`, {
        location: '--format',
      })
    }
  }
  return [...new Set(formats)] as MigrationFormat[]
}
