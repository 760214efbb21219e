/** Column-level precision, recall, F1 and sensitivity agreement against an answer key. Pure. */
import type { Label } from './labels.js'

export interface Prediction {
  readonly table: string
  readonly field: string
  readonly category: string
  readonly sensitive: boolean
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Score {
  readonly overall: Counts
  readonly byCategory: Map<string, Counts>
  /** True positives whose category matches the label (by id or parent). */
  readonly categoryAgreement: { agree: number; total: number }
  readonly sensitivityAgreement: { agree: number; total: number }
  readonly falsePositives: Prediction[]
  readonly falseNegatives: Label[]
  readonly wrongCategory: { label: Label; prediction: Prediction }[]
}

/** A prediction's category agrees with a label when one is the other or an ancestor of it (`health.*`). */
export function sameCategory(predicted: string, expected: string): boolean {
  const e = expected.replace(/\.\*$/, '')
  return predicted === e || predicted.startsWith(`${e}.`) || e.startsWith(`${predicted}.`)
}

export function score(labels: readonly Label[], predictions: readonly Prediction[]): Score {
  const key = (t: string, f: string) => `${t.toLowerCase()}\u0000${f.toLowerCase()}`
  const labelled = new Map(labels.map((l) => [key(l.table, l.field), l]))
  const predicted = new Map(predictions.map((p) => [key(p.table, p.field), p]))
  const overall: Counts = { tp: 0, fp: 0, fn: 0 }
  const byCategory = new Map<string, Counts>()
  const bucket = (c: string) => {
    const name = c.split('.').slice(0, 2).join('.')
    let counts = byCategory.get(name)
    if (!counts) byCategory.set(name, (counts = { tp: 0, fp: 0, fn: 0 }))
    return counts
  }
  const result: Score = {
    overall,
    byCategory,
    categoryAgreement: { agree: 0, total: 0 },
    sensitivityAgreement: { agree: 0, total: 0 },
    falsePositives: [],
    falseNegatives: [],
    wrongCategory: [],
  }
  for (const [k, p] of predicted) {
    const label = labelled.get(k)
    if (label?.personal === '~') continue
    if (label?.personal === 'Y') {
      overall.tp++
      bucket(label.category).tp++
      result.categoryAgreement.total++
      if (sameCategory(p.category, label.category)) result.categoryAgreement.agree++
      else result.wrongCategory.push({ label, prediction: p })
      result.sensitivityAgreement.total++
      if (p.sensitive === label.sensitive) result.sensitivityAgreement.agree++
    } else {
      overall.fp++
      bucket(p.category).fp++
      result.falsePositives.push(p)
    }
  }
  for (const [k, l] of labelled) {
    if (l.personal === 'Y' && !predicted.has(k)) {
      overall.fn++
      bucket(l.category).fn++
      result.falseNegatives.push(l)
    }
  }
  return result
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
