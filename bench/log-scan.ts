/**
 * Issue: full scan (`sampleSize: 'all'`) of a >= 500 MB log corpus (nginx combined access logs and JSON-lines
 * application logs with e-mails, phones, ID numbers and IPs) next to `grep -cE` for e-mail addresses over the same
 * files, in the same run. pimap runs every rule on every value, in a child process on the built package (what
 * `npx pimap` runs); grep runs one regex. Both read from the page cache (warmed first).
 *
 * `node --import tsx bench/log-scan.ts [MB]` runs it alone.
 */
import { execFileSync, execSync, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gb11643CheckChar } from '../rules/validators/gb11643.js'

export interface LogScanResult {
  readonly files: number
  readonly bytes: number
  readonly lines: number
  /** The locale grep ran under (it matters: in a UTF-8 locale GNU grep is ~50x slower on this pattern). */
  readonly grepLocale: string
  readonly grep: Timing & { readonly matches: number }
  /** grep under LC_ALL=C, for reference. */
  readonly grepC: Timing
  readonly scan: Timing
  readonly records: number
  /** scan MB/s / grep MB/s in the current locale, by wall clock and by CPU time (goal >= 0.5). */
  readonly ratio: number
  readonly cpuRatio: number
  readonly peakRssMb: number
  readonly fields: readonly string[]
}

/** Median wall-clock and CPU seconds of the runs, and the throughputs they give. */
export interface Timing {
  readonly seconds: number
  readonly cpuSeconds: number
  readonly mbps: number
  readonly cpuMbps: number
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const EMAIL_RE = '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}'
const CORPUS_VERSION = 3

/** Deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES = ['zhang', 'li', 'wang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun']
const GIVEN = ['wei', 'fang', 'na', 'min', 'jing', 'lei', 'qiang', 'jun', 'yan', 'jie', 'tao', 'ming']
const DOMAINS = ['example.com', 'example.cn', 'example.org', 'mail.example.net', 'corp.example.com.cn']
const MOBILE_PREFIXES = ['138', '139', '150', '151', '158', '186', '177', '135', '136', '187', '199', '166']
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'okhttp/4.12.0',
  'curl/8.5.0',
]
const PATHS = ['/api/orders', '/api/cart', '/static/app.js', '/api/products/1842', '/healthz', '/api/search']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const REGIONS = ['110105', '310104', '440305', '320583', '330106', '510107']

class Gen {
  readonly #r: () => number
  constructor(seed: number) {
    this.#r = random(seed)
  }
  int(n: number): number {
    return Math.floor(this.#r() * n)
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!
  }
  chance(p: number): boolean {
    return this.#r() < p
  }
  email(): string {
    return `${this.pick(SURNAMES)}.${this.pick(GIVEN)}${this.int(1000)}@${this.pick(DOMAINS)}`
  }
  phone(): string {
    return `${this.pick(MOBILE_PREFIXES)}${String(this.int(1e8)).padStart(8, '0')}`
  }
  ip(): string {
    // Public-looking unicast addresses (first octet 36-126, not 100.64/10 nor 10/8).
    return `${36 + this.int(90)}.${this.int(256)}.${this.int(256)}.${1 + this.int(254)}`
  }
  idCard(): string {
    const birth = `19${50 + this.int(50)}${String(1 + this.int(12)).padStart(2, '0')}${String(1 + this.int(28)).padStart(2, '0')}`
    const first17 = `${this.pick(REGIONS)}${birth}${String(this.int(1000)).padStart(3, '0')}`
    return first17 + gb11643CheckChar(first17)
  }
}

function accessLine(g: Gen, t: number): string {
  const d = new Date(t)
  const time = `${String(d.getUTCDate()).padStart(2, '0')}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 19)} +0000`
  let target = g.pick(PATHS)
  const kind = g.int(100)
  if (kind < 20) target = `/api/login?email=${encodeURIComponent(g.email())}&phone=${g.phone()}`
  else if (kind < 28) target = `/api/users/${g.email()}/profile`
  else if (kind < 44) target += `?page=${g.int(50)}&size=20`
  const status = g.chance(0.9) ? 200 : g.pick([301, 304, 404, 500])
  return `${g.ip()} - - [${time}] "${g.chance(0.8) ? 'GET' : 'POST'} ${target} HTTP/1.1" ${status} ${g.int(50_000)} "https://shop.example.com/" "${g.pick(AGENTS)}"`
}

function jsonLine(g: Gen, t: number): string {
  const doc: Record<string, unknown> = {
    ts: new Date(t).toISOString(),
    level: g.pick(['info', 'info', 'info', 'warn', 'error', 'debug']),
    msg: g.pick(['user login', 'order created', 'payment ok', 'cache miss', 'profile updated']),
    trace_id: `${g.int(1e9).toString(16)}${g.int(1e9).toString(16)}`,
  }
  if (g.chance(0.6)) doc.user = { id: g.int(1e7), email: g.email(), phone: g.phone() }
  if (g.chance(0.05)) doc.id_card = g.idCard()
  if (g.chance(0.1)) doc.msg = `password reset mail sent to ${g.email()}, sms to ${g.phone()}`
  doc.client_ip = g.ip()
  doc.latency_ms = g.int(2000)
  return JSON.stringify(doc)
}

/** Writes (or reuses) a deterministic corpus of about `megabytes` MB in 4 files. */
export async function ensureLogCorpus(
  megabytes = 512,
): Promise<{ dir: string; files: string[]; lines: number }> {
  const dir = join(tmpdir(), `pimap-bench-logs-v${CORPUS_VERSION}-${megabytes}mb`)
  const marker = join(dir, 'corpus.json')
  if (existsSync(marker)) {
    const meta = JSON.parse(await readFile(marker, 'utf8')) as { lines: number; files: string[] }
    if (meta.files.every((f) => existsSync(join(dir, f))))
      return { dir, files: meta.files.map((f) => join(dir, f)), lines: meta.lines }
  }
  await rm(dir, { recursive: true, force: true })
  await mkdir(join(dir, 'logs'), { recursive: true })
  const names = ['logs/access-1.log', 'logs/access-2.log', 'logs/app-1.jsonl', 'logs/app-2.jsonl']
  const perFile = (megabytes * 1024 * 1024) / names.length
  let lines = 0
  for (const [i, name] of names.entries()) {
    const g = new Gen(1000 + i)
    const out = createWriteStream(join(dir, name))
    let written = 0
    let t = Date.UTC(2024, 0, 1)
    const line = name.includes('access') ? accessLine : jsonLine
    while (written < perFile) {
      const chunk: string[] = []
      for (let k = 0; k < 5000; k++) {
        t += g.int(2000)
        chunk.push(line(g, t))
      }
      const text = `${chunk.join('\n')}\n`
      written += Buffer.byteLength(text)
      lines += chunk.length
      if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    }
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    )
  }
  await writeFile(marker, JSON.stringify({ lines, files: names }))
  return { dir, files: names.map((n) => join(dir, n)), lines }
}

