/**
 * Enforcement on log files: the plan changes nothing, --apply deletes expired rotated files whole and drops or
 * redacts exactly the expired lines of the others (JSON lines, logfmt, plain text) with an audit trail of counts
 * and line ranges, a rerun touches nothing, --max-rows caps a run, a batch killed before or after its rename is
 * reconciled, and a SIGKILL in the middle of --apply followed by a rerun processes every planned line once.
 */
import { createHash } from 'node:crypto'
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { LineRedactor } from '../../connectors/logfile/log-redact.js'
import { LogfileConnector } from '../../connectors/logfile/logfile-connector.js'
import { tempPathOf } from '../../connectors/logfile/logfile-writer.js'
import { findCategory } from '../../rules/categories.js'
import type { RetentionTask } from '../../src/connector/connector.js'
import { AuditLog, readAuditLog, type AuditEntry } from '../../src/enforce/audit-log.js'
import { enforce } from '../../src/enforce/enforce.js'
import type { EnforcementPlan } from '../../src/enforce/enforcement-plan.js'
import { generalizeText, maskText } from '../../src/enforce/operators.js'
import { loadPolicy } from '../../src/policy/load-policy.js'
import { cli } from '../helpers/run-cli.js'
import { killMidApply } from '../helpers/kill-mid-apply.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/logs-enforce/', import.meta.url))
/** Cutoff for P6M: 2025-12-01T00:00:00Z. */
const NOW = new Date('2026-06-01T00:00:00Z')
const OPTIONS = { statementTimeoutMs: 10_000, maxConnections: 1 }
const GZ_LINES = [
  '{"ts":"2025-07-01T08:00:00Z","msg":"login","user":{"email":"gz.one@example.com","phone":"13811110000"}}',
  '{"ts":"2025-07-02T08:00:00Z","msg":"login","user":{"email":"gz.two@example.com","phone":"13811110001"}}',
]
/** Records past retention per file, as planned (a stack trace belongs to the JSON line before it). */
const PLANNED: Readonly<Record<string, readonly ['delete' | 'anonymize', number]>> = {
  'api/app-2025-11-29.log': ['delete', 2],
  'api/app.log': ['delete', 3],
  'api/app.log.1': ['delete', 3],
  'api/app.log.2.gz': ['delete', 2],
  'gateway/gateway.log': ['anonymize', 4],
  'plain/app.log': ['anonymize', 4],
}
const PLANNED_TOTAL = Object.values(PLANNED).reduce((n, [, c]) => n + c, 0)
/** Personal values of the expired lines: none may survive --apply, and none may reach the audit log. */
const SECRETS = [
  'zhang.wei@example.com',
  '13812345678',
  'li.na@example.cn',
  '13987654321',
  'wang.fang@example.org',
  '15000001111',
  '17712345678',
  '440305199203084517',
  '310104198506172011',
  '18611112222',
  '36.112.45.17',
  'chen.jie@example.net',
]

const tmp = await mkdtemp(join(tmpdir(), 'pimap-logfile-enforce-'))
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

const policyText = (logs: string, action = 'anonymize') => `version: 1
sources: [{ id: logs, url: "file:${logs}" }]
purposes:
  - id: api
    description: API logs
    legalBasis: legal_obligation
    categories: [network, contact, id]
    retention: { duration: P6M, from: created, action: delete }
  - id: support
    description: support logs
    legalBasis: contract
    categories: [network, contact, id, person]
    retention: { duration: P6M, from: created, action: ${action} }
mappings:
  - { match: "logs:${logs}/api/**", purposes: [api] }
  - { match: "logs:${logs}/gateway/**", purposes: [support] }
  - { match: "logs:${logs}/plain/**", purposes: [support] }
  - { match: "logs:${logs}/big/**", purposes: [support] }
`

