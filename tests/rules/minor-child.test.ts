import { minorChild } from '../../rules/minor-child.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(minorChild, {
  detect: [
    { name: 'child_info' },
    { name: 'kindergarten' },
    { name: 'child', strength: 'ambiguous' },
    { name: 'school', strength: 'ambiguous' },
    { name: 'grade', strength: 'ambiguous' },
    { name: 'school_name', strength: 'ambiguous' },
    { name: 'x', comment: '就读学校' },
    { name: 'x', comment: '年级', strength: 'ambiguous' },
  ],
  ignore: [
    { name: 'child_id' },
    { name: 'children_count' },
    { name: 'child_nodes' },
    { name: 'pay_grade' },
    { name: 'product_grade' },
    { name: 'credit_grade' },
    { name: 'child_seat_price' },
    { name: 'x', comment: '儿童票价格' },
  ],
})
