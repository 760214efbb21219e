import { describe, expect, it } from 'vitest'
import { email } from '../../rules/email.js'
import { testRule } from '../helpers/rule-tester.js'
import { textFinds } from './text-finds.js'

testRule(email, {
  detect: [
    'zhang.san@example.com',
    'user+tag@mail.qq.com',
    'li_si@sub.example.com.cn',
    '12345678@qq.com',
    'user@xn--80ak6aa92e.com',
    { value: 'noreply@example.com', as: 'shape' },
    { name: 'email' },
    { name: 'e_mail' },
    { name: 'EMAIL' },
    { name: 'userEmail' },
    { name: 'contact_email' },
    { name: 'email_address' },
    { name: 'x', comment: '电子邮箱' },
    { name: 'mail', strength: 'ambiguous' },
  ],
  ignore: [
    'plainaddress',
    'a..b@example.com',
    'user@localhost',
    '@types/node',
    'git@github.com:org/repo',
    'user@example.c0m',
    'getty@tty1.service',
    'dbus-org.freedesktop@x.socket',
    'logo@2x.png',
    { value: 'git@github.com', as: 'shape' },
    { name: 'email_verified' },
    { name: 'email_template' },
    { name: 'is_email_bound' },
    { name: 'email_count' },
    { name: 'email_subject' },
  ],
})

describe('email in free text', () => {
  it('finds addresses with a dot-TLD and skips role mailboxes and truncated domains', () => {
    const text =
      '联系我 zhang.san@example.com 或 li_si@sub.example.com.cn，勿回复 noreply@example.com，旧的 x@presidio.'
    expect(textFinds(email, text).map((f) => f.text)).toEqual([
      'zhang.san@example.com',
      'li_si@sub.example.com.cn',
    ])
  })

  it('skips URL passwords, systemd instances and asset names', () => {
    const text =
      'GET https://alice:s3cret@db.example.com/x started getty@tty1.service, loaded icon@2x.png for bob@example.org'
    expect(textFinds(email, text).map((f) => f.text)).toEqual(['bob@example.org'])
  })

  it('does not start inside another address or run into the next word', () => {
    expect(textFinds(email, 'a@b@example.com')).toEqual([])
    expect(textFinds(email, 'see user@example.com-foo')).toEqual([])
  })
})
