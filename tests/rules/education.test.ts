import { education } from '../../rules/education.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(education, {
  detect: [
    { name: 'education' },
    { name: 'education_level' },
    { name: 'degree' },
    { name: 'graduate_school' },
    { name: 'student_no' },
    { name: 'xueli' },
    { name: 'byyx' },
    { name: 'major', strength: 'ambiguous' },
    { name: 'xl', strength: 'ambiguous' },
    { name: 'x', comment: '最高学历' },
    { name: 'x', comment: '毕业院校' },
  ],
  ignore: [
    { name: 'rotation_degree' },
    { name: 'degree_celsius' },
    { name: 'major_version' },
    { name: 'job_education_requirement' },
    { name: 'education_type' },
    { name: 'x', comment: '学历要求类型' },
  ],
})
