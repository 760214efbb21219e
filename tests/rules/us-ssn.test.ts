import { describe, expect, it } from 'vitest'
import { usSsn } from '../../rules/us-ssn.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

// Vectors from shared/reference/china-pii.md §3.13.
testRule(usSsn, {
  detect: [
    '536-22-1234',
    '001-01-0001',
    '772-12-3456',
    '536 22 1234',
    '536.22.1234',
    { value: '536221234', as: 'shape' },
    { name: 'ssn' },
    { name: 'social_security_number' },
    { name: 'us_ssn' },
  ],
  ignore: [
    '000-12-3456',
    '666-12-3456',
    '912-34-5678',
    '123-00-4567',
    '123-45-0000',
    '078-05-1120',
    '123-45-6789',
    '536-22 1234',
    '912345678',
    { name: 'ssn_last4' },
    { name: 'ssn_verified' },
    { name: 'lesson' },
  ],
})

describe('us-ssn in free text', () => {
  it('finds separated SSNs with one consistent separator', () => {
    const text = 'SSN 536-22-1234 or 772 12 3456; not 693-09.4444, 078-05-1120 or 536221234'
    expect(textFinds(usSsn, text).map((f) => f.text)).toEqual(['536-22-1234', '772 12 3456'])
  })
})
