import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { REPORT_CSP, renderHtml } from '../../reports/html.js'
import { escapeHtml, ident, markup, withCode } from '../../reports/html/html-markup.js'
import { HOSTILE, hostileFixture, loadFixture } from './fixture.js'

describe('renderHtml', () => {
  const result = loadFixture()
  const page = renderHtml(result)

  it('matches the snapshot of the fixture', async () => {
    await expect(page).toMatchFileSnapshot('./__snapshots__/pimap-report.html.snap')
  })

  it('is one self-contained document with no external resources', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(page).not.toMatch(/\b(src|href)="(?!#|data:)/) // only in-page anchors and a data: icon
    expect(page).not.toMatch(/@import|url\(/)
    expect(page).not.toMatch(/<link(?! rel="icon" href="data:,">)|<img|<iframe|<object|<embed/)
    expect(page.match(/<script>/g)).toHaveLength(1)
    expect(page.match(/<style>/g)).toHaveLength(1)
    expect(REPORT_CSP).toMatch(
      /^default-src 'none'; style-src 'sha256-[\w+/=]+'; script-src 'sha256-[\w+/=]+'/,
    )
  })

  it('allows exactly its own style and script by hash', () => {
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!
    expect(REPORT_CSP).toContain(`style-src ${sha256(style)};`)
    expect(REPORT_CSP).toContain(`script-src ${sha256(script)};`)
    expect(page).toContain(`content="${REPORT_CSP.replace(/'/g, '&#39;')}"`)
  })

  it('renders every section on the server, readable without JavaScript', () => {
    for (const id of [
      'summary',
      'inventory',
      'by-category',
      'by-container',
      'retention',
      'findings',
      'coverage',
    ])
      expect(page).toContain(`<section id="${id}"`)
    expect(page.match(/<tr data-source=/g)).toHaveLength(result.fields.length)
    expect(page).toContain(
      '<form id="inventory-filters" class="filters" role="search" aria-label="Filter the inventory" hidden>',
    )
    // A sensitive field with its Chinese category label, and a finding with its recommendation.
    expect(page).toContain('Resident ID number<span class="zh" lang="zh-CN">身份证号码</span>')
    expect(page).toContain('holds data of children under 14 (292 sampled record(s))')
    expect(page).toContain('<code>pimap enforce --config pimap.yml</code>')
    expect(page).toContain('permission denied for table audit_archive')
  })

  it('shows the summary counts', () => {
    const card = (id: string) =>
      new RegExp(`data-card="${id}"><h3>[^<]+</h3><div class="big[^"]*">([\\d,]+)</div>`)
    expect(page.match(card('personal'))?.[1]).toBe(String(result.summary.personalFields))
    expect(page.match(card('sensitive'))?.[1]).toBe(String(result.summary.sensitiveFields))
    expect(page.match(card('under14'))?.[1]).toBe(String(result.summary.under14Records))
    expect(page.match(card('findings'))?.[1]).toBe(String(result.findings.length))
  })

  it('says when there is no policy and nothing was found', () => {
    const empty = renderHtml({ ...result, fields: [], findings: [], retention: [], policy: undefined })
    expect(empty).toContain('No personal information found at the reported confidence.')
    expect(empty).toContain('No policy was checked.')
    expect(empty).not.toContain('<section id="retention"')
  })
})

describe('HTML escaping', () => {
  const page = renderHtml(hostileFixture())

  it('renders hostile names as text, never as markup', () => {
    expect(page.match(/<script\b/g)).toHaveLength(1) // only the report's own script
    expect(page).not.toContain('<img')
    expect(page).not.toMatch(/<\/script>(?!\n<\/body>)/) // no early end of the script element
    expect(page).not.toContain('<b>bold</b>')
    // No tag gained an event handler: attribute names outside the double-quoted values.
    const names = [...page.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0].replace(/"[^"]*"/g, '""'))
    expect(names.filter((tag) => /\son\w+=/i.test(tag))).toEqual([])
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    for (const text of [HOSTILE.field, HOSTILE.example, HOSTILE.message])
      expect(page).toContain(escapeHtml(text))
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;')
  })

  it('escapes quotes inside attributes', () => {
    expect(page).toContain('data-source="x&quot; onmouseover=&quot;alert(4)"')
    expect(page).toContain('data-filter="&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(page).toContain('<option value="x&quot; onmouseover=&quot;alert(4)">')
  })

  it('escapes inside backticked code in messages', () => {
    expect(page).toContain('<code>&lt;i&gt;code&lt;/i&gt;</code>')
  })

  it.each([
    ['<a href="x">&\'', '&lt;a href=&quot;x&quot;&gt;&amp;&#39;'],
    ['plain 中文', 'plain 中文'],
  ])('escapeHtml(%j)', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
    expect(markup`<p title="${input}">${input}</p>`.value).toBe(`<p title="${expected}">${expected}</p>`)
  })

  it('escapes nested lists and identifiers', () => {
    expect(markup`${['<a>', [markup`<b>`, '&']]}`.value).toBe('&lt;a&gt;<b>&amp;')
    expect(ident('public.<x>_y').value).toBe('public.<wbr>&lt;x&gt;_<wbr>y')
    expect(withCode('run `<x>` now').value).toBe('run <code>&lt;x&gt;</code> now')
  })
})
