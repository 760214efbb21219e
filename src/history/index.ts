export * from './history-store.js'
export * from './open-history-store.js'
export * from './sql-history-store.js'
export * from './trends.js'
