import { job } from '../../rules/job.js'
import { testRule } from '../helpers/rule-tester.js'

testRule(job, {
  detect: [
    { name: 'occupation' },
    { name: 'job_title' },
    { name: 'employer' },
    { name: 'employee_no' },
    { name: 'hire_date' },
    { name: 'contact_title' },
    { name: 'zhiye' },
    { name: 'title', strength: 'ambiguous' },
    { name: 'zw', strength: 'ambiguous' },
    { name: 'x', comment: '工作单位' },
    { name: 'x', comment: '职称' },
  ],
  ignore: [
    { name: 'title_of_courtesy' },
    { name: 'page_title' },
    { name: 'email_title' },
    { name: 'job_id' },
    { name: 'cron_job' },
    { name: 'job_status' },
    { name: 'x', comment: '职位类型' },
  ],
})
