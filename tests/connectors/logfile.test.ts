/**
 * Log files as a source: URL forms, discovery (directories, globs, symlink loops), formats (JSON lines, logfmt,
 * access logs, CSV with a header, text), gzip, sampling methods, record times, failures (binary, invalid UTF-8,
 * unreadable, missing), the connector contract, pdscan's file fixtures and end-to-end scans.
 */
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinConnectors } from '../../connectors/index.js'
import { logfileRegistration } from '../../connectors/logfile/index.js'
import { parseFileUrl } from '../../connectors/logfile/file-url.js'
import { LineSplitter } from '../../connectors/logfile/line-splitter.js'
import { detectFormat, splitCsvLine } from '../../connectors/logfile/log-format.js'
import { parseLogTimestamp } from '../../connectors/logfile/log-timestamp.js'
import { fileStem, LogfileConnector } from '../../connectors/logfile/logfile-connector.js'
import type { ContainerRef, SamplePlan } from '../../src/connector/connector.js'
import { ConnectionError, SamplingError } from '../../src/errors.js'
import { scan } from '../../src/scan.js'
import type { ScanResult } from '../../src/scan-result.js'
import { connectorContract, readAll } from '../helpers/connector-contract.js'
import { CONTRACT_PEOPLE, HOSTILE_COLUMN, HOSTILE_TABLE } from '../fixtures/contract-data.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/logs/', import.meta.url))
const NOW = new Date('2026-06-01T00:00:00Z')
const OPTIONS = { statementTimeoutMs: 10_000, maxConnections: 2 }
const PLAN: SamplePlan = { limit: 1000, batchSize: 100, maxValueLength: 1024 }
const CONNECTORS = [...builtinConnectors, logfileRegistration]

const fixture = (path: string) => join(FIXTURES, path)
const connectorFor = (url: string) => new LogfileConnector(url, OPTIONS, { now: NOW })

async function containersOf(url: string): Promise<ContainerRef[]> {
  const c = connectorFor(url)
  await c.connect()
  const list = await c.listContainers()
  await c.close()
  return list
}

async function readFile1(path: string, plan: SamplePlan = PLAN) {
  const connector = connectorFor(`file:${path}`)
  await connector.connect()
  const [container] = await connector.listContainers()
  const read = await readAll(connector, container!, plan)
  const lines = new Map<string, number[]>()
  for (const b of read.batches)
    for (const [k, v] of b.lines ?? []) lines.set(k, [...(lines.get(k) ?? []), ...v])
  const discovered = new Map(read.batches.flatMap((b) => [...(b.discovered ?? [])]))
  return { ...read, lines, discovered, connector, container: container! }
}

// A temporary tree for what should not be committed: gzip and binary files, bad UTF-8, symlinks, big files, and
// the contract fixture (a `"` in a file name is legal on Linux but not on Windows checkouts).
const tmp = await mkdtemp(join(tmpdir(), 'pimap-logfile-'))
const CONTRACT_DIR = join(tmp, 'contract')
await mkdir(CONTRACT_DIR)
await copyFile(fixture('contract/people.jsonl'), join(CONTRACT_DIR, 'people.jsonl'))
await writeFile(
  join(CONTRACT_DIR, `${HOSTILE_TABLE}.jsonl`),
  `${JSON.stringify({ [HOSTILE_COLUMN]: 'hostile@example.org', select: '13812345678' })}\n`,
)

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

connectorContract({
  name: 'file',
  create: async () => new LogfileConnector(`file:${CONTRACT_DIR}`, OPTIONS),
  containerId: (table) => join(CONTRACT_DIR, `${table}.jsonl`),
})

describe('contract fixture', () => {
  it('tests/fixtures/logs/contract/people.jsonl matches CONTRACT_PEOPLE', async () => {
    const text = await readFile(fixture('contract/people.jsonl'), 'utf8')
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(CONTRACT_PEOPLE)
  })
})

