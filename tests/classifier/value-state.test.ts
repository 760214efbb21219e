import { describe, expect, it } from 'vitest'
import { charMask } from '../../src/rule/char-class.js'
import { dominantState, valueState } from '../../src/classifier/value-state.js'

const state = (v: string) => valueState(v, charMask(v))

describe('valueState', () => {
  it.each([
    ['138****5678', 'masked'],
    ['110105********002X', 'masked'],
    ['张*', 'plain'],
    ['张**', 'masked'],
    ['6222 **** **** 1234', 'masked'],
    ['z***@qq.com', 'masked'],
    ['$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', 'hashed'],
    ['5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8', 'hashed'],
    ['U2FsdGVkX19kqRz3bC9nYW1lPTEyMzQ1Njc4OTA=', 'encrypted'],
    ['ENC(Zm9vYmFyYmF6cXV4MTIz)', 'encrypted'],
    ['13812345678', 'plain'],
    ['ThisIsAPlainSentenceWithoutDigitsAtAll', 'plain'],
    ['北京市朝阳区建国路88号', 'plain'],
  ])('%s -> %s', (value, expected) => {
    expect(state(value)).toBe(expected)
  })

  it('reports the dominant state only with a clear majority', () => {
    expect(dominantState({ plain: 1, masked: 9, hashed: 0, encrypted: 0 })).toBe('masked')
    expect(dominantState({ plain: 5, masked: 5, hashed: 0, encrypted: 0 })).toBe('mixed')
    expect(dominantState({ plain: 0, masked: 0, hashed: 0, encrypted: 0 })).toBeUndefined()
  })
})
