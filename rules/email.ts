import { defineRule } from '../src/rule/rule.js'

/** Characters of an e-mail local part (RFC 5322 atext plus dots). */
const LOCAL = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]"
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?'

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/

/** E-mail addresses; role mailboxes (noreply@, admin@) are shape matches only. */
export const email = defineRule({
  id: 'email',
  category: 'contact.email',
  description: 'E-mail address (RFC 5322 practical subset, dot-TLD required)',
  references: ['GB/T 35273-2020 Table A.1'],
  names: [
    'email',
    'e mail',
    'email address',
    'email addr',
    'mail address',
    'mailbox',
    'contact email',
    'user email',
    'qq mail',
    'dzyx',
    'youxiang',
    'yxdz',
    'lxyx',
    'yxzh',
    'emails',
    'mail addr',
  ],
  weakNames: ['mail', 'yx'],
  keywords: ['邮箱', '电子邮箱', '电子邮件', '邮件地址', '邮箱地址', '邮箱账号', '联系邮箱'],
  excludeTokens: [
    'template',
    'subject',
    'body',
    'content',
    'server',
    'host',
    'smtp',
    'domain',
    'sender',
    'from',
    'queue',
    'log',
    'campaign',
  ],
  prefilter: {
    minLength: 6,
    maxLength: 254,
    require: ['at', 'dot'],
    allow: [
      'digit',
      'upper',
      'lower',
      'at',
      'dot',
      'dash',
      'plus',
      'underscore',
      'symbol',
      'equals',
      'dollar',
      'star',
      'slash',
    ],
  },
  patterns: [{ name: 'address', regex: EMAIL, score: 0.8 }],
  validate: (v) => {
    // Runs once per value on full scans: index checks instead of slices where possible.
    const at = v.lastIndexOf('@')
    if (at > 64 || v.charCodeAt(0) === 46 || v.charCodeAt(at - 1) === 46 || v.includes('..')) return false
    if (!tldAccepted(v)) return false
    return ROLE_MAILBOX.test(v) ? undefined : true
  },
  valuesExpected: true,
  // Local part bounded to 64 characters and no start inside another address: linear on any input. The second
  // lookbehind skips a URL's `//user:password@host`, whose password is not a mailbox.
  scan: new RegExp(
    `(?<![A-Za-z0-9.!#$%&'*+/=?^_\`{|}~@-])(?<!//[^\\s/@:]{1,64}:)[A-Za-z0-9!#$%&'*+/=?^_\`{|}~-]${LOCAL}{0,63}@${LABEL}(?:\\.${LABEL})+(?![A-Za-z0-9-])`,
    'g',
  ),
})

/** Role and system mailboxes (and `git@host` SSH remotes) are not a person's address. */
const ROLE_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|admin|administrator|postmaster|webmaster|hostmaster|root|info|support|service|sales|abuse|security|noc|mailer-daemon|git)@/i

const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]+)$/

/**
 * Suffixes that look like a TLD but name something else: systemd instances (`getty@tty1.service`) and
 * asset files (`icon@2x.png`). None is a delegated top-level domain.
 */
const NOT_A_TLD = new Set([
  'service',
  'socket',
  'mount',
  'automount',
  'timer',
  'slice',
  'scope',
  'swap',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'js',
  'css',
  'json',
  'log',
  'txt',
  'conf',
  'yml',
  'yaml',
  'xml',
  'htm',
  'html',
])

/** The last TLD checked (`.com`) and its verdict: a column of addresses repeats a handful of TLDs. */
let lastSuffix = ''
let lastSuffixOk = false

function tldAccepted(v: string): boolean {
  // Nothing after the suffix's dot contains a dot, so a value ending with it has that TLD.
  if (lastSuffix !== '' && v.endsWith(lastSuffix)) return lastSuffixOk
  const dot = v.lastIndexOf('.')
  const tld = v.slice(dot + 1)
  lastSuffixOk = TLD.test(tld) && !NOT_A_TLD.has(tld.toLowerCase())
  lastSuffix = v.slice(dot)
  return lastSuffixOk
}
