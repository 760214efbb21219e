/**
 * Names that look personal to a substring matcher but are not, checked against the whole rule set: a new
 * phrase in one rule must not make another rule's false friend fire. Also routes a few names that two rules
 * share to the right one (head-final names, excludeTokens).
 */
import { describe, expect, it } from 'vitest'
import { NameIndex } from '../../src/classifier/match-name.js'
import { builtinRules } from '../../rules/index.js'

const index = new NameIndex(builtinRules)
const confident = (name: string, comment?: string) =>
  index
    .match(name, comment)
    .filter((m) => m.strength !== 'weak')
    .map((m) => m.rule.id)

/** The strong match with the longest phrase: how the classifier breaks a tie between two named rules. */
function best(name: string, comment?: string): string | undefined {
  const strong = index.match(name, comment).filter((m) => m.strength === 'strong')
  return strong.reduce<(typeof strong)[number] | undefined>(
    (a, b) => (!a || b.span > a.span ? b : a),
    undefined,
  )?.rule.id
}

describe('false friends across all rules', () => {
  it.each([
    'email_verified',
    'is_phone_bound',
    'zip_file',
    'priviledge_birthday',
    'phone_brand',
    'headphone',
    'microphone',
    'latest',
    'long_description',
    'address_type',
    'mac_vendor',
    'face_value',
    'coupon_code',
    'order_no',
    'created_at',
    'sms_template',
    'device_fingerprint_type',
    'cron_job',
    'max_age',
    'password_expire_days',
  ])('%s matches no rule with confidence', (name) => {
    expect(confident(name)).toEqual([])
  })

  it('reads passenger as travel data, never as a passport or a password', () => {
    const ids = confident('passenger')
    expect(ids).toContain('travel-record')
    expect(ids).not.toContain('passport')
    expect(ids).not.toContain('password')
  })
})

describe('names shared by several rules go to the right one', () => {
  it.each([
    ['caller_number', 'call-record'],
    ['bank_name', 'bank-account'],
    ['id_card_front', 'id-document-image'],
    ['sms_code', 'verification-code'],
    ['emergency_contact_phone', 'phone-number'],
    ['guardian_name', 'person-name'],
    ['wechat_openid', 'username'],
    ['credit_card_no', 'bank-card'],
    ['unified_social_credit_code', 'uscc'],
  ])('%s -> %s', (name, ruleId) => {
    expect(best(name)).toBe(ruleId)
  })

  it('keeps the ID-number rules off document images and the message rule off verification codes', () => {
    expect(confident('id_card_front')).not.toContain('prc-resident-id')
    expect(confident('sms_code')).not.toContain('message-content')
    expect(best('x', '身份证正面照片')).toBe('id-document-image')
  })
})
