/** Classifier behaviour on hand-built samples: name vs values, context, traps. Pure, no database. */
import { describe, expect, it } from 'vitest'
import { ContainerClassifier } from '../../src/classifier/container-classifier.js'
import { NameIndex } from '../../src/classifier/match-name.js'
import type { FieldMeta, TypeClass } from '../../src/connector/connector.js'
import { findCategory } from '../../rules/categories.js'
import { builtinRules } from '../../rules/index.js'

const nameIndex = new NameIndex(builtinRules)

function classify(
  table: string,
  columns: Record<string, { type?: TypeClass; comment?: string; values: string[] }>,
  options = {},
) {
  const fields: FieldMeta[] = Object.entries(columns).map(([name, c]) => ({
    name,
    dataType: c.type ?? 'text',
    typeClass: c.type ?? 'text',
    ...(c.comment ? { comment: c.comment } : {}),
  }))
  const session = new ContainerClassifier(
    { id: `public.${table}`, name: table, kind: 'table', fields },
    { now: new Date('2026-06-01'), rules: builtinRules, nameIndex, findCategory, ...options },
  )
  session.add({ records: 1, values: new Map(Object.entries(columns).map(([k, c]) => [k, c.values])) })
  return Object.fromEntries(session.finish().map((r) => [r.field.name, r.detection]))
}

/** What a report shows by default: medium and high confidence. */
const reported = (d: { confidence: string } | undefined) => (d && d.confidence !== 'low' ? d : undefined)

const ids = [
  '11010519491231002X',
  '440524188001010014',
  '110101200001010010',
  '810000199001010019',
  '110105491231002',
]
const phones = ['13812345678', '13987654321', '18611112222', '15000001111', '17712345678']

