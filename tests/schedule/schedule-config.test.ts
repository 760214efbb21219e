/** The `schedule` section of pimap.yml: validated on load, with the file, line and path of each problem. */
import { describe, expect, it } from 'vitest'
import { findCategory } from '../../rules/categories.js'
import { parsePolicy } from '../../src/policy/load-policy.js'

const policy = (jobs: string) => `version: 1
sources:
  - id: shop
    url: pglite:./shop
schedule:
  history: postgresql://pimap@db/pimap
  resultsDir: /var/lib/pimap/results
  jobs:
${jobs}`
const parse = (text: string) => parsePolicy(text, 'pimap.yml', { findCategory })

describe('schedule section', () => {
  it('accepts jobs with every option', () => {
    const parsed = parse(
      policy(`    - name: nightly
      cron: "0 2 * * *"
      sources: [shop]
      format: [md, html]
      out: reports/nightly
      failOn: high
      timeZone: Asia/Shanghai
`),
    )
    expect(parsed.schedule).toEqual({
      history: 'postgresql://pimap@db/pimap',
      resultsDir: '/var/lib/pimap/results',
      jobs: [
        {
          name: 'nightly',
          cron: '0 2 * * *',
          sources: ['shop'],
          format: ['md', 'html'],
          out: 'reports/nightly',
          failOn: 'high',
          timeZone: 'Asia/Shanghai',
        },
      ],
    })
    expect(parse('version: 1\n').schedule).toBeUndefined()
  })

  it.each([
    [
      '    - name: a\n      cron: "0 2 * *"\n',
      /pimap\.yml:10 schedule\.jobs\[0\]\.cron: invalid cron expression "0 2 \* \*"/,
    ],
    [
      '    - name: a\n      cron: "0 2 * * *"\n      timeZone: Asia/Atlantis\n',
      /:11 schedule\.jobs\[0\]\.timeZone: unknown time zone "Asia\/Atlantis"/,
    ],
    [
      '    - name: a\n      cron: "0 2 * * *"\n      sources: [shop, erp]\n',
      /:11 schedule\.jobs\[0\]\.sources\[1\]: job "a" names unknown source "erp"; declared: shop/,
    ],
    [
      '    - name: a\n      cron: "0 2 * * *"\n    - name: a\n      cron: "0 3 * * *"\n',
      /:11 schedule\.jobs\[1\]\.name: duplicate job name "a"/,
    ],
    ['    - name: Nightly Job\n      cron: "0 2 * * *"\n', /schedule\.jobs\[0\]\.name: lower-case letters/],
    ['    - name: a\n      cron: "0 2 * * *"\n      failOn: severe\n', /schedule\.jobs\[0\]\.failOn/],
    [
      '    - name: a\n      cron: "0 2 * * *"\n      every: day\n',
      /schedule\.jobs\[0\]: Unrecognized key: "every"/,
    ],
  ])('%j', (jobs, message) => {
    expect(() => parse(policy(jobs))).toThrow(message)
  })
})
