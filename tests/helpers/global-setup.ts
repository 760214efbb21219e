/** Runs once before all test files. Service checks live in tests/helpers/services.ts. */
export function setup(): void {}
