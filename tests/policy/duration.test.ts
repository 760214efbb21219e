import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/errors.js'
import { durationDays, parseDuration, subtractDuration } from '../../src/policy/duration.js'

describe('ISO-8601 durations', () => {
  it.each([
    ['P3Y', '2023-06-01T00:00:00.000Z'],
    ['P6M', '2025-12-01T00:00:00.000Z'],
    ['P90D', '2026-03-03T00:00:00.000Z'],
    ['P1Y6M', '2024-12-01T00:00:00.000Z'],
    ['PT12H', '2026-05-31T12:00:00.000Z'],
  ])('%s before 2026-06-01 is %s', (text, expected) => {
    expect(subtractDuration(new Date('2026-06-01T00:00:00Z'), parseDuration(text)).toISOString()).toBe(
      expected,
    )
  })

  it('clamps month arithmetic to the end of the month', () => {
    expect(subtractDuration(new Date('2026-03-31T00:00:00Z'), parseDuration('P1M')).toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    )
  })

  it.each(['3Y', 'P', 'PT', 'P1.5Y', 'P-1D', ''])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow(ConfigError)
  })

  it('orders durations', () => {
    expect(durationDays(parseDuration('P3Y'))).toBeGreaterThan(durationDays(parseDuration('P36M')) - 1)
    expect(durationDays(parseDuration('P6M'))).toBeLessThan(durationDays(parseDuration('P1Y')))
  })
})
