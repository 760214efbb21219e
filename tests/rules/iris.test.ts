import { iris } from '../../rules/iris.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(iris, {
  detect: [
    { value: '\\xffd8ffe000104a46494600010101', type: 'binary' },
    { value: '\\x0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', type: 'binary', as: 'shape' },
    { name: 'iris' },
    { name: 'iris_code' },
    { name: 'iris_template' },
    { name: 'x', comment: '虹膜特征' },
  ],
  ignore: ['setosa', { name: 'iris_species' }, { name: 'iris_petal_length' }, { name: 'iris_enabled' }],
})