/** Runs grep under bash's `time`: wall and CPU seconds (the machine is shared; CPU time is the steadier figure). */
function timeGrep(
  files: readonly string[],
  env: NodeJS.ProcessEnv,
): { seconds: number; cpuSeconds: number; matches: number } {
  const quoted = files.map((f) => `'${f.replace(/'/g, `'\\''`)}'`).join(' ')
  // -c prints `file:count` per file; grep exits 1 when nothing matched, which is not an error here.
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%3R %3U %3S'; time grep -cE '${EMAIL_RE}' ${quoted}`], {
    encoding: 'utf8',
    env,
  })
  const timing = r.stderr.trim().split('\n').at(-1)?.split(' ').map(Number) ?? []
  if (r.status !== 0 && r.status !== 1) throw new Error(`grep failed: ${r.stderr}`)
  const [real, user, sys] = timing as [number, number, number]
  const matches = r.stdout
    .trim()
    .split('\n')
    .reduce((n, l) => n + Number(l.slice(l.lastIndexOf(':') + 1) || 0), 0)
  return { seconds: real, cpuSeconds: user + sys, matches }
}

/** The child: one full scan of the corpus directory with the built package, JSON on stdout. */
const CHILD = `
import { scan } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/src/scan.js')).href)}
const started = process.hrtime.bigint()
const cpu = process.cpuUsage()
const result = await scan({
  sources: ['file:' + process.argv[1]],
  sampleSize: 'all',
})
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const used = process.cpuUsage(cpu)
process.stdout.write(JSON.stringify({
  seconds,
  cpuSeconds: (used.user + used.system) / 1e6,
  records: result.coverage.reduce((n, c) => n + c.sampledRecords, 0),
  statuses: result.coverage.map((c) => c.status),
  fields: result.fields.map((f) => f.container.split('/').pop() + ':' + f.field + ':' + f.category),
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}))
`

