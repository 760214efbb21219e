/**
 * The `pimap.yml` schema: sources, scan defaults, purposes with legal bases and declared categories, retention,
 * mappings of containers to purposes, legal holds, protection promises and custom rules. zod validates it and
 * also produces the published JSON Schema (schema/pimap.schema.json) for editors.
 */
import { validateCronExpression } from 'cron'
import { z } from 'zod'
import { SEVERITIES } from '../findings/finding.js'

export const LEGAL_BASES = [
  'consent',
  'separate_consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_interest',
  'news_reporting',
  'public_information',
  'human_resources',
] as const

/** Clocks that start a retention period; mappings say which field holds each. */
export const CLOCKS = [
  'created',
  'last_activity',
  'transaction_completed',
  'account_closed',
  'service_expiry',
] as const
export const RETENTION_ACTIONS = ['delete', 'anonymize'] as const
export const OPERATORS = ['mask', 'hash', 'generalize', 'nullify'] as const
export const VALIDATORS = ['none', 'luhn', 'gb11643', 'mod97', 'uscc'] as const

const id = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lower-case letters, digits, "_", "-" or "." only')
const duration = z
  .string()
  .regex(
    /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
    'ISO-8601 duration such as P3Y, P6M, P90D',
  )

export const retentionSchema = z
  .object({
    duration: duration.describe('how long records are kept after the clock starts'),
    from: z.enum(CLOCKS).default('created').describe('the timestamp that starts the clock'),
    action: z.enum(RETENTION_ACTIONS).default('anonymize').describe('what happens at expiry'),
    basis: z.string().optional().describe('legal basis of the period, e.g. 电子商务法 Art. 31'),
  })
  .strict()

export const purposeSchema = z
  .object({
    id,
    description: z.string().min(1),
    legalBasis: z.enum(LEGAL_BASES),
    categories: z
      .array(z.string().min(1))
      .min(1)
      .describe('category ids (or parents such as contact) this purpose processes'),
    necessity: z.string().optional().describe('why sensitive categories are necessary (PIPL Art. 28)'),
    separateConsent: z
      .boolean()
      .optional()
      .describe('separate consent is obtained for sensitive categories (PIPL Art. 29)'),
    guardianConsent: z
      .boolean()
      .optional()
      .describe("guardians consent to processing children's data (PIPL Art. 31)"),
    retention: retentionSchema.optional(),
  })
  .strict()

export const mappingSchema = z
  .object({
    match: z
      .string()
      .min(1)
      .describe('glob on "<source id>:<container>", e.g. "shop:public.orders" or "logs:/var/log/nginx/*"'),
    purposes: z.array(id).min(1),
    clocks: z
      .partialRecord(z.enum(CLOCKS), z.string().min(1))
      .optional()
      .describe('which field holds each clock'),
    key: z
      .string()
      .optional()
      .describe('primary-key field used by enforcement (default: the table primary key)'),
  })
  .strict()

export const customRuleSchema = z
  .object({
    id,
    category: z.string().min(1),
    description: z.string().default('custom rule'),
    names: z.array(z.string()).optional(),
    keywords: z.array(z.string()).optional(),
    pattern: z.string().optional().describe('regular expression matched against whole values'),
    scan: z.string().optional().describe('regular expression finding the value inside free text'),
    validator: z.enum(VALIDATORS).default('none'),
    examples: z
      .object({ detect: z.array(z.string()).default([]), ignore: z.array(z.string()).default([]) })
      .strict()
      .optional(),
  })
  .strict()

export const sourceSchema = z
  .object({
    id,
    url: z.string().min(1),
    schemas: z.array(z.string()).optional(),
    include: z.array(z.string()).optional(),
    exclude: z.array(z.string()).optional(),
  })
  .strict()

export const scheduleJobSchema = z
  .object({
    name: id.describe('job name: the folder of its result files and its name in the run history'),
    cron: z
      .string()
      .min(1)
      .refine((expression) => validateCronExpression(expression).valid, {
        error: (issue) =>
          `invalid cron expression ${JSON.stringify(issue.input)}: ${validateCronExpression(String(issue.input)).error?.message ?? 'unknown error'}`,
      })
      .describe(
        'cron expression: 5 fields (minute hour day month weekday), or 6 with seconds first; "0 2 * * *" is 02:00 every day',
      ),
    sources: z
      .array(id)
      .min(1)
      .optional()
      .describe('ids of the sources (from `sources`) this job scans; default: all of them'),
    format: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'report formats written next to the JSON result, e.g. md, html, csv (JSON is always written)',
      ),
    out: z
      .string()
      .min(1)
      .optional()
      .describe(
        "directory for this job's result files (default: <resultsDir>/<name>); relative to this file",
      ),
    failOn: z
      .enum(SEVERITIES)
      .optional()
      .describe(
        'a run with a finding at or above this severity is recorded with status "findings" (exit code 1)',
      ),
    timeZone: z
      .string()
      .min(1)
      .refine(isTimeZone, {
        error: (issue) =>
          `unknown time zone ${JSON.stringify(issue.input)}; use an IANA name such as Asia/Shanghai or UTC`,
      })
      .optional()
      .describe('IANA time zone of the cron expression, e.g. Asia/Shanghai (default: the system time zone)'),
  })
  .strict()

