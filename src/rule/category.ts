/** How the law treats a category. `none` marks identifiers recognised as NOT personal (organisation codes). */
export const SENSITIVITIES = ['sensitive', 'personal', 'none'] as const
export type Sensitivity = (typeof SENSITIVITIES)[number]

/** A node of the personal-information taxonomy (GB/T 35273-2020 Annex A/B, PIPL Art. 28, GB/T 43697 Annex B). */
export interface Category {
  /** Stable dotted id (`id.national`); public API used in policies, reports and SARIF. */
  readonly id: string
  /** Parent id, or undefined for a top-level group. */
  readonly parent?: string
  /** Short English label. */
  readonly label: string
  /** Chinese label as used in the standards. */
  readonly labelZh: string
  /** Default sensitivity under GB/T 35273-2020 §3.2 / Annex B (the reading our policies follow). */
  readonly sensitivity: Sensitivity
  /** Legal anchors (article or annex), for explanations. */
  readonly references: readonly string[]
  /** One sentence on what belongs here. */
  readonly description: string
  /**
   * Identity-document numbers: GB/T 35273 lists them as sensitive, TC260-PG-20244A and GB/T 45574-2025 do not
   * when they stand alone. The `idNumberIsSensitive` switch only affects categories with this flag.
   */
  readonly idNumber?: boolean
}

/** Sensitivity switches a policy can set; see shared reference §1.3. */
export interface SensitivityOptions {
  /** GB/T 35273 reading (default true); false follows TC260-PG-20244A / GB/T 45574-2025. */
  readonly idNumberIsSensitive?: boolean
}

export function effectiveSensitivity(category: Category, options: SensitivityOptions = {}): Sensitivity {
  if (category.idNumber && options.idNumberIsSensitive === false) return 'personal'
  return category.sensitivity
}
