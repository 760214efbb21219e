import { describe, expect, it } from 'vitest'
import { flattenJson } from '../../../connectors/shared/flatten-json.js'

function flatten(doc: unknown, limits?: Parameters<typeof flattenJson>[3]) {
  const out: [string, string][] = []
  const complete = flattenJson(doc, '', (path, value) => out.push([path, value]), limits)
  return { out, complete }
}

describe('flattenJson', () => {
  it('uses dotted paths, [] for arrays of objects and the path itself for arrays of scalars', () => {
    const { out } = flatten({
      a: { b: 'x' },
      emails: ['p@q.cn', 'r@s.cn'],
      addresses: [{ phone: '1' }, { phone: '2' }],
      flag: true,
      n: 1.5,
      empty: '',
      nil: null,
    })
    expect(out).toEqual([
      ['a.b', 'x'],
      ['emails', 'p@q.cn'],
      ['emails', 'r@s.cn'],
      ['addresses[].phone', '1'],
      ['addresses[].phone', '2'],
      ['n', '1.5'],
    ])
  })

  it('stops at the depth and path limits and says so', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 100; i++) deep = { d: deep }
    expect(flatten(deep, { maxDepth: 32, maxPaths: 10, maxValueLength: 10 }).complete).toBe(false)
    const wide = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']))
    const { out, complete } = flatten(wide, { maxDepth: 32, maxPaths: 10, maxValueLength: 10 })
    expect(out.length).toBe(10)
    expect(complete).toBe(false)
  })
})