describe('parseLogTimestamp', () => {
  const at = (text: string) => parseLogTimestamp(text, { now: NOW })?.toISOString()

  it('reads ISO-8601 with and without offsets, fractions and `T`', () => {
    expect(at('2024-03-01T12:00:00Z INFO started')).toBe('2024-03-01T12:00:00.000Z')
    expect(at('2024-03-01T12:00:00.123456+08:00')).toBe('2024-03-01T04:00:00.123Z')
    expect(at('2024-03-01 12:00:00,123 -0500 WARN')).toBe('2024-03-01T17:00:00.123Z')
    expect(at('2024/03/01 12:00:00 main.go:42: ok')).toBe('2024-03-01T12:00:00.000Z')
    expect(at('2024-03-01')).toBe('2024-03-01T00:00:00.000Z')
    expect(at('[2024-03-01T12:00:00Z] boot')).toBe('2024-03-01T12:00:00.000Z')
    expect(at('<34>1 2003-10-11T22:14:15.003Z host app - - msg')).toBe('2003-10-11T22:14:15.003Z')
  })

  it('handles leap days, fractions, lower-case zones and offsets after a space (fast path and fallback)', () => {
    expect(at('2024-02-29T23:59:59.5z')).toBe('2024-02-29T23:59:59.500Z')
    expect(at('2023-02-29T00:00:00Z')).toBeUndefined()
    expect(at('2024-03-01 12:00:00 +08:00 started')).toBe('2024-03-01T04:00:00.000Z')
    expect(at('2024-03-01T12:00:00+08 started')).toBe('2024-03-01T04:00:00.000Z')
    expect(at('2024-03-01T12:00:00 - worker 3 started')).toBe('2024-03-01T12:00:00.000Z')
    expect(at('2024-03-01T12:00')).toBe('2024-03-01T12:00:00.000Z')
    expect(at('  2024-03-01T12:00:00Z')).toBe('2024-03-01T12:00:00.000Z')
  })

  it('reads access-log time_local', () => {
    expect(at('10/Oct/2000:13:55:36 -0700')).toBe('2000-10-10T20:55:36.000Z')
    expect(at('01/May/2024:08:00:01 +0800')).toBe('2024-05-01T00:00:01.000Z')
  })

  it('reads syslog times, choosing the latest year not in the future', () => {
    expect(at('Oct 10 13:55:36 web-01 sshd[1]: ok')).toBe('2025-10-10T13:55:36.000Z')
    expect(at('May  1 08:00:01 web-01 shop: x')).toBe('2026-05-01T08:00:01.000Z')
    expect(at('Oct  1 2023 13:55:36 host')).toBe('2023-10-01T13:55:36.000Z')
  })

  it('reads epoch seconds, milliseconds, micro- and nanoseconds when the whole text is the number', () => {
    expect(at('1700000000')).toBe('2023-11-14T22:13:20.000Z')
    expect(at('1700000000.25')).toBe('2023-11-14T22:13:20.250Z')
    expect(at('1700000000123')).toBe('2023-11-14T22:13:20.123Z')
    expect(at('1700000000123456')).toBe('2023-11-14T22:13:20.123Z')
    expect(at('1700000000123456789')).toBe('2023-11-14T22:13:20.123Z')
    expect(at('1700000000 requests')).toBeUndefined()
  })

  it('rejects versions, OIDs, impossible and implausible dates', () => {
    for (const text of [
      '6.1.7601.23505',
      '1.3.6.1.4.1.311',
      '2024-02-31',
      '2024-13-01',
      '1985-01-01T00:00:00Z',
      '2030-01-01T00:00:00Z',
      '42',
      '9999999999',
      'hello',
      '',
    ])
      expect(at(text), text).toBeUndefined()
  })
})

describe('file URLs and names', () => {
  it('accepts file:/abs, file:./rel, file:rel, file:///abs (percent-decoded) and file://localhost/abs', () => {
    expect(parseFileUrl('file:/var/log/app.log').path).toBe('/var/log/app.log')
    expect(parseFileUrl('file:./logs/a.log', '/srv').path).toBe('/srv/logs/a.log')
    expect(parseFileUrl('file:logs', '/srv').path).toBe('/srv/logs')
    expect(parseFileUrl('file:///var/log/my%20app.log').path).toBe('/var/log/my app.log')
    expect(parseFileUrl('file://localhost/var/log/x.log').path).toBe('/var/log/x.log')
    expect(parseFileUrl('file:/logs/100%.log').path).toBe('/logs/100%.log')
    expect(parseFileUrl('FILE:/x').path).toBe('/x')
  })

  it('recognises globs and their base directory', () => {
    expect(parseFileUrl('file:/var/log/app/*.log*')).toMatchObject({
      glob: true,
      base: '/var/log/app',
      pattern: '*.log*',
    })
    expect(parseFileUrl('file:/var/log/app.log').glob).toBe(false)
  })

  it('rejects remote hosts and empty paths', () => {
    expect(() => parseFileUrl('file://server/share/x.log')).toThrow(ConnectionError)
    expect(() => parseFileUrl('file:')).toThrow(/no path/)
  })

  it('names a container after its file without rotation and log extensions', () => {
    expect(fileStem('access.log.2.gz')).toBe('access')
    expect(fileStem('access.log-20240501.gz')).toBe('access')
    expect(fileStem('app-2024-05-01.log')).toBe('app')
    expect(fileStem('people.jsonl')).toBe('people')
    expect(fileStem('syslog.1')).toBe('syslog')
    expect(fileStem('messages')).toBe('messages')
    expect(fileStem('server-2.log')).toBe('server-2')
    expect(fileStem('.bash_history')).toBe('.bash_history')
  })
})