interface ChildResult {
  readonly seconds: number
  readonly cpuSeconds: number
  readonly records: number
  readonly statuses: string[]
  readonly fields: string[]
  readonly maxRssMb: number
}

function child(dir: string): ChildResult {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, dir], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
  return JSON.parse(out) as ChildResult
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

function timing(runs: readonly { seconds: number; cpuSeconds: number }[], mb: number): Timing {
  const seconds = median(runs.map((r) => r.seconds))
  const cpuSeconds = median(runs.map((r) => r.cpuSeconds))
  return { seconds, cpuSeconds, mbps: mb / seconds, cpuMbps: mb / cpuSeconds }
}

export async function benchLogScan(
  options: { megabytes?: number; runs?: number } = {},
): Promise<LogScanResult> {
  const runs = options.runs ?? 3
  try {
    execSync('npm run build --silent', { stdio: 'pipe', cwd: ROOT })
  } catch (error) {
    // Type errors elsewhere in the tree still emit JavaScript; only a missing output is fatal.
    if (!existsSync(join(ROOT, 'dist/connectors/logfile/index.js'))) throw error
  }
  const corpus = await ensureLogCorpus(options.megabytes ?? 512)
  const logs = join(corpus.dir, 'logs')
  const files = readdirSync(logs).map((f) => join(logs, f))
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0)
  const mb = bytes / 1024 / 1024
  const locale = process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || 'C'
  timeGrep(files, { ...process.env, LC_ALL: 'C' }) // warm the page cache
  const greps = Array.from({ length: runs }, () => timeGrep(files, process.env))
  const grepCs = Array.from({ length: runs }, () => timeGrep(files, { ...process.env, LC_ALL: 'C' }))
  const scans = Array.from({ length: runs }, () => child(logs))
  for (const s of scans) {
    if (s.statuses.some((x) => x !== 'scanned')) throw new Error(`scan incomplete: ${s.statuses.join(', ')}`)
    if (s.records !== corpus.lines)
      throw new Error(`scan read ${s.records} records, expected ${corpus.lines}`)
  }
  const grep = timing(greps, mb)
  const scan = timing(scans, mb)
  return {
    files: files.length,
    bytes,
    lines: corpus.lines,
    grepLocale: locale,
    grep: { ...grep, matches: greps[0]!.matches },
    grepC: timing(grepCs, mb),
    scan,
    records: scans[0]!.records,
    ratio: scan.mbps / grep.mbps,
    cpuRatio: scan.cpuMbps / grep.cpuMbps,
    peakRssMb: Math.max(...scans.map((s) => s.maxRssMb)),
    fields: scans[0]!.fields,
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const megabytes = Number(process.argv[2] ?? 512)
  const r = await benchLogScan({ megabytes })
  const line = (label: string, t: Timing, extra = '') =>
    console.log(
      `${label.padEnd(30)}: ${t.seconds.toFixed(2)} s wall (${t.mbps.toFixed(1)} MB/s), ${t.cpuSeconds.toFixed(2)} s CPU (${t.cpuMbps.toFixed(1)} MB/s)${extra}`,
    )
  console.log(
    `\n## Full scan of ${(r.bytes / 1024 / 1024).toFixed(0)} MB of logs (${r.files} files, ${r.lines.toLocaleString('en')} lines), medians of 3`,
  )
  line(`grep -cE e-mail, ${r.grepLocale}`, r.grep, `; ${r.grep.matches.toLocaleString('en')} matching lines`)
  line('grep -cE e-mail, LC_ALL=C', r.grepC)
  line('pimap full scan, all rules', r.scan)
  console.log(
    `${'ratio pimap / grep'.padEnd(30)}: ${r.ratio.toFixed(2)}x wall, ${r.cpuRatio.toFixed(2)}x CPU (goal >= 0.50x; vs LC_ALL=C grep ${(r.scan.mbps / r.grepC.mbps).toFixed(3)}x)`,
  )
  console.log(`${'peak RSS'.padEnd(30)}: ${r.peakRssMb.toFixed(0)} MB`)
  console.log(`${'classified'.padEnd(30)}: ${r.fields.join(', ')}`)
}
