import { genetic } from '../../rules/genetic.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(genetic, {
  detect: [
    'ACGTTGCAACGTAGCTAGCTAGGATCC',
    'acgtnacgtnacgtnacgtnacgt',
    { name: 'dna_sequence' },
    { name: 'genome' },
    { name: 'gene_test_result' },
    { name: 'genotype' },
    { name: 'x', comment: '基因检测结果' },
  ],
  ignore: ['ACGT', 'ACGTTGCAACGTAGCTAGCTAGGATCCX', { name: 'gene_type' }, { name: 'genetic_algorithm' }],
})