describe('format detection', () => {
  it('detects each format from the first lines', () => {
    expect(detectFormat(['{"a":1}', '{"b":2}'], 'x.log').kind).toBe('json')
    expect(detectFormat(['ts=1 level=info msg="x y"', 'ts=2 level=warn a=b'], 'x.log').kind).toBe('logfmt')
    expect(
      detectFormat(['1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200 2326'], 'access.log').kind,
    ).toBe('access')
    expect(detectFormat(['id,email', '1,a@b.cn'], 'x.csv')).toEqual({
      kind: 'csv',
      delimiter: ',',
      header: ['id', 'email'],
    })
    expect(detectFormat(['姓名\t手机号', '张三\t13812345678', '李四\t13987654321'], 'x.txt')).toMatchObject({
      kind: 'csv',
      delimiter: '\t',
    })
    expect(detectFormat(['Hello test@example.org!'], 'email').kind).toBe('text')
    expect(detectFormat(['Starting server, version 2', 'ready'], 'x.log').kind).toBe('text')
    expect(detectFormat([], 'empty.txt').kind).toBe('text')
  })

  it('needs data rows to call a file without a .csv name CSV', () => {
    expect(detectFormat(['name,email'], 'x.log').kind).toBe('text')
    expect(detectFormat(['name,email', 'a,b@c.cn', 'd,e@f.cn'], 'x.log').kind).toBe('csv')
  })

  it('splits CSV lines with quotes and reports unclosed quotes', () => {
    expect(splitCsvLine('a,"b,c",d', ',')).toEqual(['a', 'b,c', 'd'])
    expect(splitCsvLine('"x""y",,z,', ',')).toEqual(['x"y', '', 'z', ''])
    expect(splitCsvLine('a,"open', ',')).toBeUndefined()
  })
})

describe('LineSplitter', () => {
  it('splits across chunk boundaries, in the middle of multi-byte characters, and strips \\r', () => {
    const bytes = Buffer.from('第一行\r\nsecond line\n\nlast 行')
    for (let size = 1; size <= bytes.length; size++) {
      const s = new LineSplitter(1024)
      const out: string[] = []
      for (let i = 0; i < bytes.length; i += size) out.push(...s.push(bytes.subarray(i, i + size)))
      out.push(...s.end())
      expect(out, `chunk size ${size}`).toEqual(['第一行', 'second line', '', 'last 行'])
    }
  })

  it('cuts over-long lines and drops their rest', () => {
    const s = new LineSplitter(8)
    const out = [...s.push(Buffer.from('0123456789')), ...s.push(Buffer.from('abcdef\nok\n')), ...s.end()]
    expect(out).toEqual(['01234567', 'ok'])
  })

  it('skips the partial first line after a seek', () => {
    const s = new LineSplitter(64, { skipFirst: true })
    expect([...s.push(Buffer.from('tail of a line\nnext\n')), ...s.end()]).toEqual(['next'])
  })
})