describe('classifier', () => {
  it('needs several validated values before values alone are reported', () => {
    expect(reported(classify('t_0042', { c1: { values: ids.slice(0, 2) } }).c1)).toBeUndefined()
    expect(classify('t_0042', { c1: { values: ids.slice(0, 3) } }).c1?.confidence).toBe('medium')
  })

  it('classifies by validated values alone, with high confidence', () => {
    const d = classify('t_0042', { c1: { values: ids }, c2: { values: phones } })
    expect(d.c1).toMatchObject({ category: 'id.national', confidence: 'high', sensitivity: 'sensitive' })
    expect(d.c2).toMatchObject({ category: 'contact.phone', confidence: 'high' })
  })

  it('classifies by name alone at medium when every value is empty', () => {
    expect(classify('users', { email: { values: [] } }).email).toMatchObject({
      category: 'contact.email',
      confidence: 'medium',
    })
  })

  it('lets values contradict a name', () => {
    expect(
      reported(classify('users', { email: { values: ['1', '2', '3', '4', '5'] } }).email),
    ).toBeUndefined()
    expect(classify('users', { mobile: { values: ids } }).mobile?.category).toBe('id.national')
  })

  it('treats 18-digit order numbers as order numbers, not ID numbers', () => {
    const orders = ['202406181234567890', '202406181234567891', '202312010000000017', '202501310987654321']
    expect(reported(classify('orders', { order_no: { values: orders } }).order_no)).toBeUndefined()
  })

  it('discounts Luhn-valid values in fields named like non-personal identifiers', () => {
    const coupons = ['6200000000000005', '4111111111111111', '5555555555554444', '6011111111111117']
    expect(reported(classify('coupons', { coupon_code: { values: coupons } }).coupon_code)).toBeUndefined()
  })

  it('uses the container to read ambiguous names', () => {
    const names = ['张伟', '王芳', '李娜', '刘洋']
    expect(classify('members', { name: { values: names } }).name?.category).toBe('person.name')
    expect(
      reported(
        classify('products', { name: { values: ['无线蓝牙耳机', '机械键盘', '显示器支架', '移动电源'] } })
          .name,
      ),
    ).toBeUndefined()
  })

  it('reads contact keys in a system configuration table as the company’s, not a person’s', () => {
    const config = {
      'value.phone': { values: ['400-820-8820'] },
      'value.email': { values: ['noreply@example.com'] },
    }
    expect(reported(classify('settings', config)['value.phone'])).toBeUndefined()
    expect(reported(classify('sys_config', config)['value.phone'])).toBeUndefined()
    expect(classify('members', { phone: { values: phones } }).phone?.category).toBe('contact.phone')
  })

  it('ignores boolean flags and metadata named after personal data', () => {
    const d = classify('users', {
      email_verified: { type: 'boolean', values: ['true'] },
      is_phone_bound: { type: 'boolean', values: ['false'] },
      phone_verified_at: { type: 'timestamp', values: ['2024-01-01 00:00:00'] },
      priviledge_birthday: { type: 'boolean', values: ['true'] },
    })
    expect(Object.values(d).filter((x) => reported(x))).toEqual([])
  })

  it('reads Chinese comments, head-final: 收货人电话 is a phone', () => {
    expect(classify('t', { c: { comment: '收货人电话', values: phones } }).c?.category).toBe('contact.phone')
    expect(classify('t', { c: { comment: '收货人', values: ['张伟', '王芳'] } }).c?.category).toBe(
      'person.name',
    )
  })

  it('pairs latitude and longitude fields into a high-confidence location', () => {
    const d = classify('device_logs', {
      lat: { type: 'decimal', values: ['39.908722'] },
      lng: { type: 'decimal', values: ['116.397128'] },
    })
    expect(d.lat).toMatchObject({ category: 'location.gps', confidence: 'high' })
    expect(d.lat?.signals.some((s) => s.kind === 'pair')).toBe(true)
  })

  it('marks personal data in a children table as sensitive', () => {
    expect(classify('child_accounts', { child_name: { values: ['张小明'] } }).child_name).toMatchObject({
      sensitivity: 'sensitive',
    })
  })

  it('follows the TC260 switch for ID numbers', () => {
    expect(
      classify('t', { c: { values: ids } }, { sensitivity: { idNumberIsSensitive: false } }).c?.sensitivity,
    ).toBe('personal')
  })

  it('explains every verdict', () => {
    const d = classify('users', { phone: { values: phones } }).phone!
    expect(d.signals.map((s) => s.kind)).toEqual(expect.arrayContaining(['name', 'values', 'type']))
    expect(d.examples.every((e) => e.includes('*'))).toBe(true)
  })
})

describe('classifier: value states, free text, linkage, minors', () => {
  it('accepts masked and encrypted values as consistent with a name, and reports the states', () => {
    const d = classify('members', {
      mobile: { values: ['138****5678', '139****4321', '186****2222', '150****1111'] },
      id_card: {
        values: [
          'U2FsdGVkX19kqRz3bC9nYW1lPTEyMzQ1Njc4OTA=',
          'U2FsdGVkX1+8d3Jvbmdfa2V5X2RlbW9fMTIzNDU2',
          'U2FsdGVkX19hYmNkZWZnaGlqa2xtbm9wcXJzdHV2',
        ],
      },
    })
    expect(d.mobile).toMatchObject({
      category: 'contact.phone',
      confidence: 'high',
      valueStates: { masked: 4, plain: 0 },
    })
    expect(d.id_card).toMatchObject({ category: 'id.national', valueStates: { encrypted: 3 } })
    expect(d.id_card?.confidence).not.toBe('low')
  })

  it('links device and network identifiers to a person through the same container', () => {
    const ips = ['36.112.5.9', '58.33.10.2', '101.88.1.1', '113.45.9.9']
    const linked = classify('login_logs', {
      member_id: { type: 'integer', values: ['1', '2'] },
      login_ip: { values: ips },
    })
    expect(linked.login_ip).toMatchObject({ category: 'network.ip', linkedBy: ['member_id'] })
    expect(linked.login_ip?.confidence).not.toBe('low')
    const unlinked = classify('edge_nodes', { node_name: { values: ['a', 'b'] }, public_ip: { values: ips } })
    expect(reported(unlinked.public_ip)).toBeUndefined()
  })
})