/** A fresh copy of the fixtures (plus a compressed rotated file, and a file with mode 0640) and its policy. */
async function setup(name: string) {
  const dir = join(tmp, name)
  const logs = join(dir, 'logs')
  await mkdir(dir, { recursive: true })
  await cp(FIXTURES, logs, { recursive: true })
  await writeFile(join(logs, 'api', 'app.log.2.gz'), gzipSync(`${GZ_LINES.join('\n')}\n`))
  await chmod(join(logs, 'gateway', 'gateway.log'), 0o640)
  await writeFile(join(dir, 'pimap.yml'), policyText(logs))
  const policy = await loadPolicy(join(dir, 'pimap.yml'), { findCategory })
  return { dir, logs, policy, audit: join(dir, 'audit.jsonl') }
}

/** sha256 of every file under `root`, by relative path. */
async function checksums(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const rel of (await readdir(root, { recursive: true })).sort()) {
    const path = join(root, rel)
    if ((await stat(path)).isFile())
      out[rel] = createHash('sha256')
        .update(await readFile(path))
        .digest('hex')
  }
  return out
}

/** Lines of a file with their endings (`\n`, `\r\n`, or none for the last). */
const linesOf = async (path: string) => (await readFile(path, 'utf8')).split(/(?<=\n)/)
const fixtureLines = (rel: string) => linesOf(join(FIXTURES, rel))
const relative = (logs: string, container: string) => container.slice(logs.length + 1)

function doneCounts(entries: readonly AuditEntry[], logs: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const e of entries) {
    const committed = e.event === 'batch-done' || (e.event === 'batch-recovered' && e.committed)
    if (committed && e.container) {
      const rel = relative(logs, e.container)
      out[rel] = (out[rel] ?? 0) + (e.count ?? 0)
    }
  }
  return out
}

/** The expected content of every file after the whole plan ran. */
async function expectEnforced(logs: string): Promise<void> {
  const files = Object.keys(await checksums(logs))
  expect(files.filter((f) => f.endsWith('.pimap-enforce.tmp'))).toEqual([])
  // Rotated files past retention are gone; the dated one partly past it keeps its live line.
  expect(files).not.toContain('api/app.log.1')
  expect(files).not.toContain('api/app.log.2.gz')
  expect(await linesOf(join(logs, 'api/app-2025-11-29.log'))).toEqual(
    (await fixtureLines('api/app-2025-11-29.log')).slice(2),
  )
  // The active JSON log loses its expired lines, stack trace included; the line at the cutoff stays.
  expect(await linesOf(join(logs, 'api/app.log'))).toEqual((await fixtureLines('api/app.log')).slice(5))

  const gateway = await fixtureLines('gateway/gateway.log')
  const gatewayNow = await linesOf(join(logs, 'gateway/gateway.log'))
  expect(gatewayNow).toHaveLength(gateway.length)
  expect(gatewayNow[0]).toBe(
    gateway[0]!
      .replace('zhang.wei@example.com', maskText('zhang.wei@example.com'))
      .replace('13812345678', '138****5678')
      .replace('36.112.45.17', '36.112.45.0'),
  )
  // Identifiers inside a message are masked in place (a text-scope finding); quoting and CRLF are kept.
  expect(gatewayNow[2]).toContain('msg="sms sent to 150****1111"')
  expect(gatewayNow[4]).toBe(
    'time="2025-09-01T16:02:00+08:00" level=info msg="id verified" user_id=1004 email="chen.j**********.net" phone=177****5678 id_card=4403051992********\r\n',
  )
  // Expired without personal data, and not expired: byte-identical.
  for (const i of [3, 5, 6]) expect(gatewayNow[i]).toBe(gateway[i])
  expect((await stat(join(logs, 'gateway/gateway.log'))).mode & 0o777).toBe(0o640)

  const plain = await fixtureLines('plain/app.log')
  const plainNow = await linesOf(join(logs, 'plain/app.log'))
  expect(plainNow[1]).toBe(
    '2025-03-01 08:00:05 INFO New member registered: 张伟 email zhang.***********.com mobile 138****5678\n',
  )
  expect(plainNow[2]).toBe(
    '2025-03-01 08:00:09 INFO Real-name check ok for 李娜 (ID 4403051992********), contact li.na@******e.cn / 139****4321\n',
  )
  for (const i of [0, 5, 6, 7]) expect(plainNow[i]).toBe(plain[i])
  for (const line of [...gatewayNow.slice(0, 5), ...plainNow.slice(0, 6)])
    for (const s of SECRETS) expect(line).not.toContain(s)
}

