import { defineRule } from '../src/rule/rule.js'

/** UK postcode areas (the letters before the first digit); a UK-shaped value in another area is only a shape. */
const UK_AREAS = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
    'FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N ' +
    'NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF ' +
    'TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
)

/** A real UK postcode: known area, and the inward letters never use C, I, K, M, O or V. */
function isUkPostcode(v: string): boolean {
  const s = v.toUpperCase().replace(' ', '')
  if (s === 'GIR0AA') return true
  const m = /^([A-Z]{1,2})\d[A-Z\d]?\d([A-Z]{2})$/.exec(s)
  return m !== null && UK_AREAS.has(m[1]!) && /^[ABD-HJLNP-UW-Z]{2}$/.test(m[2]!)
}

/** Postal codes (CN 6 digits, US ZIP, UK, Canada and common European forms). Name-led: any 5 digits look alike. */
export const postalCode = defineRule({
  id: 'postal-code',
  category: 'contact.postal_code',
  description: 'Postal or ZIP code of an address (recognised by name; values only confirm)',
  references: ['GB/T 35273-2020 Table A.1'],
  names: [
    'zip',
    'zip code',
    'zipcode',
    'postcode',
    'post code',
    'postal code',
    'postalcode',
    'yzbm',
    'youbian',
    'postal',
  ],
  // yb is 邮编 or 医保 (medical insurance).
  weakNames: ['yb'],
  keywords: ['邮编', '邮政编码'],
  excludeTokens: [
    'file',
    'archive',
    'level',
    'compress',
    'compressed',
    'format',
    'path',
    'territory',
    'region',
  ],
  types: ['text', 'integer', 'other', 'json', 'array'],
  prefilter: {
    minLength: 3,
    maxLength: 10,
    require: ['digit'],
    allow: ['digit', 'upper', 'lower', 'space', 'dash'],
  },
  patterns: [
    { name: 'digits', regex: /^\d{4,6}(?:-\d{4})?$/, score: 0.2 },
    { name: 'uk', regex: /^(?:[A-Za-z]{1,2}\d[A-Za-z\d]?|GIR) ?\d[A-Za-z]{2}$/, score: 0.3 },
    { name: 'ca', regex: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/, score: 0.3 },
    { name: 'prefixed', regex: /^[A-Z]{1,2}-?\d{4,5}$/, score: 0.2 },
  ],
  validate: (v, pattern) => (pattern === 'uk' && isUkPostcode(v) ? true : undefined),
  valueEvidence: 'weak',
  needsPersonContext: true,
  // Only UK postcodes are distinctive enough to find in free text; they validate against the area list.
  scan: /(?<![A-Za-z0-9])(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/g,
})