export const scheduleSchema = z
  .object({
    jobs: z
      .array(scheduleJobSchema)
      .min(1)
      .describe('scans `pimap schedule` runs; runs of one job never overlap'),
    history: z
      .string()
      .min(1)
      .optional()
      .describe(
        'run history: pglite:DIR (embedded; processes take turns) or postgresql://… (shared); default pglite:.pimap-history next to this file',
      ),
    resultsDir: z
      .string()
      .min(1)
      .optional()
      .describe(
        'directory for result files, <resultsDir>/<job>/<timestamp>.json; default pimap-results next to this file',
      ),
  })
  .strict()

export const policySchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    sources: z.array(sourceSchema).default([]),
    scan: z
      .object({
        sampleSize: z.union([z.number().int().positive(), z.literal('all')]).optional(),
        minConfidence: z.enum(['low', 'medium', 'high']).optional(),
        statementTimeoutMs: z.number().int().positive().optional(),
        idNumberIsSensitive: z.boolean().optional(),
      })
      .strict()
      .default({}),
    purposes: z.array(purposeSchema).default([]),
    retention: z
      .array(retentionSchema.extend({ category: z.string().min(1) }).strict())
      .default([])
      .describe('retention per category; overrides the purpose retention for that category'),
    mappings: z.array(mappingSchema).default([]),
    legalHolds: z
      .array(
        z
          .object({ match: z.string().min(1), reason: z.string().min(1), until: z.string().optional() })
          .strict(),
      )
      .default([]),
    protection: z
      .object({
        encrypt: z
          .array(z.string())
          .default([])
          .describe('categories promised to be stored encrypted or hashed'),
        mask: z
          .array(z.string())
          .default([])
          .describe('categories promised to be stored masked (or stronger)'),
      })
      .strict()
      .default({ encrypt: [], mask: [] }),
    children: z
      .object({ guardianConsent: z.boolean().default(false) })
      .strict()
      .default({ guardianConsent: false }),
    anonymize: z
      .record(z.string(), z.enum(OPERATORS))
      .default({})
      .describe(
        'operator per category when enforcement anonymizes: mask, hash (HMAC, key from PIMAP_HASH_KEY), generalize, nullify',
      ),
    rules: z.array(customRuleSchema).default([]),
    schedule: scheduleSchema.optional().describe('scheduled scans (`pimap schedule`)'),
  })
  .strict()
  .superRefine((policy, ctx) => {
    // Schedule jobs name sources by id and each other by name: check both here so errors carry a line number.
    const sourceIds = new Set(policy.sources.map((s) => s.id))
    const names = new Set<string>()
    policy.schedule?.jobs.forEach((job, i) => {
      if (names.has(job.name))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate job name ${JSON.stringify(job.name)}`,
          path: ['schedule', 'jobs', i, 'name'],
        })
      names.add(job.name)
      job.sources?.forEach((source, j) => {
        if (!sourceIds.has(source))
          ctx.addIssue({
            code: 'custom',
            message: `job ${JSON.stringify(job.name)} names unknown source ${JSON.stringify(source)}; declared: ${[...sourceIds].join(', ') || '(none)'}`,
            path: ['schedule', 'jobs', i, 'sources', j],
          })
      })
    })
  })

export type PolicyFile = z.infer<typeof policySchema>
export type Purpose = z.infer<typeof purposeSchema>
export type Mapping = z.infer<typeof mappingSchema>
export type RetentionSpec = z.infer<typeof retentionSchema>
export type CustomRuleSpec = z.infer<typeof customRuleSchema>
export type Clock = (typeof CLOCKS)[number]
export type ScheduleJobSpec = z.infer<typeof scheduleJobSchema>
export type ScheduleSpec = z.infer<typeof scheduleSchema>

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The JSON Schema published for editors (`$schema` in pimap.yml). */
export function policyJsonSchema(): object {
  return { ...z.toJSONSchema(policySchema, { io: 'input' }), title: 'pimap policy (pimap.yml)' }
}
