import { defineRule } from '../src/rule/rule.js'

const DATE =
  /^(?:18|19|20)\d{2}[-/.年]?(?:0?[1-9]|1[0-2])[-/.月]?(?:0?[1-9]|[12]\d|3[01])日?(?:[T ][\d:.+\-Z ]*)?$/

/** Birth dates: a name rule; dates confirm the shape but created_at is a date too, so values never decide alone. */
export const birthDate = defineRule({
  id: 'birth-date',
  category: 'person.birthdate',
  description: 'Date of birth or birthday',
  references: ['GB/T 35273-2020 Table A.1', 'PIPL Art. 31 (age of minors)'],
  names: [
    'birthday',
    'birth date',
    'birthdate',
    'date of birth',
    'dob',
    'birth day',
    'born',
    'born on',
    'birth',
    'csrq',
    'shengri',
    'csny',
    'chusheng riqi',
    'chushengriqi',
    'birth dt',
    'bday',
    'birth time',
    'birth ymd',
  ],
  keywords: ['出生日期', '生日', '出生年月', '出生年月日', '出生时间'],
  excludeTokens: [
    'privilege',
    'priviledge',
    'coupon',
    'gift',
    'benefit',
    'discount',
    'remind',
    'reminder',
    'greeting',
    'wish',
    'bonus',
    'reward',
    'sms',
    'place',
    'city',
    'country',
    'province',
    'rate',
    'weight',
    'certificate',
    'cert',
    'flag',
    'party',
    'cake',
    'order',
    'campaign',
    'promo',
    'points',
    'card',
  ],
  types: ['date', 'timestamp', 'text', 'integer', 'other', 'json', 'array'],
  prefilter: {
    minLength: 6,
    maxLength: 40,
    require: ['digit'],
    allow: ['digit', 'dash', 'slash', 'dot', 'space', 'colon', 'plus', 'upper', 'han'],
  },
  patterns: [{ name: 'date', regex: DATE, score: 0.3 }],
  validate: (v) => {
    const m = /^(\d{4})\D?(\d{1,2})\D?(\d{1,2})/.exec(v)
    if (!m) return false
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!]
    const date = new Date(Date.UTC(y, mo - 1, d))
    return y >= 1900 && date.getUTCDate() === d && date.getTime() <= Date.now() ? true : false
  },
  birthDate: (v) => {
    const m = /^(\d{4})\D?(\d{1,2})\D?(\d{1,2})/.exec(v)
    return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined
  },
  valueEvidence: 'weak',
  valuesExpected: true,
})
