/** Terminal rendering of an enforcement plan and of what `--apply` did. Pure. */
import type { ApplyReport } from '../src/enforce/apply-plan.js'
import type { EnforcementPlan } from '../src/enforce/enforcement-plan.js'

export function renderPlan(plan: EnforcementPlan): string {
  const out = [
    `enforcement plan ${plan.id} (${plan.items.length} container(s) with records past retention)`,
    '',
  ]
  if (plan.items.length === 0) out.push('Nothing is past retention. Nothing to do.')
  for (const item of plan.items) {
    out.push(`${item.container}  [${item.source}]`)
    out.push(
      `  ${item.action} ${item.expired.toLocaleString('en')} record(s) with ${item.clockField} < ${item.cutoff}${item.keyField ? `, batched by ${item.keyField}` : ''}`,
    )
    for (const f of item.fields) out.push(`    ${f.field} (${f.category}) -> ${f.operator}`)
    if (item.skippedFields.length > 0)
      out.push(`    not changed (nested paths): ${item.skippedFields.join(', ')}`)
    if (item.refused) out.push(`  REFUSED: ${item.refused}`)
    out.push('')
  }
  out.push('Nothing was changed. Run again with --apply to execute this plan.')
  return `${out.join('\n')}\n`
}

export function renderApplyReport(report: ApplyReport): string {
  const out = [`applied plan ${report.plan} (run ${report.run}); audit log: ${report.auditLog}`]
  if (report.recovered > 0)
    out.push(`reconciled ${report.recovered} batch(es) committed by an interrupted earlier run`)
  for (const i of report.items) {
    out.push(
      `  ${i.status.padEnd(8)} ${i.container}: ${i.action} ${i.processed.toLocaleString('en')} record(s) in ${i.batches} batch(es)${i.reason ? ` (${i.reason})` : ''}`,
    )
  }
  out.push(`total: ${report.processed.toLocaleString('en')} record(s)`)
  return `${out.join('\n')}\n`
}
