/** Checksums custom rules in pimap.yml may name (`validator: luhn`). Composition root: the CLI wires rules/. */
import type { CustomValidators } from '../policy/custom-rule.js'
import { isPrcId15, isPrcId18 } from '../../rules/validators/gb11643.js'
import { isLuhnValid } from '../../rules/validators/luhn.js'

export const customValidators: CustomValidators = {
  luhn: (v) => isLuhnValid(v.replace(/[\s-]/g, '')),
  gb11643: (v) => isPrcId18(v.toUpperCase()) || isPrcId15(v),
}
