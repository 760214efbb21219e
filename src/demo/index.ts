/** The `pimap demo` dataset: schema, deterministic seed and the answer key of what a classifier should find. */
export { DEMO_ANSWER_KEY, type DemoAnswer } from './demo-answer-key.js'
export { DEMO_SCHEMA_SQL, DEMO_TABLES, type DemoTableName } from './demo-schema.js'
export {
  DEMO_DEFAULT_NOW,
  type DemoOptions,
  type DemoSummary,
  generateDemoTables,
  seedDemo,
} from './seed-demo.js'
