/**
 * Reads `pimap.yml` (YAML; JSON accepted), interpolates `${ENV}` secrets, validates the shape with zod and the
 * meaning (known purposes, categories, durations, working custom rules). Every error names the config path and,
 * for YAML, the line: `pimap.yml:14 purposes[1].retention.duration: invalid ISO-8601 duration "3 years"`.
 */
import { readFile } from 'node:fs/promises'
import { isNode, LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'
import { ConfigError, errorMessage } from '../errors.js'
import type { Category } from '../rule/category.js'
import type { Rule } from '../rule/rule.js'
import { compileCustomRule, type CustomValidators } from './custom-rule.js'
import { parseDuration } from './duration.js'
import { type PolicyFile, policySchema } from './policy-schema.js'

export interface Policy extends PolicyFile {
  /** Where the policy came from, for messages. */
  readonly file: string
  /** Custom rules compiled and self-tested with their examples. */
  readonly customRules: readonly Rule[]
}

export interface LoadPolicyOptions {
  /** Environment for `${VAR}` interpolation (the CLI passes process.env; the library never reads it). */
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly findCategory: (id: string) => Category | undefined
  /** Validators custom rules may name. */
  readonly validators?: CustomValidators
}

export async function loadPolicy(path: string, options: LoadPolicyOptions): Promise<Policy> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read policy file ${path}: ${errorMessage(error)}`, { cause: error })
  }
  return parsePolicy(text, path, options)
}

export function parsePolicy(text: string, file: string, options: LoadPolicyOptions): Policy {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true })
  const syntax = doc.errors[0]
  if (syntax) {
    const pos = syntax.linePos?.[0]
    throw new ConfigError(syntax.message.split('\n')[0]!, {
      location: pos ? `${file}:${pos.line}:${pos.col}` : file,
    })
  }
  const where = (path: readonly PropertyKey[]) => locate(doc, lineCounter, file, path)
  const raw = interpolate(doc.toJS(), options.env ?? {}, [], where)
  const parsed = policySchema.safeParse(raw)
  if (!parsed.success) throw zodError(parsed.error, where)
  const policy = parsed.data
  checkMeaning(policy, options.findCategory, where)
  const customRules = policy.rules.map((spec, i) => {
    try {
      return compileCustomRule(spec, options.validators ?? {})
    } catch (error) {
      throw new ConfigError(errorMessage(error), { location: where(['rules', i]) })
    }
  })
  return { ...policy, file, customRules }
}

function checkMeaning(
  policy: PolicyFile,
  findCategory: LoadPolicyOptions['findCategory'],
  where: (p: PropertyKey[]) => string,
): void {
  const customCategories = new Set(policy.rules.map((r) => r.category))
  const knownCategory = (c: string) => findCategory(c) !== undefined || customCategories.has(c)
  const purposeIds = new Set<string>()
  policy.purposes.forEach((p, i) => {
    if (purposeIds.has(p.id))
      throw new ConfigError(`duplicate purpose id ${JSON.stringify(p.id)}`, {
        location: where(['purposes', i, 'id']),
      })
    purposeIds.add(p.id)
    p.categories.forEach((c, j) => {
      if (!knownCategory(c))
        throw new ConfigError(`unknown category ${JSON.stringify(c)}`, {
          location: where(['purposes', i, 'categories', j]),
        })
    })
    if (p.retention) parseDuration(p.retention.duration, where(['purposes', i, 'retention', 'duration']))
  })
  policy.retention.forEach((r, i) => {
    if (!knownCategory(r.category))
      throw new ConfigError(`unknown category ${JSON.stringify(r.category)}`, {
        location: where(['retention', i, 'category']),
      })
    parseDuration(r.duration, where(['retention', i, 'duration']))
  })
  policy.mappings.forEach((m, i) => {
    m.purposes.forEach((p, j) => {
      if (!purposeIds.has(p)) {
        throw new ConfigError(
          `unknown purpose ${JSON.stringify(p)}; declared: ${[...purposeIds].join(', ') || '(none)'}`,
          {
            location: where(['mappings', i, 'purposes', j]),
          },
        )
      }
    })
  })
  const sourceIds = new Set<string>()
  policy.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      throw new ConfigError(`duplicate source id ${JSON.stringify(s.id)}`, {
        location: where(['sources', i, 'id']),
      })
    sourceIds.add(s.id)
  })
  for (const key of ['encrypt', 'mask'] as const) {
    policy.protection[key].forEach((c, i) => {
      if (!knownCategory(c))
        throw new ConfigError(`unknown category ${JSON.stringify(c)}`, {
          location: where(['protection', key, i]),
        })
    })
  }
}

/** Replaces `${VAR}` and `${VAR:-default}` in every string; a missing variable is an error naming it. */
function interpolate(
  value: unknown,
  env: LoadPolicyOptions['env'] & object,
  path: PropertyKey[],
  where: (p: PropertyKey[]) => string,
): unknown {
  if (typeof value === 'string') {
    return value.replace(
      /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
      (_m, name: string, fallback?: string) => {
        const v = env[name] ?? fallback
        if (v === undefined)
          throw new ConfigError(`environment variable ${name} is not set`, { location: where(path) })
        return v
      },
    )
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, [...path, i], where))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolate(v, env, [...path, k], where)]),
    )
  }
  return value
}

function zodError(error: z.ZodError, where: (p: PropertyKey[]) => string): ConfigError {
  const issue = error.issues[0]!
  const location = where(issue.path)
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : ''
  return new ConfigError(`${issue.message}${more}`, { location })
}

/** `file:line path` for a config path; the nearest existing parent gives the line when the key is missing. */
function locate(
  doc: ReturnType<typeof parseDocument>,
  lc: LineCounter,
  file: string,
  path: readonly PropertyKey[],
): string {
  const dotted = path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    '',
  )
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true)
    if (isNode(node) && node.range) {
      const { line } = lc.linePos(node.range[0])
      return `${file}:${line}${dotted ? ` ${dotted}` : ''}`
    }
  }
  return dotted ? `${file} ${dotted}` : file
}
