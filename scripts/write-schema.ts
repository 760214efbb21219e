/** Regenerates schema/pimap.schema.json from the zod schema (`npm run schema`); a test checks it is current. */
import { writeFileSync } from 'node:fs'
import { policyJsonSchema } from '../src/policy/policy-schema.js'

writeFileSync(
  new URL('../schema/pimap.schema.json', import.meta.url),
  `${JSON.stringify(policyJsonSchema(), null, 2)}\n`,
)
