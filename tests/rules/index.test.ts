import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { categories, findCategory } from '../../rules/categories.js'
import { builtinRules } from '../../rules/index.js'

const RULE_DIR = new URL('../../rules/', import.meta.url)
const TEST_DIR = new URL('./', import.meta.url)
const NOT_RULES = new Set(['index.ts', 'categories.ts'])

describe('rule registry', () => {
  const ruleFiles = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))

  it('registers every rule file and every registered rule has a file', () => {
    const index = readFileSync(new URL('index.ts', RULE_DIR), 'utf8')
    for (const file of ruleFiles)
      expect(index, `rules/${file} is not imported in rules/index.ts`).toContain(
        `./${file.replace(/\.ts$/, '.js')}`,
      )
  })

  it('has unique ids in sorted order', () => {
    const ids = builtinRules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
  })

  it('has a test file for every rule file', () => {
    const tests = new Set(readdirSync(TEST_DIR))
    for (const file of ruleFiles)
      expect(
        tests.has(file.replace(/\.ts$/, '.test.ts')),
        `tests/rules/${file.replace(/\.ts$/, '.test.ts')} missing`,
      ).toBe(true)
  })

  it('points every rule at a known category', () => {
    for (const rule of builtinRules)
      expect(findCategory(rule.category), `${rule.id} -> ${rule.category}`).toBeDefined()
  })

  it('keeps the taxonomy consistent: unique ids, known parents, leaf ids under their parent', () => {
    const ids = categories.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of categories) {
      if ('parent' in c && c.parent) {
        expect(findCategory(c.parent), `${c.id} parent`).toBeDefined()
        expect(c.id.startsWith(`${c.parent}.`), `${c.id} is not under ${c.parent}`).toBe(true)
      }
    }
  })
})

describe('README rule table', () => {
  it('matches the rules (run `npm run rule-table` after changing rules)', async () => {
    const { withRuleTable } = await import('../../scripts/rule-table.js')
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme).toBe(withRuleTable(readme))
  })
})