async function planOf(setupResult: Awaited<ReturnType<typeof setup>>): Promise<EnforcementPlan> {
  const { plan } = await enforce({
    policy: setupResult.policy,
    apply: false,
    auditLogPath: setupResult.audit,
    now: NOW,
  })
  return plan
}

describe('enforcement on log files', () => {
  it('plans delete and anonymize items without changing anything', async () => {
    const s = await setup('plan')
    const before = await checksums(s.logs)
    const { plan, scan } = await enforce({ policy: s.policy, apply: false, auditLogPath: s.audit, now: NOW })
    expect(await checksums(s.logs)).toEqual(before)
    expect(
      Object.fromEntries(plan.items.map((i) => [relative(s.logs, i.container), [i.action, i.expired]])),
    ).toEqual(PLANNED)
    // Files are addressed by line numbers: no primary key needed.
    expect(plan.items.filter((i) => i.refused)).toEqual([])
    const gateway = plan.items.find((i) => i.container.endsWith('gateway/gateway.log'))!
    expect(Object.fromEntries(gateway.fields.map((f) => [f.field, f.operator]))).toMatchObject({
      email: 'mask',
      phone: 'mask',
      ip: 'generalize',
      id_card: 'generalize',
    })
    const plain = plan.items.find((i) => i.container.endsWith('plain/app.log'))!
    expect(plain.fields.map((f) => [f.field, f.category, f.scope]).sort()).toEqual([
      ['message', 'contact.email', 'text'],
      ['message', 'contact.phone', 'text'],
      ['message', 'id.national', 'text'],
    ])
    // Plain text has no time key: each line's own timestamp is the created clock.
    expect(plain.clockField).toBe('line time')
    expect(
      scan.findings
        .filter((f) => f.checkId === 'retention-exceeded')
        .map((f) => relative(s.logs, f.container!))
        .sort(),
    ).toEqual(Object.keys(PLANNED))
    expect(await readFile(s.audit, 'utf8').catch(() => 'none')).toBe('none')
  })

  it('applies in batches, audits counts and line ranges without values, and a rerun touches nothing', async () => {
    const s = await setup('apply')
    const { report } = await enforce({
      policy: s.policy,
      apply: true,
      auditLogPath: s.audit,
      batchSize: 2,
      now: NOW,
    })
    expect(
      Object.fromEntries(report!.items.map((i) => [relative(s.logs, i.container), [i.status, i.processed]])),
    ).toEqual(Object.fromEntries(Object.entries(PLANNED).map(([f, [, n]]) => [f, ['done', n]])))
    expect(report!.processed).toBe(PLANNED_TOTAL)
    await expectEnforced(s.logs)

    const entries = readAuditLog(s.audit)
    expect(doneCounts(entries, s.logs)).toEqual(
      Object.fromEntries(Object.entries(PLANNED).map(([f, [, n]]) => [f, n])),
    )
    const done = entries.filter((e) => e.event === 'batch-done')
    for (const e of done) {
      expect(e).toMatchObject({
        keyFrom: expect.stringMatching(/^\d+$/),
        keyTo: expect.stringMatching(/^\d+$/),
      })
      expect(Number(e.keyFrom)).toBeLessThanOrEqual(Number(e.keyTo))
    }
    // The compressed rotated file went whole, in one batch covering all its lines.
    expect(done.filter((e) => e.container!.endsWith('app.log.2.gz'))).toMatchObject([
      { count: 2, keyFrom: '1', keyTo: '2', action: 'delete' },
    ])
    // Anonymize batches go through the file from the top: lines 1-2, then 3 and 5 (4 had nothing personal).
    expect(
      done.filter((e) => e.container!.endsWith('gateway.log')).map((e) => [e.keyFrom, e.keyTo, e.count]),
    ).toEqual([
      ['1', '2', 2],
      ['3', '5', 2],
    ])
    const text = await readFile(s.audit, 'utf8')
    for (const secret of [...SECRETS, 'gz.one', '@example', '138****']) expect(text).not.toContain(secret)

    const after = await checksums(s.logs)
    const again = await enforce({
      policy: s.policy,
      apply: true,
      auditLogPath: s.audit,
      batchSize: 2,
      now: NOW,
    })
    expect(again.plan.items).toEqual([])
    expect(again.scan.findings.filter((f) => f.checkId === 'retention-exceeded')).toEqual([])
    expect(again.report!.processed).toBe(0)
    expect(await checksums(s.logs)).toEqual(after)
  })

  it('caps a run with maxRows (--max-rows) and finishes on the next run', async () => {
    const s = await setup('max-rows')
    const first = await enforce({
      policy: s.policy,
      apply: true,
      auditLogPath: s.audit,
      batchSize: 2,
      maxRows: 6,
      now: NOW,
    })
    expect(first.report!.processed).toBe(6)
    expect(first.report!.items.map((i) => i.status)).toContain('partial')
    const second = await enforce({
      policy: s.policy,
      apply: true,
      auditLogPath: s.audit,
      batchSize: 2,
      now: NOW,
    })
    expect(second.report!.processed).toBe(PLANNED_TOTAL - 6)
    expect(Object.values(doneCounts(readAuditLog(s.audit), s.logs)).reduce((a, b) => a + b, 0)).toBe(
      PLANNED_TOTAL,
    )
    await expectEnforced(s.logs)
  })

  it('reconciles batches killed before the rename (original intact) and after it (counted once)', async () => {
    const s = await setup('reconcile')
    const plan = await planOf(s)
    const connector = new LogfileConnector(`file:${s.logs}`, OPTIONS, { now: NOW })
    await connector.connect()
    const containers = await connector.listContainers()
    const writer = await connector.openWriter()
    const audit = new AuditLog(s.audit)
    const taskOf = (rel: string): RetentionTask => {
      const item = plan.items.find((i) => i.container === join(s.logs, rel))!
      return {
        container: containers.find((c) => c.id === item.container)!,
        action: item.action,
        clockField: item.clockField,
        cutoff: new Date(item.cutoff),
        fields: item.fields,
      }
    }
    const pending =
      (rel: string, batch: string) => (r: { processed: number; keyFrom?: string; keyTo?: string }) =>
        audit.write({
          run: 'killed',
          plan: plan.id,
          event: 'batch-pending',
          source: 'logs',
          container: join(s.logs, rel),
          action: PLANNED[rel]![0],
          batch,
          count: r.processed,
          ...(r.keyFrom ? { keyFrom: r.keyFrom, keyTo: r.keyTo } : {}),
        })
    // Killed after the temporary file was written and the pending entry logged, before the rename.
    // The rotated file would be deleted whole: killed between its pending entry and the unlink.
    for (const [rel, limit] of [
      ['gateway/gateway.log', 2],
      ['api/app.log', 2],
      ['api/app.log.1', 10],
    ] as const) {
      const path = join(s.logs, rel)
      const original = await readFile(path)
      await expect(
        writer.nextBatch(taskOf(rel), limit, undefined, (r) => {
          pending(rel, `before-rename:${rel}`)(r)
          throw new Error('SIGKILL')
        }),
      ).rejects.toThrow(/SIGKILL/)
      expect(await readFile(path)).toEqual(original)
      await expect(stat(tempPathOf(path))).resolves.toBeTruthy()
      expect(await writer.remaining(taskOf(rel), '1', rel === 'api/app.log.1' ? '3' : '2')).toBe(
        rel === 'api/app.log.1' ? 3 : 2,
      )
    }
    // Scans never list the temporary files.
    expect((await connector.listContainers()).map((c) => c.id).filter((id) => id.endsWith('.tmp'))).toEqual(
      [],
    )
    // Killed after the rename, before `batch-done`.
    for (const rel of ['plain/app.log', 'api/app-2025-11-29.log']) {
      const r = await writer.nextBatch(taskOf(rel), 1, undefined, pending(rel, `after-rename:${rel}`))
      expect(r.processed).toBe(1)
      expect(await writer.remaining(taskOf(rel), r.keyFrom, r.keyTo)).toBe(0)
    }
    audit.close()
    await writer.close()
    await connector.close()

    // An orphaned marker of a file deleted whole (killed after the unlink) is swept by the next run.
    const orphan = tempPathOf(join(s.logs, 'api/app.log.9'))
    await writeFile(orphan, '')
    const { report } = await enforce({
      policy: s.policy,
      apply: true,
      auditLogPath: s.audit,
      batchSize: 2,
      now: NOW,
    })
    expect(report!.recovered).toBe(2)
    await expect(stat(orphan)).rejects.toThrow(/ENOENT/)
    const recovered = readAuditLog(s.audit).filter((e) => e.event === 'batch-recovered')
    expect(recovered.map((e) => [e.batch, e.committed, e.count]).sort()).toEqual([
      ['after-rename:api/app-2025-11-29.log', true, 1],
      ['after-rename:plain/app.log', true, 1],
      ['before-rename:api/app.log', false, 0],
      ['before-rename:api/app.log.1', false, 0],
      ['before-rename:gateway/gateway.log', false, 0],
    ])
    expect(doneCounts(readAuditLog(s.audit), s.logs)).toEqual(
      Object.fromEntries(Object.entries(PLANNED).map(([f, [, n]]) => [f, n])),
    )
    await expectEnforced(s.logs)
  })

  it('refuses to rename over a file that changed while it was rewritten (a logger still appending)', async () => {
    const s = await setup('appending')
    const plan = await planOf(s)
    const connector = new LogfileConnector(`file:${s.logs}`, OPTIONS, { now: NOW })
    await connector.connect()
    const containers = await connector.listContainers()
    const writer = await connector.openWriter()
    const path = join(s.logs, 'gateway/gateway.log')
    const item = plan.items.find((i) => i.container === path)!
    const task: RetentionTask = {
      container: containers.find((c) => c.id === path)!,
      action: item.action,
      clockField: item.clockField,
      cutoff: new Date(item.cutoff),
      fields: item.fields,
    }
    const appended = 'ts=2026-05-31T00:00:00Z level=info msg="late" email=late@example.com\n'
    await expect(
      writer.nextBatch(task, 10, undefined, async () => {
        await writeFile(path, appended, { flag: 'a' })
      }),
    ).rejects.toThrow(/changed while it was being rewritten/)
    const lines = await linesOf(path)
    expect(lines.slice(0, -1)).toEqual(await fixtureLines('gateway/gateway.log'))
    expect(lines.at(-1)).toBe(appended)
    await connector.close()
  })
})

