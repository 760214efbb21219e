/**
 * Timestamps of log records, for record ages and retention. Recognised at the start of the text (after an
 * optional `[` or syslog `<PRI>` / `<PRI>1 `), whatever follows:
 *
 * - ISO-8601 / RFC 3339: `2024-03-01T12:00:00Z`, `2024-03-01 12:00:00,123 +0800`, `2024-03-01` (also `/` dates
 *   as Go's log package and Chinese systems write them: `2024/03/01 12:00:00`);
 * - access-log `time_local`: `10/Oct/2000:13:55:36 -0700`;
 * - syslog (RFC 3164): `Oct 10 13:55:36` (the year is the latest one not in the future) and `Oct 10 2023 13:55:36`;
 * - epoch seconds, milliseconds, microseconds or nanoseconds, when the whole text is the number (`ts=1700000000`).
 *
 * Times without an offset are taken as UTC, so ages do not depend on the scanning machine's zone. Implausible
 * dates (before 1990, more than a day in the future, 31 February) are rejected.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
}

const PREFIX = /^(?:<\d{1,3}>(?:1 )?|\[)?/
const ISO =
  /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?: ?(Z|[+-]\d{2}(?::?\d{2})?)(?![\w:]))?(?![\d])/i
const TIME_LOCAL =
  /^(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?: ([+-]\d{2}):?(\d{2}))?/
const SYSLOG = /^([A-Za-z]{3}) {1,2}(\d{1,2})(?: (\d{4}))? (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?!\d)/
const EPOCH = /^(\d{10}|\d{13}|\d{16}|\d{19})(?:\.(\d{1,9}))?$/

const MIN_TIME = Date.UTC(1990, 0, 1)
const DAY = 86_400_000

export interface TimestampOptions {
  /** The scan date: later timestamps are rejected and syslog years resolved against it (default: now). */
  readonly now?: Date
}

/** Parses a log timestamp at the start of `text`; undefined when there is none or it is implausible. */
export function parseLogTimestamp(text: string, options: TimestampOptions = {}): Date | undefined {
  const now = options.now?.getTime() ?? Date.now()
  let s = text
  let c = s.charCodeAt(0)
  if (c <= 32) {
    s = s.trimStart()
    c = s.charCodeAt(0)
  }
  if (c === 60 /* < */ || c === 91 /* [ */) {
    s = s.replace(PREFIX, '')
    c = s.charCodeAt(0)
  }
  if (c >= 48 && c <= 57) {
    // Fast paths for the two shapes nearly every log line has; anything unusual goes to the regexes.
    const fast = fastIso(s)
    if (fast !== undefined) return plausible(fast, now)
    const local = fastTimeLocal(s)
    if (local !== undefined) return plausible(local, now)
    return parseNumeric(s, now)
  }
  const syslog = SYSLOG.exec(s)
  if (syslog) {
    const [, mon, d, y, h, mi, sec, frac] = syslog
    const month = MONTHS[mon!.toLowerCase()]
    if (month === undefined) return undefined
    if (y) return plausible(utc(+y, month, +d!, +h!, +mi!, +sec!, frac), now)
    // No year: the latest year that does not put the record in the future.
    const year = new Date(now).getUTCFullYear()
    const t = utc(year, month, +d!, +h!, +mi!, +sec!, frac)
    return plausible(t > now + DAY ? utc(year - 1, month, +d!, +h!, +mi!, +sec!, frac) : t, now)
  }
  return undefined
}

