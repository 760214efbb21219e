/** Identifiers inside free text, with a rule that has a `scan` regex (built-in rules gain theirs in rules/). */
import { describe, expect, it } from 'vitest'
import { ContainerClassifier } from '../../src/classifier/container-classifier.js'
import { NameIndex } from '../../src/classifier/match-name.js'
import { defineRule } from '../../src/rule/rule.js'
import { findCategory } from '../../rules/categories.js'
import { builtinRules } from '../../rules/index.js'

const mobileInText = defineRule({
  id: 'test-mobile',
  category: 'contact.phone',
  description: 'test rule',
  patterns: [{ name: 'cn-mobile', regex: /^1[3-9]\d{9}$/, score: 0.5 }],
  prefilter: { minLength: 11, maxLength: 11, require: ['digit'], allow: ['digit'] },
  validate: () => true,
  scan: /(?<!\d)1[3-9]\d{9}(?!\d)/g,
  birthDate: () => undefined,
})
const birthday = defineRule({
  id: 'test-birth',
  category: 'person.birthdate',
  description: 'test rule',
  names: ['dob'],
  types: ['date', 'text'],
  patterns: [{ name: 'date', regex: /^\d{4}-\d{2}-\d{2}$/, score: 0.3 }],
  validate: () => true,
  birthDate: (v) => v,
})

function run(table: string, field: string, values: string[], rules = [mobileInText]) {
  const session = new ContainerClassifier(
    {
      id: `t.${table}`,
      name: table,
      kind: 'table',
      fields: [{ name: field, dataType: 'text', typeClass: 'text' }],
    },
    { now: new Date('2026-06-01'), rules, nameIndex: new NameIndex(rules), findCategory },
  )
  session.add({ records: values.length, values: new Map([[field, values]]) })
  return session.finish()[0]!
}

describe('free-text scanning', () => {
  it('reports identifiers found inside text per category, with counts', () => {
    const r = run('cs_chat_messages', 'content', [
      '你好，我的订单什么时候发货？',
      '我的手机号换了，新号码是13812345678，麻烦更新一下。',
      '请拨打 13987654321 或 18611112222 联系我',
      '好的，谢谢！',
    ])
    expect(r.detection).toBeUndefined()
    expect(r.embedded).toHaveLength(1)
    expect(r.embedded[0]).toMatchObject({
      scope: 'text',
      category: 'contact.phone',
      validated: 3,
      matched: 2,
      sampled: 3,
    })
    expect(r.embedded[0]!.examples.every((e) => e.includes('*'))).toBe(true)
  })

  it('ignores numbers that are part of longer digit runs (timestamps)', () => {
    const r = run('events', 'payload', [
      'event at 1718000000000 from node 7',
      'order 202406181381234567890 created',
    ])
    expect(r.embedded).toEqual([])
  })

  it('counts values of children under 14 from birth dates', () => {
    const r = run('members', 'dob', ['2015-03-01', '2020-01-01', '1980-05-05', '1990-01-01'], [birthday])
    expect(r.detection).toMatchObject({ under14: 2, sensitivity: 'sensitive' })
  })
})

describe('log message keys', () => {
  const classify = (kind: 'file' | 'table', field: string) => {
    const rules = builtinRules
    const session = new ContainerClassifier(
      {
        id: 'app.log',
        name: 'app.log',
        kind,
        fields: [{ name: field, dataType: 'text', typeClass: 'text' }],
      },
      { now: new Date('2026-06-01'), rules, nameIndex: new NameIndex(rules), findCategory },
    )
    const values = ['user login ok', 'cache miss for key 42', 'sent sms to 13812345678']
    session.add({ records: values.length, values: new Map([[field, values]]) })
    return session.finish()[0]!
  }

  it.each(['msg', 'message', 'MESSAGE'])(
    'a log file’s %s key is scanned for identifiers, not named by its key',
    (key) => {
      const r = classify('file', key)
      expect(r.detection).toBeUndefined()
      expect(r.embedded.map((e) => e.category)).toEqual(['contact.phone'])
    },
  )

  it('a table column called message still matches by name', () => {
    expect(classify('table', 'message').detection?.category).toBe('communication.content')
  })
})
