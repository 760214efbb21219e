import { describe, expect, it } from 'vitest'
import {
  applyOperator,
  defaultOperator,
  generalizeText,
  hashText,
  maskText,
} from '../../src/enforce/operators.js'

const key = Buffer.from('0123456789abcdef0123456789abcdef', 'hex')

describe('anonymization operators', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['11010519491231002X', '110105********002X'],
    ['张三', '张*'],
    ['zhang.san@example.com', 'zhang.***********.com'],
    ['abcd', 'a**d'],
  ])('mask %s -> %s', (value, masked) => {
    expect(maskText(value)).toBe(masked)
  })

  it.each([
    ['1985-03-02', 'person.birthdate', '1985-01-01'],
    ['39.908722', 'location.gps', '39.91'],
    ['39.908722,116.397128', 'location.gps', '39.91,116.40'],
    ['36.112.5.9', 'network.ip', '36.112.5.0'],
    ['240e:3b7:1234:5678::1', 'network.ip', '240e:3b7:1234::'],
    ['110105194912310021', 'id.national', '1101051949********'],
    ['北京市朝阳区建国路88号SOHO', 'contact.address', '北京市朝阳区********'],
  ])('generalize %s (%s) -> %s', (value, category, expected) => {
    expect(generalizeText(value, category)).toBe(expected)
  })

  it('is idempotent: applying an operator twice changes nothing more', () => {
    const samples: [string, string][] = [
      ['13812345678', 'contact.phone'],
      ['1985-03-02', 'person.birthdate'],
      ['39.908722', 'location.gps'],
      ['36.112.5.9', 'network.ip'],
      ['110105194912310021', 'id.national'],
      ['北京市朝阳区建国路88号', 'contact.address'],
      ['zhang@example.com', 'contact.email'],
    ]
    for (const op of ['mask', 'generalize', 'hash', 'nullify'] as const) {
      for (const [value, category] of samples) {
        const once = applyOperator(op, value, category, key)
        expect(applyOperator(op, once, category, key), `${op}(${value})`).toBe(once)
      }
    }
  })

  it('hashes with a key: stable, keyed, prefixed', () => {
    expect(hashText('13812345678', key)).toBe(hashText('13812345678', key))
    expect(hashText('13812345678', key)).not.toBe(
      hashText('13812345678', Buffer.from('other key material!!')),
    )
    expect(hashText('13812345678', key)).toMatch(/^h1:[A-Za-z0-9_-]{32}$/)
    expect(() => applyOperator('hash', 'x', 'contact.phone')).toThrow(/PIMAP_HASH_KEY/)
  })

  it('picks defaults by category and lets the policy override them', () => {
    expect(defaultOperator('credential.password')).toBe('nullify')
    expect(defaultOperator('person.birthdate')).toBe('generalize')
    expect(defaultOperator('contact.phone')).toBe('mask')
    expect(defaultOperator('contact.phone', { contact: 'hash' })).toBe('hash')
    expect(defaultOperator('contact.phone', { contact: 'hash', 'contact.phone': 'nullify' })).toBe('nullify')
  })
})
