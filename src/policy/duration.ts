/** ISO-8601 durations (`P3Y`, `P6M`, `P90D`, `P1Y6M`, `PT12H`) and calendar cutoffs. */
import { ConfigError } from '../errors.js'

export interface Duration {
  readonly years: number
  readonly months: number
  readonly weeks: number
  readonly days: number
  readonly hours: number
  readonly minutes: number
  readonly seconds: number
}

const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/

export function parseDuration(text: string, location?: string): Duration {
  const m = ISO.exec(text)
  if (!m || text === 'P' || text.endsWith('T')) {
    throw new ConfigError(`invalid ISO-8601 duration ${JSON.stringify(text)}; use e.g. P3Y, P6M, P90D`, {
      location,
    })
  }
  const n = (i: number) => Number(m[i] ?? 0)
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) }
}

/** `now` minus the duration, calendar-aware (P1M before 31 March is 28/29 February, not 3 March). */
export function subtractDuration(now: Date, d: Duration): Date {
  const out = new Date(now.getTime())
  const day = out.getUTCDate()
  out.setUTCDate(1)
  out.setUTCFullYear(out.getUTCFullYear() - d.years)
  out.setUTCMonth(out.getUTCMonth() - d.months)
  const lastDay = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate()
  out.setUTCDate(Math.min(day, lastDay))
  return new Date(
    out.getTime() - (((d.weeks * 7 + d.days) * 24 + d.hours) * 60 + d.minutes) * 60_000 - d.seconds * 1000,
  )
}

/** Approximate length in days, for comparing durations and reporting ages. */
export function durationDays(d: Duration): number {
  return (
    d.years * 365.2425 +
    d.months * 30.436875 +
    d.weeks * 7 +
    d.days +
    (d.hours + (d.minutes + d.seconds / 60) / 60) / 24
  )
}
