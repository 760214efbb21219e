export * from './run-job.js'
export * from './schedule.js'
export * from './schedule-events.js'