describe('file connector: discovery', () => {
  it('lists every regular file of a directory recursively, sorted, as file containers', async () => {
    const list = await containersOf(`file:${fixture('nested')}`)
    expect(list.map((c) => relative(FIXTURES, c.id))).toEqual([
      'nested/service-a/2024/app.log',
      'nested/service-b/events.jsonl',
    ])
    expect(list[0]).toMatchObject({
      kind: 'file',
      name: 'app',
      namespace: fixture('nested/service-a/2024'),
      fields: [],
      estimatedRows: 2,
    })
  })

  it('accepts relative paths and file:/// URLs; ids are absolute paths', async () => {
    const rel = relative(process.cwd(), fixture('app/app.jsonl'))
    const fromRel = await containersOf(`file:./${rel}`)
    const fromUrl = await containersOf(pathToFileURL(fixture('app/app.jsonl')).href)
    expect(fromRel.map((c) => c.id)).toEqual([fixture('app/app.jsonl')])
    expect(fromUrl.map((c) => c.id)).toEqual([fixture('app/app.jsonl')])
  })

  it('expands globs, descending only as deep as the pattern', async () => {
    const shallow = await containersOf(`file:${FIXTURES}*/*.log*`)
    expect(shallow.map((c) => relative(FIXTURES, c.id))).toEqual([
      'gateway/gateway.log',
      'nginx/access.log',
      'plain/app.log',
    ])
    const deep = await containersOf(`file:${FIXTURES}**/*.jsonl`)
    expect(deep.map((c) => relative(FIXTURES, c.id))).toEqual([
      'app/app.jsonl',
      'contract/people.jsonl',
      'nested/service-b/events.jsonl',
    ])
  })

  it('opens only files it listed', async () => {
    const connector = connectorFor(`file:${fixture('nested')}`)
    await connector.connect()
    await connector.listContainers()
    const other = { id: '/etc/shadow', name: 'shadow', kind: 'file' as const, fields: [] }
    await expect(readAll(connector, other)).rejects.toThrow(/not a file of this source/)
  })

  it('fails to connect with the path when it does not exist or a glob matches nothing', async () => {
    const missing = connectorFor(`file:${join(tmp, 'no-such-dir', 'x.log')}`)
    await expect(missing.connect()).rejects.toThrow(ConnectionError)
    await expect(missing.connect()).rejects.toThrow(join(tmp, 'no-such-dir', 'x.log'))
    const glob = connectorFor(`file:${FIXTURES}*.nothing`)
    await glob.connect()
    await expect(glob.listContainers()).rejects.toThrow(/no file matches/)
  })

  it('follows symlinks but not loops, and skips FIFOs and dangling links', async () => {
    const dir = join(tmp, 'links')
    await mkdir(join(dir, 'sub'), { recursive: true })
    await writeFile(join(dir, 'sub', 'a.log'), 'hello\n')
    await symlink(dir, join(dir, 'sub', 'loop'))
    await symlink(join(dir, 'sub', 'a.log'), join(dir, 'alias.log'))
    await symlink(join(dir, 'missing.log'), join(dir, 'dangling.log'))
    const { execFileSync } = await import('node:child_process')
    execFileSync('mkfifo', [join(dir, 'pipe.log')])
    const list = await containersOf(`file:${dir}`)
    // alias.log and sub/a.log are the same file: listed once, under the first path reached.
    expect(list.map((c) => basename(c.id))).toEqual(['alias.log'])
  })
})

