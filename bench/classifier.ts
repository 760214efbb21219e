/**
 * Classifier throughput on a mixed corpus of 1,000,000 values (one core, no I/O), and the regex-safety timing
 * of every rule on 1 MB adversarial strings (the test asserts completion; this measures it).
 */
import { ContainerClassifier } from '../src/classifier/container-classifier.js'
import { NameIndex } from '../src/classifier/match-name.js'
import type { FieldMeta } from '../src/connector/connector.js'
import { findCategory } from '../rules/categories.js'
import { builtinRules } from '../rules/index.js'
import { gb11643CheckChar } from '../rules/validators/gb11643.js'
import { luhnCheckDigit } from '../rules/validators/luhn.js'

/** Deterministic mixed columns, like a wide customer table. */
function corpus(n: number): Map<string, string[]> {
  let seed = 42
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296
  const digits = (k: number) => Array.from({ length: k }, () => Math.floor(rnd() * 10)).join('')
  const columns: Record<string, () => string> = {
    email: () => `user${digits(6)}@${['qq.com', '163.com', 'gmail.com'][Math.floor(rnd() * 3)]}`,
    mobile: () => `13${digits(9)}`,
    id_card: () => {
      const body = `110105${1950 + Math.floor(rnd() * 50)}0${1 + Math.floor(rnd() * 9)}1${Math.floor(rnd() * 9)}${digits(3)}`
      return body + gb11643CheckChar(body)
    },
    real_name: () => ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇'][Math.floor(rnd() * 8)]!,
    card_no: () => {
      const p = `62170${digits(10)}`
      return p + luhnCheckDigit(p)
    },
    address: () => `北京市朝阳区建国路${Math.floor(rnd() * 999)}号${Math.floor(rnd() * 30)}栋`,
    created_at: () => `2024-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)} 10:00:00+08`,
    remark: () => (rnd() < 0.1 ? `客户来电，手机号13${digits(9)}，要求改地址` : '正常'),
    order_no: () => `2024${digits(14)}`,
    ip: () => `36.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}`,
  }
  const names = Object.keys(columns)
  const out = new Map<string, string[]>(names.map((k) => [k, []]))
  for (let i = 0; i < n; i++) {
    const name = names[i % names.length]!
    out.get(name)!.push(columns[name]!())
  }
  return out
}

export interface ClassifierBenchResult {
  readonly values: number
  readonly seconds: number
  readonly valuesPerSecond: number
  readonly detections: readonly string[]
}

export function benchClassifier(n = 1_000_000): ClassifierBenchResult {
  const data = corpus(n)
  const fields: FieldMeta[] = [...data.keys()].map((name) => ({
    name,
    dataType: name === 'created_at' ? 'timestamptz' : 'text',
    typeClass: name === 'created_at' ? 'timestamp' : 'text',
  }))
  const nameIndex = new NameIndex(builtinRules)
  // Warm-up on a small slice so the JIT has compiled the hot path.
  const warm = new ContainerClassifier(
    { id: 'w.w', name: 'customers', kind: 'table', fields },
    { now: new Date(), rules: builtinRules, nameIndex, findCategory },
  )
  warm.add({ records: 1000, values: new Map([...data].map(([k, v]) => [k, v.slice(0, 1000)])) })
  const session = new ContainerClassifier(
    { id: 'b.b', name: 'customers', kind: 'table', fields },
    { now: new Date(), rules: builtinRules, nameIndex, findCategory },
  )
  const started = process.hrtime.bigint()
  const batch = 2000
  const total = n / data.size
  for (let i = 0; i < total; i += batch) {
    session.add({ records: batch, values: new Map([...data].map(([k, v]) => [k, v.slice(i, i + batch)])) })
  }
  const results = session.finish()
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return {
    values: n,
    seconds,
    valuesPerSecond: n / seconds,
    detections: results.flatMap((r) =>
      [r.detection, ...r.embedded].flatMap((d) =>
        d ? [`${r.field.name}:${d.category}${d.scope === 'text' ? '(text)' : ''}`] : [],
      ),
    ),
  }
}

/** Worst time of each rule's regexes and checks over adversarial 1 MB strings. */
export function benchRegexSafety(): { rule: string; input: string; ms: number }[] {
  const inputs: Record<string, string> = {
    digits: '1'.repeat(1_000_000),
    'at-signs': 'a@'.repeat(500_000),
    dots: '1.'.repeat(500_000),
    dashes: '-'.repeat(1_000_000),
    'digits-spaces': '1 '.repeat(500_000),
    han: '\u4e00'.repeat(1_000_000),
    colons: 'a:'.repeat(500_000),
  }
  const out: { rule: string; input: string; ms: number }[] = []
  for (const rule of builtinRules) {
    for (const [label, input] of Object.entries(inputs)) {
      const started = process.hrtime.bigint()
      for (const p of rule.patterns ?? []) p.regex.test(input)
      if (rule.scan) {
        rule.scan.lastIndex = 0
        let guard = 0
        while (rule.scan.exec(input) && guard++ < 100_000);
      }
      out.push({ rule: rule.id, input: label, ms: Number(process.hrtime.bigint() - started) / 1e6 })
    }
  }
  return out.sort((a, b) => b.ms - a.ms)
}