describe('LineRedactor', () => {
  const mask = (field: string, category = 'contact.phone') => ({ field, category, operator: 'mask' as const })

  it('replaces only the bytes of planned JSON values: big integers, escapes and spacing stay as written', () => {
    const r = new LineRedactor({ kind: 'json' }, { fields: [mask('user.phone'), mask('contacts[].phone')] })
    const line =
      '{"order_id": 202405010000123456, "note":"caf\\u00e9 \\"quoted\\"", "user":{"phone":13812345678}, "contacts":[{"phone":"13987654321"}]}'
    expect(r.redact(line)).toBe(
      '{"order_id": 202405010000123456, "note":"caf\\u00e9 \\"quoted\\"", "user":{"phone":"138****5678"}, "contacts":[{"phone":"139****4321"}]}',
    )
    expect(r.redact(r.redact(line))).toBe(r.redact(line))
    expect(r.redact('not json {')).toBe('not json {')
  })

  it('nullifies JSON values as null and logfmt values as empty, quoting values that need it', () => {
    const nullify = { field: 'password', category: 'credential.password', operator: 'nullify' as const }
    expect(
      new LineRedactor({ kind: 'json' }, { fields: [nullify] }).redact('{"password":"hunter2","a":1}'),
    ).toBe('{"password":null,"a":1}')
    const logfmt = new LineRedactor({ kind: 'logfmt' }, { fields: [nullify, mask('phone')] })
    expect(logfmt.redact('ts=1 password=hunter2 phone="138 1234 5678" x=1')).toBe(
      `ts=1 password= phone="${maskText('138 1234 5678')}" x=1`,
    )
  })

  it('masks identifiers inside plain text and query parameters of access logs, and keeps a BOM', () => {
    const text = new LineRedactor(
      { kind: 'text' },
      {
        fields: [
          { ...mask('message', 'contact.email'), scope: 'text' },
          { ...mask('message'), scope: 'text' },
        ],
      },
    )
    expect(
      text.redact('\ufeff2024-05-01 INFO mail a.b@example.com or 13812345678, order 20240501000012'),
    ).toBe(`\ufeff2024-05-01 INFO mail ${maskText('a.b@example.com')} or 138****5678, order 20240501000012`)
    const access = new LineRedactor(
      { kind: 'access' },
      { fields: [mask('query.phone'), mask('remote_user', 'x')] },
    )
    expect(
      access.redact(
        '1.2.3.4 - alice [01/May/2024:08:00:01 +0800] "GET /a?phone=13812345678&p=2 HTTP/1.1" 200 5',
      ),
    ).toBe('1.2.3.4 - a***e [01/May/2024:08:00:01 +0800] "GET /a?phone=138****5678&p=2 HTTP/1.1" 200 5')
  })
})

