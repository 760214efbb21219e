import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const fixture = fileURLToPath(new URL('../fixtures/logs/app', import.meta.url))

/** Field ids of a scan result, in a stable order. */
function fieldIds(result: api.ScanResult): string[] {
  return result.fields.map((f) => `${f.container}:${f.field}:${f.category}`).sort()
}

describe('public API', () => {
  it('exports the functions the README documents', () => {
    for (const name of [
      'scan',
      'loadPolicy',
      'parsePolicy',
      'enforce',
      'defineRule',
      'checkMigration',
      'diffResults',
      'startScheduler',
      'openHistoryStore',
    ] as const) {
      expect(typeof api[name], name).toBe('function')
    }
    expect(api.builtinRules.length).toBeGreaterThan(50)
    expect(new api.ConfigError('x')).toBeInstanceOf(api.PimapError)
  })

  it('`import { scan } from "pimap"` resolves to the built package and returns what the source returns', async () => {
    const entry = `${root}/dist/src/index.js`
    expect(existsSync(entry), `${entry} is missing: run \`npm run build\` (npm ci runs it)`).toBe(true)
    const script = `
      import { scan } from 'pimap'
      const r = await scan({ sources: ['file:${fixture}'] })
      process.stdout.write(JSON.stringify(r.fields.map((f) => f.container + ':' + f.field + ':' + f.category).sort()))
    `
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    })
    const fromPackage = JSON.parse(out) as string[]
    const inProcess = fieldIds(await api.scan({ sources: [`file:${fixture}`] }))
    expect(fromPackage.length).toBeGreaterThan(3)
    expect(fromPackage).toEqual(inProcess)
  })
})