describe('file connector: formats', () => {
  it('JSON lines: flattened keys, type hints, line numbers, stack-trace lines as message', async () => {
    const r = await readFile1(fixture('app/app.jsonl'))
    expect(r.method).toBe('head')
    expect(r.records).toBe(10)
    expect(r.values.get('user.email')).toContain('zhang.wei@example.com')
    expect(r.values.get('user.id_card')).toEqual(['310104198506172011'])
    expect(r.values.get('error.code')).toEqual(['E_TIMEOUT'])
    expect(r.lines.get('user.id_card')).toEqual([3])
    expect(r.values.get('message')).toEqual([
      'java.lang.IllegalStateException: order 88231 already paid',
      '    at com.example.shop.PaymentService.pay(PaymentService.java:142)',
    ])
    expect(r.lines.get('message')).toEqual([6, 7])
    expect(r.discovered.get('user.id')).toEqual({ dataType: 'json', typeClass: 'integer' })
    expect(r.discovered.get('user.email')).toEqual({ dataType: 'json', typeClass: 'text' })
    for (const [field, values] of r.values) expect(r.lines.get(field)).toHaveLength(values.length)
    expect(r.connector.timeRange(r.container)).toEqual({
      oldest: new Date('2024-05-01T08:00:01.123Z'),
      newest: new Date('2024-05-01T08:06:00.000Z'),
    })
  })

  it('logfmt: pairs become fields, quoted values unescaped, epoch and offset times', async () => {
    const r = await readFile1(fixture('gateway/gateway.log'))
    expect(r.records).toBe(6)
    expect(r.values.get('email')).toEqual([
      'zhang.wei@example.com',
      'li.na@example.cn',
      'wang.fang@example.org',
      'chen.jie@example.net',
      'zhao.lei@example.com',
    ])
    expect(r.values.get('msg')).toContain('sms sent to 15000001111')
    expect(r.values.get('id_card')).toEqual(['440305199203084517'])
    expect(r.lines.get('id_card')).toEqual([4])
    expect(r.values.get('message')).toBeUndefined()
    expect(r.connector.timeRange(r.container)).toEqual({
      oldest: new Date('2024-05-01T08:00:00Z'),
      newest: new Date('2024-05-01T08:06:00Z'),
    })
  })

  it('access logs: combined and common lines, query parameters, forwarded-for', async () => {
    const r = await readFile1(fixture('nginx/access.log'))
    expect(r.records).toBe(7)
    expect(r.values.get('remote_addr')).toHaveLength(7)
    expect(r.values.get('remote_user')).toEqual(['alice'])
    expect(r.values.get('request')?.[0]).toBe(
      'GET /api/login?email=zhang.wei%40example.com&phone=13812345678 HTTP/1.1',
    )
    expect(r.values.get('query.email')).toEqual([
      'zhang.wei@example.com',
      'li.na@example.cn',
      'wang.fang@example.org',
    ])
    expect(r.values.get('query.phone')).toEqual(['13812345678', '13987654321', '15000001111', '18611112222'])
    expect(r.lines.get('query.phone')).toEqual([1, 2, 3, 5])
    expect(r.values.get('status')).toEqual(['200', '200', '200', '200', '404', '200', '304'])
    expect(r.values.get('http_referer')).toHaveLength(4)
    expect(r.values.get('http_user_agent')).toHaveLength(6)
    expect(r.values.get('http_x_forwarded_for')).toEqual(['10.0.0.12'])
    expect(r.discovered.get('remote_addr')).toEqual({ dataType: 'access-log', typeClass: 'network' })
    expect(r.connector.timeRange(r.container)).toEqual({
      oldest: new Date('2024-05-01T00:00:01Z'),
      newest: new Date('2024-05-01T00:06:00Z'),
    })
  })

  it('plain text: the whole line is `message`, syslog times', async () => {
    const r = await readFile1(fixture('plain/app.log'))
    expect(r.records).toBe(10)
    expect(r.values.get('message')).toHaveLength(10)
    expect([...r.values.keys()]).toEqual(['message'])
    expect(r.lines.get('message')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(r.connector.timeRange(r.container)).toEqual({
      oldest: new Date('2026-05-01T08:00:01Z'),
      newest: new Date('2026-05-01T08:04:00Z'),
    })
  })

  it('CSV with a header row: columns become fields; quoted cells may span lines', async () => {
    const path = join(tmp, 'members.csv')
    await writeFile(
      path,
      'name,mobile,note,created_at\r\n张三,13812345678,"line one\r\nline two",2024-05-01\r\n李四,13987654321,"say ""hi""",2024-05-03\r\n',
    )
    const r = await readFile1(path)
    expect(r.records).toBe(2)
    expect(r.values.get('mobile')).toEqual(['13812345678', '13987654321'])
    expect(r.values.get('note')).toEqual(['line one\nline two', 'say "hi"'])
    expect(r.lines.get('note')).toEqual([2, 4])
    expect(r.connector.timeRange(r.container)).toEqual({
      oldest: new Date('2024-05-01T00:00:00Z'),
      newest: new Date('2024-05-03T00:00:00Z'),
    })
  })

  it('text lines with a JSON payload, a BOM, no final newline, and a cut over-long line', async () => {
    const path = join(tmp, 'mixed.log')
    const long = 'x'.repeat(2 * 1024 * 1024)
    await writeFile(
      path,
      `\ufeff2024-05-01T08:00:00Z INFO {"user":{"mobile":"13812345678"}}\n${long}\nlast line`,
    )
    const r = await readFile1(path)
    expect(r.values.get('user.mobile')).toEqual(['13812345678'])
    expect(r.values.get('message')?.[0]).toBe('2024-05-01T08:00:00Z INFO')
    expect(r.values.get('message')?.[1]).toHaveLength(1024)
    expect(r.values.get('message')?.[2]).toBe('last line')
    expect(r.lines.get('message')).toEqual([1, 2, 3])
  })

  it('bounds the number of fields per file', async () => {
    const path = join(tmp, 'keys.jsonl')
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ [`k${i}`]: 'v', email: 'a@b.cn' }))
    await writeFile(path, lines.join('\n'))
    const r = await readFile1(path, { ...PLAN, limit: 'all' })
    expect(r.values.size).toBe(2000)
    expect(r.values.get('email')).toHaveLength(3000)
  })
})

