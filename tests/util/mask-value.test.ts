import { describe, expect, it } from 'vitest'
import { maskValue } from '../../src/util/mask-value.js'

describe('maskValue', () => {
  it.each([
    ['13812345678', '138******78'],
    ['11010519491231002X', '110105********002X'],
    ['zhang.san@example.com', 'z******@example.com'],
    ['张三', '张*'],
    ['ab', 'a*'],
  ])('%s -> %s', (value, masked) => {
    expect(maskValue(value)).toBe(masked)
  })

  it('never returns most of a long value', () => {
    const value = 'abcdefghijklmnopqrstuvwxyz0123456789'
    const masked = maskValue(value)
    expect(masked.replace(/\*/g, '').length).toBeLessThan(value.length / 2)
  })
})
