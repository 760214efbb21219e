import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, csvCell, renderCsv } from '../../reports/csv.js'
import { HOSTILE, hostileFixture, loadFixture } from './fixture.js'

/** Strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes; anything else throws. */
function parseRfc4180(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const field = (): string => {
    if (text[i] !== '"') {
      const end = text.slice(i).search(/[,\r\n"]/)
      const stop = end === -1 ? text.length : i + end
      if (text[stop] === '"') throw new Error(`quote inside an unquoted field at ${stop}`)
      const value = text.slice(i, stop)
      i = stop
      return value
    }
    let value = ''
    for (i++; ; i++) {
      if (i >= text.length) throw new Error('unterminated quoted field')
      if (text[i] === '"' && text[i + 1] === '"') {
        value += '"'
        i++
      } else if (text[i] === '"') {
        i++
        return value
      } else value += text[i]
    }
  }
  while (i < text.length) {
    row.push(field())
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) {
      rows.push(row)
      row = []
      i += 2
    } else throw new Error(`expected , or CRLF at ${i}, got ${JSON.stringify(text[i])}`)
  }
  if (row.length > 0) throw new Error('last record does not end with CRLF')
  return rows
}

describe('renderCsv', () => {
  const result = loadFixture()
  const csv = renderCsv(result)

  it('matches the snapshot of the fixture', async () => {
    await expect(csv).toMatchFileSnapshot('./__snapshots__/pimap-report.csv.snap')
  })

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFSource,Container,Field,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(() => parseRfc4180(csv.slice(1))).not.toThrow() // every record ends with CRLF
  })

  it('parses back to one row per classified field', () => {
    const [header, ...rows] = parseRfc4180(csv.slice(1))
    expect(header).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(result.fields.length)
    for (const [i, f] of result.fields.entries()) {
      const row = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, rows[i]![j]]))
      expect(row).toMatchObject({
        Source: f.source,
        Container: f.container,
        Field: f.field,
        Category: f.category,
        Sensitivity: f.sensitivity,
        Confidence: f.confidence,
        Location: `${f.sourceId}:${f.container}.${f.field}`,
      })
    }
  })

  it('fills Chinese and English labels, purposes, legal basis and retention from the result', () => {
    const rows = parseRfc4180(csv.slice(1))
    const national = rows.find((r) => r[3] === 'id.national')!
    expect(national[4]).toMatch(/身份证/)
    expect(national[5]).toMatch(/ID/)
    const login = rows.find((r) => r[1] === 'public.login_logs')!
    expect(login[10]).toBe(
      'P6M from created, delete (purpose security_logs); 7893 record(s) past cutoff 2026-05-23',
    )
    expect([login[8], login[9]]).toEqual(['security_logs', 'legal_obligation'])
    const payment = rows.find((r) => r[1] === 'public.payments')!
    expect([payment[8], payment[9]]).toEqual(['order_fulfilment; account', 'contract'])
    // A container no purpose covers: left empty rather than guessed.
    const settings = rows.find((r) => r[1] === 'public.settings')!
    expect([settings[8], settings[9]]).toEqual(['', ''])
  })
})

describe('CSV injection and quoting', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['plain 中文', 'plain 中文'],
    ['', ''],
  ])('csvCell(%j) = %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })

  it('neutralises hostile names and keeps the file parseable', () => {
    const rows = parseRfc4180(renderCsv(hostileFixture()).slice(1))
    const cells = rows.flat()
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([])
    expect(cells).toContain(HOSTILE.container)
    expect(cells).toContain(`'${HOSTILE.formulaField}`)
  })
})