describe('log files through the CLI (real clock)', () => {
  const DAY = 86_400_000
  const iso = (t: number) => new Date(t).toISOString()

  it('pimap scan --config reports retention-exceeded counts; enforce --max-rows caps a run', async () => {
    const dir = join(tmp, 'cli')
    const logs = join(dir, 'logs')
    await mkdir(join(logs, 'gateway'), { recursive: true })
    const now = Date.now()
    const lines = Array.from({ length: 12 }, (_, i) => {
      const t = i < 7 ? now - (400 - i) * DAY : now - (12 - i) * DAY
      return `ts=${iso(t)} level=info msg="order created" user_id=${i} email=user${i}@example.com phone=139${String(i).padStart(8, '0')} ip=36.112.${i}.9\n`
    })
    await writeFile(join(logs, 'gateway', 'gateway.log'), lines.join(''))
    await writeFile(join(dir, 'pimap.yml'), policyText(logs))
    const scan = await cli(['scan', '--config', 'pimap.yml', '--format', 'json', '--quiet'], { cwd: dir })
    const result = JSON.parse(scan.stdout) as {
      retention: { container: string; expired: number; action: string }[]
      findings: { checkId: string; container?: string; message: string }[]
    }
    expect(result.retention).toMatchObject([
      { container: join(logs, 'gateway/gateway.log'), expired: 7, action: 'anonymize' },
    ])
    const finding = result.findings.find((f) => f.checkId === 'retention-exceeded')!
    expect(finding.message).toMatch(/^7 record\(s\) in .*gateway\.log are older than P6M from created \(ts\)/)

    const capped = await cli(
      [
        'enforce',
        '--config',
        'pimap.yml',
        '--apply',
        '--max-rows',
        '3',
        '--batch-size',
        '2',
        '--format',
        'json',
      ],
      { cwd: dir },
    )
    expect(capped.code).toBe(0)
    expect(JSON.parse(capped.stdout).report.processed).toBe(3)
    const rest = await cli(['enforce', '--config', 'pimap.yml', '--apply', '--format', 'json', '--quiet'], {
      cwd: dir,
    })
    expect(JSON.parse(rest.stdout).report.processed).toBe(4)
    const after = await cli(['scan', '--config', 'pimap.yml', '--format', 'json', '--quiet'], { cwd: dir })
    expect((JSON.parse(after.stdout) as typeof result).retention[0]).toMatchObject({ expired: 0 })
  })

  describe.each(['anonymize', 'delete'] as const)('SIGKILL mid-apply (%s)', (action) => {
    it(
      'the rerun processes every planned line exactly once and leaves live lines byte-identical',
      { timeout: 120_000 },
      async () => {
        const EXPIRED = 3000
        const LIVE = 300
        const dir = join(tmp, `crash-${action}`)
        const logs = join(dir, 'logs')
        const path = join(logs, 'big', 'big.log')
        await mkdir(join(logs, 'big'), { recursive: true })
        const now = Date.now()
        const line = (i: number) => {
          const t = i < EXPIRED ? now - 400 * DAY + i * 1000 : now - 2 * DAY + i * 1000
          return `${JSON.stringify({ ts: iso(t), seq: i, user: { email: `user${i}@example.com`, phone: `139${String(i).padStart(8, '0')}` }, client_ip: `36.112.${i % 200}.${(i % 50) + 1}` })}\n`
        }
        const original = Array.from({ length: EXPIRED + LIVE }, (_, i) => line(i))
        await writeFile(path, original.join(''))
        await writeFile(join(dir, 'pimap.yml'), policyText(logs, action))
        const audit = join(dir, 'audit.jsonl')
        // Small batches: 300 rewrites of the whole file, long enough to be killed in the middle.
        // After 20 batches, kill as soon as a batch is pending (between its audit entry and its rename, or
        // just after the rename), or after 200 ms when none is caught.
        const childErr = await killMidApply({ config: join(dir, 'pimap.yml'), audit, whilePendingMs: 200 })
        const midway = await linesOf(path)
        const changed =
          action === 'delete'
            ? EXPIRED + LIVE - midway.length
            : midway.filter((l) => l.includes('139****')).length
        expect(changed, `the child made no progress: ${childErr}`).toBeGreaterThan(0)
        expect(changed).toBeLessThan(EXPIRED)

        const { report } = await enforce({
          policy: await loadPolicy(join(dir, 'pimap.yml'), { findCategory }),
          apply: true,
          auditLogPath: audit,
          batchSize: 500,
        })
        expect(report!.items).toMatchObject([{ container: path, status: 'done' }])
        const final = await linesOf(path)
        if (action === 'delete') expect(final).toEqual(original.slice(EXPIRED))
        else {
          expect(final).toHaveLength(EXPIRED + LIVE)
          expect(final.slice(EXPIRED)).toEqual(original.slice(EXPIRED))
          for (let i = 0; i < EXPIRED; i++) {
            const doc = JSON.parse(final[i]!) as { user: { email: string; phone: string }; client_ip: string }
            const src = JSON.parse(original[i]!) as typeof doc
            expect(doc.user).toEqual({ email: maskText(src.user.email), phone: maskText(src.user.phone) })
            expect(doc.client_ip).toBe(generalizeText(src.client_ip, 'network.ip'))
          }
        }
        expect(Object.keys(await checksums(logs))).toEqual(['big/big.log'])
        const entries = readAuditLog(audit)
        expect(doneCounts(entries, logs)).toEqual({ 'big/big.log': EXPIRED })
        const recovered = entries.filter((e) => e.event === 'batch-recovered')
        expect(recovered.length).toBeLessThanOrEqual(1)
        console.log(
          `[logfile enforce: ${action}] killed after ${changed} lines; rerun finished ${report!.items[0]!.processed} ` +
            `(${recovered.map((e) => (e.committed ? 'pending batch had committed' : 'pending batch had not committed')).join('') || 'no pending batch'})`,
        )
      },
    )
  })
})
