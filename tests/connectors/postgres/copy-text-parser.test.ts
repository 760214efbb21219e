import { describe, expect, it } from 'vitest'
import { CopyTextParser, parseLine } from '../../../connectors/postgres/copy-text-parser.js'

describe('COPY text format parser', () => {
  it('splits fields, maps \\N to null and unescapes', () => {
    expect(parseLine('a\t\\N\tb\\tc\tline\\nbreak\tback\\\\slash\t\\101\\x42')).toEqual([
      'a',
      null,
      'b\tc',
      'line\nbreak',
      'back\\slash',
      'AB',
    ])
  })

  it('reassembles rows and multi-byte characters split across chunks', () => {
    const parser = new CopyTextParser()
    const bytes = Buffer.from('张三\t13812345678\n李四\t\\N\n', 'utf8')
    const rows = [
      ...parser.push(bytes.subarray(0, 4)),
      ...parser.push(bytes.subarray(4, 17)),
      ...parser.push(bytes.subarray(17)),
      ...parser.end(),
    ]
    expect(rows).toEqual([
      ['张三', '13812345678'],
      ['李四', null],
    ])
  })
})
