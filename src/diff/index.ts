export * from './diff-results.js'
export * from './new-fields.js'
export * from './render-diff.js'