describe('file connector: gzip and sampling', () => {
  let gz: string
  let big: string
  const bigLines = 50_000

  beforeAll(async () => {
    gz = join(tmp, 'rotated', 'access.log.1.gz')
    await mkdir(join(tmp, 'rotated'))
    const text = await readFile(fixture('nginx/access.log'))
    // Two gzip members, as `cat a.gz b.gz` or some rotators produce.
    await writeFile(gz, Buffer.concat([gzipSync(text), gzipSync(text)]))
    big = join(tmp, 'big', 'big.log')
    await mkdir(join(tmp, 'big'))
    const rows = Array.from(
      { length: bigLines },
      (_, i) => `${JSON.stringify({ ts: 1714550400 + i, seq: i + 1, email: `user${i + 1}@example.com` })}`,
    )
    await writeFile(big, `${rows.join('\n')}\n`)
  })

  it('inflates gzip files as streams (multi-member too); the name drops rotation suffixes', async () => {
    const r = await readFile1(gz)
    expect(r.container).toMatchObject({ name: 'access', estimatedRows: -1 })
    expect(r.method).toBe('head')
    expect(r.records).toBe(14)
    expect(r.values.get('query.email')).toHaveLength(6)
    expect(r.lines.get('query.phone')).toEqual([1, 2, 3, 5, 8, 9, 10, 12])
  })

  it('reads gzip heads only for samples (gzip cannot seek)', async () => {
    const r = await readFile1(gz, { ...PLAN, limit: 3 })
    expect(r.method).toBe('head')
    expect(r.records).toBe(3)
  })

  it('reads the first n records of a file up to 10x the sample window', async () => {
    const r = await readFile1(big, { ...PLAN, limit: 10_000, batchSize: 2000 })
    expect(r.method).toBe('head')
    expect(r.records).toBe(10_000)
    expect(r.lines.get('seq')?.at(-1)).toBe(10_000)
  })

  it('spreads a sample through a large file in evenly spaced segments', async () => {
    const r = await readFile1(big, { ...PLAN, limit: 1000, batchSize: 200 })
    expect(r.container.estimatedRows).toBeGreaterThan(bigLines * 0.9)
    expect(r.container.estimatedRows).toBeLessThan(bigLines * 1.1)
    expect(r.method).toBe('spread')
    expect(r.records).toBe(1000)
    const seqs = r.values.get('seq')!.map(Number)
    expect(new Set(seqs).size).toBe(1000)
    expect(seqs.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    // Segment i starts near line i * 500 + 1: the last segment reaches the end of the file.
    expect(Math.max(...seqs)).toBeGreaterThan(bigLines - 500)
    // Only the first segment knows its line numbers, and batches never mix the two.
    expect(r.lines.get('seq')).toEqual(seqs.slice(0, 10))
    for (const b of r.batches) {
      if (!b.lines) continue
      for (const [field, values] of b.values) expect(b.lines.get(field)).toHaveLength(values.length)
    }
    const { oldest, newest } = r.connector.timeRange(r.container)
    expect(oldest).toEqual(new Date(1714550400 * 1000))
    expect(newest!.getTime()).toBeGreaterThan((1714550400 + bigLines - 500) * 1000)
  })

  it('streams every record with limit all, in bounded batches', async () => {
    const r = await readFile1(big, { ...PLAN, limit: 'all', batchSize: 2000 })
    expect(r.method).toBe('full')
    expect(r.records).toBe(bigLines)
    expect(Math.max(...r.batches.map((b) => b.records))).toBe(2000)
    expect(r.lines.get('email')?.at(-1)).toBe(bigLines)
  })

  it('counts records older than a cutoff by their timestamps', async () => {
    const connector = connectorFor(`file:${big}`)
    await connector.connect()
    const [container] = await connector.listContainers()
    const age = await connector.countOlderThan(container!, 'ts', new Date((1714550400 + 100) * 1000))
    expect(age).toEqual({ expired: 100, oldest: new Date(1714550400 * 1000) })
  })
})

describe('file connector: failures', () => {
  let dir: string
  beforeAll(async () => {
    dir = join(tmp, 'bad')
    await mkdir(dir)
    await writeFile(join(dir, 'core.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]))
    // Latin-1 / GBK-like bytes that are not UTF-8.
    const latin1 = Buffer.from(
      Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0xe9 : 0x61 + (i % 26))).concat([0x0a]),
    )
    await writeFile(join(dir, 'legacy.log'), latin1)
    await writeFile(join(dir, 'zstd.log'), Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, 0x20]))
    await writeFile(join(dir, 'broken.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x41, 0x42, 0x43]))
    // One stray byte in a UTF-8 log is not a reason to skip it.
    await writeFile(
      join(dir, 'mostly-ok.log'),
      Buffer.concat([Buffer.from('ok line\n'.repeat(50)), Buffer.from([0xff, 0x0a])]),
    )
  })

  const sampleOf = async (name: string) => {
    const connector = connectorFor(`file:${join(dir, name)}`)
    await connector.connect()
    const [container] = await connector.listContainers()
    return readAll(connector, container!)
  }

  it('refuses binary files (NUL bytes, other compressions) with a SamplingError naming the reason', async () => {
    await expect(sampleOf('core.bin')).rejects.toThrow(SamplingError)
    await expect(sampleOf('core.bin')).rejects.toThrow(
      /^binary file: NUL bytes in the first 8 KB of .*core\.bin$/,
    )
    await expect(sampleOf('zstd.log')).rejects.toThrow(/binary file: zstd-compressed/)
    // Marked so a scan can list such files as skipped rather than failed.
    await expect(sampleOf('core.bin')).rejects.toMatchObject({ skipped: true })
  })

  it('refuses invalid UTF-8 but tolerates a stray byte', async () => {
    await expect(sampleOf('legacy.log')).rejects.toThrow(/^invalid UTF-8: \d+ invalid sequences/)
    const ok = await sampleOf('mostly-ok.log')
    expect(ok.records).toBe(51)
  })

  it('reports corrupt gzip data', async () => {
    await expect(sampleOf('broken.gz')).rejects.toThrow(/invalid gzip data/)
  })

  it.skipIf(process.getuid?.() === 0)('lists unreadable subdirectories as failing containers', async () => {
    const root = join(dir, 'locked-tree')
    await mkdir(join(root, 'locked'), { recursive: true })
    await writeFile(join(root, 'open.log'), 'x\n')
    await chmod(join(root, 'locked'), 0o000)
    const connector = connectorFor(`file:${root}`)
    await connector.connect()
    const list = await connector.listContainers()
    expect(list.map((c) => basename(c.id))).toEqual(['locked', 'open.log'])
    await expect(readAll(connector, list[0]!)).rejects.toThrow(`permission denied: ${join(root, 'locked')}`)
    await chmod(join(root, 'locked'), 0o755)
  })

  it.skipIf(process.getuid?.() === 0)('reports unreadable files as permission denied', async () => {
    const path = join(dir, 'secret.log')
    await writeFile(path, 'x\n')
    await chmod(path, 0o000)
    await expect(sampleOf('secret.log')).rejects.toThrow(`permission denied: ${path}`)
  })
})

function fieldsOf(result: ScanResult, file: string) {
  return result.fields.filter((f) => f.container === resolve(file))
}

describe('scan() of pdscan file fixtures', async () => {
  const expectations = JSON.parse(await readFile(fixture('pdscan/expectations.json'), 'utf8')) as {
    files: { file: string; expect_found?: boolean; rule?: string }[]
  }
  let result: ScanResult
  beforeAll(async () => {
    result = await scan({ sources: [`file:${fixture('pdscan/testdata')}`], connectors: CONNECTORS, now: NOW })
  })

  it('scans every file', () => {
    expect(result.coverage.map((c) => [basename(c.container), c.status])).toEqual([
      ['email', 'scanned'],
      ['email.csv', 'scanned'],
      ['email.txt', 'scanned'],
      ['empty.txt', 'scanned'],
      ['location.csv', 'scanned'],
      ['min-count.txt', 'scanned'],
      ['url.txt', 'scanned'],
    ])
  })

  for (const e of [
    { file: 'testdata/email.csv', expect_found: true, rule: 'email' },
    { file: 'testdata/email', expect_found: true, rule: 'email' },
    { file: 'testdata/email.txt', expect_found: true, rule: 'email' },
    { file: 'testdata/empty.txt', expect_found: false },
    { file: 'testdata/url.txt', expect_found: false },
  ]) {
    it(`${e.file}: ${e.expect_found ? 'e-mail found' : 'nothing reported as an e-mail'} (as pdscan)`, () => {
      expect(expectations.files.find((x) => x.file === e.file)).toMatchObject(e)
      const emails = fieldsOf(result, fixture(`pdscan/${e.file}`)).filter(
        (f) => f.category === 'contact.email',
      )
      expect(emails.length > 0).toBe(e.expect_found)
    })
  }

  it('testdata/empty.txt: nothing at all', () => {
    expect(fieldsOf(result, fixture('pdscan/testdata/empty.txt'))).toEqual([])
  })

  it('testdata/location.csv: latitude + longitude from the header (pdscan misses them)', () => {
    const found = fieldsOf(result, fixture('pdscan/testdata/location.csv'))
    expect(found.map((f) => [f.field, f.category])).toEqual([
      ['latitude', 'location.gps'],
      ['longitude', 'location.gps'],
    ])
  })

  it('testdata/min-count.txt: three addresses found on lines 1 and 2', async () => {
    // Line 2 is a bare address (a value match, not free text), so the field's verdict is a value-scope one with
    // 1 of 2 values valid: low confidence, below the default threshold (see the note in the connector's report).
    const low = await scan({
      sources: [`file:${fixture('pdscan/testdata/min-count.txt')}`],
      connectors: CONNECTORS,
      minConfidence: 'low',
    })
    const [email] = low.fields.filter((f) => f.category === 'contact.email')
    expect(email).toMatchObject({ field: 'message', validated: 1 })
    expect(email!.lines).toEqual([1, 2])
    expect(email!.examples).toHaveLength(3)
  })
})

describe('scan() end to end', () => {
  let result: ScanResult
  let dir: string
  beforeAll(async () => {
    dir = join(tmp, 'e2e')
    await mkdir(dir)
    for (const f of ['app/app.jsonl', 'nginx/access.log', 'plain/app.log', 'gateway/gateway.log'])
      await copyFile(fixture(f), join(dir, f.replace('/', '-')))
    await writeFile(join(dir, 'core.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]))
    await writeFile(
      join(dir, 'legacy.log'),
      Buffer.from('caf\xe9 r\xe9sum\xe9 na\xefve '.repeat(40), 'latin1'),
    )
    result = await scan({ sources: [`file:${dir}`], connectors: CONNECTORS, now: NOW })
  })
  const find = (file: string, field: string) =>
    fieldsOf(result, join(dir, file))
      .filter((f) => f.field === field)
      .map((f) => f.category)

  it('classifies JSON-lines keys with line numbers', () => {
    expect(find('app-app.jsonl', 'user.email')).toEqual(['contact.email'])
    expect(find('app-app.jsonl', 'user.phone')).toEqual(['contact.phone'])
    expect(find('app-app.jsonl', 'user.id_card')).toEqual(['id.national'])
    expect(find('app-app.jsonl', 'client_ip')).toEqual(['network.ip'])
    const email = fieldsOf(result, join(dir, 'app-app.jsonl')).find((f) => f.field === 'user.email')!
    expect(email.lines).toEqual([1, 2, 3, 4, 5, 8, 10])
    expect(email.examples.every((e) => e.includes('*'))).toBe(true)
  })

  it('classifies access-log fields: remote_addr as an IP linked to a person, query parameters', () => {
    expect(find('nginx-access.log', 'remote_addr')).toEqual(['network.ip'])
    expect(find('nginx-access.log', 'query.email')).toEqual(['contact.email'])
    expect(find('nginx-access.log', 'query.phone')).toEqual(['contact.phone'])
    expect(find('nginx-access.log', 'http_user_agent')).toEqual(['network.user_agent'])
    expect(find('nginx-access.log', 'request')).toContain('contact.email')
  })

  it('classifies logfmt keys', () => {
    expect(find('gateway-gateway.log', 'email')).toEqual(['contact.email'])
    expect(find('gateway-gateway.log', 'phone')).toEqual(['contact.phone'])
  })

  it('finds identifiers in plain-text messages, with their lines', () => {
    const found = fieldsOf(result, join(dir, 'plain-app.log'))
    const byCategory = new Map(found.map((f) => [f.category, f]))
    expect(byCategory.get('contact.email')).toMatchObject({ field: 'message', scope: 'text' })
    expect(byCategory.get('contact.phone')).toMatchObject({ field: 'message', scope: 'text' })
    expect(byCategory.get('id.national')).toMatchObject({ field: 'message', scope: 'text' })
    expect(byCategory.get('contact.email')!.lines).toEqual([4, 5, 6, 10])
    expect(byCategory.get('id.national')!.lines).toEqual([5, 7, 10])
  })

  it('records binary and invalid UTF-8 files in coverage with the reason, not as scanned', () => {
    // `failed` today; `skipped` once scan-source honours SamplingError.skipped (see the connector's report).
    const bin = result.coverage.find((c) => c.container === join(dir, 'core.bin'))
    expect(bin).toMatchObject({ kind: 'file', sampledRecords: 0 })
    expect(['failed', 'skipped']).toContain(bin!.status)
    expect(bin!.reason).toMatch(/^binary file: NUL bytes/)
    const legacy = result.coverage.find((c) => c.container === join(dir, 'legacy.log'))
    expect(['failed', 'skipped']).toContain(legacy!.status)
    expect(legacy!.reason).toMatch(/^invalid UTF-8/)
    expect(result.sources[0]).toMatchObject({ kind: 'file' })
    expect(result.sources[0]!.status).toBe(bin!.status === 'failed' ? 'partial' : 'ok')
    expect(result.coverage.filter((c) => c.status === 'scanned')).toHaveLength(4)
  })

  it('reports a missing path as a failed source naming it', async () => {
    const missing = join(tmp, 'nowhere.log')
    const r = await scan({ sources: [`file:${missing}`], connectors: CONNECTORS })
    expect(r.sources[0]).toMatchObject({ status: 'failed', error: `no such file or directory: ${missing}` })
  })
})
