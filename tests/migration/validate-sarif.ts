/**
 * Validates SARIF logs against the official OASIS SARIF 2.1.0 schema (tests/fixtures/sarif-schema-2.1.0.json,
 * see tests/fixtures/SARIF-SCHEMA-SOURCE.md) with ajv. The OASIS file declares draft-04 (`$schema`, `id`);
 * it uses no keyword whose meaning differs in draft-07, so those two keys are dropped and ajv's draft-07
 * validator compiles the rest unchanged, with ajv-formats checking `uri`, `uri-reference` and `date-time`.
 */
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

let validator: ValidateFunction | undefined

export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    const raw = JSON.parse(
      readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>
    const { $schema: _draft04, id: _id, ...schema } = raw
    // strict: false — the OASIS schema uses `default` values ajv's strict mode would question.
    const ajv = new Ajv({ allErrors: true, strict: false })
    // ajv-formats is CommonJS with a `default` property; under nodenext the default import is the module.
    addFormatsModule.default(ajv)
    validator = ajv.compile(schema)
  }
  return validator(log) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
}
