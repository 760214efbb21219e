import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../reports/markdown.js'
import { HOSTILE, hostileFixture, loadFixture } from './fixture.js'

describe('renderMarkdown', () => {
  it('matches the snapshot of the fixture', async () => {
    await expect(renderMarkdown(loadFixture())).toMatchFileSnapshot('./__snapshots__/pimap-report.md.snap')
  })

  it('escapes hostile names', () => {
    const md = renderMarkdown(hostileFixture())
    expect(md).not.toContain(HOSTILE.container)
    expect(md).not.toMatch(/(?<!\\)</) // every < is backslash-escaped
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>')
  })
})