function parseNumeric(s: string, now: number): Date | undefined {
  const epoch = EPOCH.exec(s.trimEnd())
  if (epoch) return plausible(epochMillis(epoch[1]!, epoch[2]), now)
  const iso = ISO.exec(s)
  if (iso) {
    const [, y, , mo, d, h, mi, sec, frac, zone] = iso
    return plausible(
      utc(+y!, +mo! - 1, +d!, +(h ?? 0), +(mi ?? 0), +(sec ?? 0), frac) - offsetMillis(zone),
      now,
    )
  }
  const local = TIME_LOCAL.exec(s)
  if (local) {
    const [, d, mon, y, h, mi, sec, frac, oh, om] = local
    const month = MONTHS[mon!.toLowerCase()]
    if (month === undefined) return undefined
    const offset = oh ? Math.sign(+`${oh}1`) * (Math.abs(+oh) * 60 + +om!) * 60_000 : 0
    return plausible(utc(+y!, month, +d!, +h!, +mi!, +sec!, frac) - offset, now)
  }
  return undefined
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)
}

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48
  const b = s.charCodeAt(i + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/** Fractional seconds and a zone after `i`; undefined when the rest is not a plain ending. */
function tail(s: string, i: number): { ms: number; offset: number } | undefined {
  let ms = 0
  let c = s.charCodeAt(i)
  if (c === 46 /* . */ || c === 44 /* , */) {
    let j = i + 1
    let scale = 100
    for (; j < s.length && j < i + 10; j++) {
      const d = s.charCodeAt(j) - 48
      if (d < 0 || d > 9) break
      ms += d * scale
      scale /= 10
    }
    if (j === i + 1) return undefined
    ms = Math.floor(ms)
    i = j
    c = s.charCodeAt(i)
  }
  let offset = 0
  if (c === 32 /* space */ && (s.charCodeAt(i + 1) === 43 || s.charCodeAt(i + 1) === 45))
    c = s.charCodeAt(++i)
  if (c === 90 /* Z */ || c === 122) {
    i++
  } else if (c === 43 /* + */ || c === 45 /* - */) {
    const h = two(s, i + 1)
    if (h < 0) return undefined
    let j = i + 3
    if (s.charCodeAt(j) === 58 /* : */) j++
    const m = two(s, j)
    if (m < 0) return undefined
    offset = (c === 45 ? -1 : 1) * (h * 60 + m) * 60_000
    i = j + 2
  }
  const next = s.charCodeAt(i)
  // End of text, or a separator (not a digit, letter or `:` glued to the time).
  if (i < s.length && (next === 58 || next === 95 || isAlnum(next))) return undefined
  return { ms, offset }
}

/** `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]` (or a space for `T`); undefined for other shapes. */
function fastIso(s: string): number | undefined {
  if (s.length < 19 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined
  const sep = s.charCodeAt(10)
  if ((sep !== 84 && sep !== 32) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined
  const y = two(s, 0) * 100 + two(s, 2)
  const mo = two(s, 5)
  const d = two(s, 8)
  const h = two(s, 11)
  const mi = two(s, 14)
  const sec = two(s, 17)
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || two(s, 0) < 0) return undefined
  const rest = tail(s, 19)
  if (!rest) return undefined
  return utcMs(y, mo - 1, d, h, mi, sec, rest.ms) - rest.offset
}

/** `DD/Mon/YYYY:HH:MM:SS ±HHMM` (access-log `time_local`); undefined for other shapes. */
function fastTimeLocal(s: string): number | undefined {
  if (s.length < 20 || s.charCodeAt(2) !== 47 || s.charCodeAt(6) !== 47 || s.charCodeAt(11) !== 58)
    return undefined
  const month = MONTHS[s.slice(3, 6).toLowerCase()]
  const d = two(s, 0)
  const y = two(s, 7) * 100 + two(s, 9)
  const h = two(s, 12)
  const mi = two(s, 15)
  const sec = two(s, 18)
  if (month === undefined || d < 0 || two(s, 7) < 0 || two(s, 9) < 0 || h < 0 || mi < 0 || sec < 0)
    return undefined
  if (s.charCodeAt(14) !== 58 || s.charCodeAt(17) !== 58) return undefined
  const rest = tail(s, 20)
  if (!rest) return undefined
  return utcMs(y, month, d, h, mi, sec, rest.ms) - rest.offset
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Milliseconds since the epoch, or NaN when a field is out of range (31 February, hour 25). */
function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (mo < 0 || mo > 11 || d < 1 || h > 23 || mi > 59 || s > 60) return NaN
  const leap = mo === 1 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 1 : 0
  if (d > DAYS_IN_MONTH[mo]! + leap) return NaN
  return Date.UTC(y, mo, d, h, mi, Math.min(s, 59), ms)
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, frac?: string): number {
  return utcMs(y, mo, d, h, mi, s, frac ? Math.floor(+`0.${frac}` * 1000) : 0)
}

function offsetMillis(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  const hours = +digits.slice(0, 2)
  const minutes = digits.length > 2 ? +digits.slice(2, 4) : 0
  return sign * (hours * 60 + minutes) * 60_000
}

function epochMillis(digits: string, frac: string | undefined): number {
  const n = Number(digits)
  switch (digits.length) {
    case 10:
      return n * 1000 + (frac ? Math.floor(+`0.${frac}` * 1000) : 0)
    case 13:
      return n
    case 16:
      return Math.floor(n / 1000)
    default:
      return Math.floor(n / 1e6)
  }
}

function plausible(t: number, now: number): Date | undefined {
  return Number.isFinite(t) && t >= MIN_TIME && t <= now + DAY ? new Date(t) : undefined
}

/** Keys whose value is the record's time in JSON and logfmt lines (compared lower-case, without `@_-`). */
const TIME_KEYS = new Set([
  'ts',
  'time',
  'timestamp',
  'datetime',
  'date',
  'eventtime',
  'logtime',
  'asctime',
  'timelocal',
  'timeiso8601',
  'requesttime',
  'receivedat',
  'loggedat',
  'createdat',
])

const keyCache = new Map<string, boolean>()

/** True for keys that name a record's time (`ts`, `@timestamp`, `time_local`, `eventTime`). */
export function isTimeKey(key: string): boolean {
  let known = keyCache.get(key)
  if (known === undefined) {
    known = TIME_KEYS.has(key.toLowerCase().replace(/[@_-]/g, ''))
    if (keyCache.size < 10_000) keyCache.set(key, known)
  }
  return known
}

/** The time of a JSON value under a time key: epoch numbers or timestamp strings. */
export function timestampOfValue(value: unknown, options?: TimestampOptions): Date | undefined {
  if (typeof value === 'string') return parseLogTimestamp(value, options)
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const digits = Math.floor(value).toString()
    const frac = value % 1 ? String(value).split('.')[1] : undefined
    if (digits.length === 10 || digits.length === 13 || digits.length === 16 || digits.length === 19)
      return plausible(epochMillis(digits, frac), options?.now?.getTime() ?? Date.now())
  }
  return undefined
}
