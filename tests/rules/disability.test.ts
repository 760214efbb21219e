import { disability } from '../../rules/disability.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(disability, {
  detect: [
    { name: 'disability' },
    { name: 'disability_level' },
    { name: 'disability_cert_no' },
    { name: 'cjzh' },
    { name: 'disabilityType' },
    { name: 'x', comment: '残疾类型' },
    { name: 'x', comment: '残疾证号' },
    { name: 'x', comment: '残疾类别' },
  ],
  ignore: [
    { name: 'disabled' },
    { name: 'is_disabled' },
    { name: 'accessibility_support' },
    { name: 'disability_support' },
  ],
})
