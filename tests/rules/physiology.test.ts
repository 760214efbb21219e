import { physiology } from '../../rules/physiology.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(physiology, {
  detect: [
    'A',
    'AB型',
    'O Rh+',
    '120/80',
    { value: '175.5', type: 'decimal' },
    '65kg',
    { name: 'blood_type' },
    { name: 'blood_pressure' },
    { name: 'heart_rate' },
    { name: 'bmi' },
    { name: 'body_weight' },
    { name: 'height', strength: 'ambiguous' },
    { name: 'weight_kg', strength: 'ambiguous' },
    { name: 'x', comment: '身高（cm）' },
    { name: 'x', comment: '血型' },
  ],
  ignore: [
    'C',
    '1200/80',
    'tall',
    { name: 'product_weight' },
    { name: 'image_height' },
    { name: 'weight_type' },
    { name: 'line_height' },
    { name: 'model_weight' },
    { name: 'x', comment: '商品重量' },
  ],
})
