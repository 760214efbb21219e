import { nationality } from '../../rules/nationality.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(nationality, {
  detect: [
    { name: 'nationality' },
    { name: 'citizenship' },
    { name: 'native_place' },
    { name: 'birth_place' },
    { name: 'jiguan' },
    { name: 'guoji' },
    { name: 'jg', strength: 'ambiguous' },
    { name: 'x', comment: '籍贯' },
    { name: 'x', comment: '国籍' },
  ],
  ignore: [
    { name: 'nationality_list' },
    { name: 'product_origin' },
    { name: 'nationality_type' },
    { name: 'wine_birthplace' },
    { name: 'x', comment: '国籍类型' },
  ],
})
