/** Category labels for the HTML report: English and Chinese labels and the top-level group from the taxonomy. */
import { categories, findCategory } from '../../rules/categories.js'
import type { FieldEntry } from '../../src/scan-result.js'

export interface CategoryInfo {
  readonly id: string
  readonly label: string
  /** Empty for categories outside the built-in taxonomy. */
  readonly labelZh: string
  /** Top-level group id (`contact` for `contact.phone`). */
  readonly group: string
}

export function categoryInfo(id: string, fallbackLabel: string): CategoryInfo {
  const category = findCategory(id)
  let root = category
  for (let depth = 0; root?.parent && depth < 8; depth++) root = findCategory(root.parent) ?? root
  return {
    id,
    label: category?.label ?? fallbackLabel,
    labelZh: category?.labelZh ?? '',
    group: root?.id ?? id.split('.')[0]!,
  }
}

export function groupInfo(groupId: string): CategoryInfo {
  return categoryInfo(groupId, groupId)
}

/** Taxonomy order (GB/T 35273-2020 Table A.1 first); categories outside the taxonomy go last. */
const ORDER = new Map<string, number>(categories.map((c, i) => [c.id, i]))
const rank = (id: string) => ORDER.get(id) ?? ORDER.size

/** Categories present in the fields, grouped and ordered as in the taxonomy. */
export function presentCategories(fields: readonly FieldEntry[]): CategoryInfo[] {
  const seen = new Map<string, CategoryInfo>()
  for (const f of fields)
    if (!seen.has(f.category)) seen.set(f.category, categoryInfo(f.category, f.categoryLabel))
  return [...seen.values()].sort(
    (a, b) => rank(a.group) - rank(b.group) || rank(a.id) - rank(b.id) || a.id.localeCompare(b.id),
  )
}
