/**
 * The HTML report in a real browser: it renders, its script sorts and filters, it logs no errors and it never
 * touches the network. Saves tests/artifacts/report.png (top of the page) and report-full.png for review.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHtml } from '../../reports/html.js'
import type { ScanResult } from '../../src/scan-result.js'
import { CHROMIUM_ARGS, CHROMIUM_PATH, requireChromium } from './chromium.js'
import { HOSTILE, hostileFixture, loadFixture } from './fixture.js'

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url))
const available = await requireChromium()

interface Opened {
  readonly page: Page
  /** Console errors, uncaught exceptions and dialogs (alert() from an injected script would land here). */
  readonly problems: string[]
  /** Every request URL the page made. */
  readonly requests: string[]
}

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser
  let dir: string
  const result = loadFixture()

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pimap-html-'))
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await browser?.close()
    await rm(dir, { recursive: true, force: true })
  })

  async function open(name: string, scan: ScanResult, javaScriptEnabled = true): Promise<Opened> {
    const path = join(dir, `${name}.html`)
    await writeFile(path, renderHtml(scan), 'utf8')
    const context = await browser.newContext({ viewport: { width: 1360, height: 1000 }, javaScriptEnabled })
    const problems: string[] = []
    const requests: string[] = []
    // Anything but the report file itself is refused and recorded; the test then fails on it.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort()
    })
    const page = await context.newPage()
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' })
    return { page, problems, requests }
  }

  function expectOffline(opened: Opened): void {
    expect(opened.requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([])
    expect(opened.problems).toEqual([])
  }

  const inventoryRows = (page: Page) => page.locator('#inventory-table tbody tr')
  const visibleRows = (page: Page) => page.locator('#inventory-table tbody tr:visible')

  it('shows the summary, a sensitive field and a finding, offline and without errors', async () => {
    const opened = await open('report', result)
    const { page } = opened
    await expect(page.title()).resolves.toMatch(/^pimap inventory · shop, crm · 2026-11-23$/)
    const card = (id: string) => page.locator(`[data-card="${id}"] .big`)
    await expect(card('sensitive').textContent()).resolves.toBe(String(result.summary.sensitiveFields))
    await expect(card('personal').textContent()).resolves.toBe(String(result.summary.personalFields))
    await expect(card('under14').textContent()).resolves.toBe(String(result.summary.under14Records))
    await expect(card('findings').textContent()).resolves.toBe(String(result.findings.length))

    const national = inventoryRows(page).filter({ hasText: 'guest_id_no' })
    await expect(national.getAttribute('data-sensitivity')).resolves.toBe('sensitive')
    await expect(national.textContent()).resolves.toContain('身份证号码')
    await expect(
      page.locator('#findings tbody tr').filter({ hasText: 'no guardian consent is declared' }).count(),
    ).resolves.toBe(1)
    await expect(page.locator('#retention svg rect').count()).resolves.toBe(result.retention.length)
    // The script ran: filters are shown and headers became sort buttons.
    await expect(page.locator('#inventory-filters').isVisible()).resolves.toBe(true)
    await expect(page.locator('#inventory-count').textContent()).resolves.toBe(
      `${result.fields.length} fields`,
    )

    await mkdir(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: join(ARTIFACTS, 'report.png') })
    await page.screenshot({ path: join(ARTIFACTS, 'report-full.png'), fullPage: true })
    expectOffline(opened)
  })

  it('narrows the inventory while typing and with the selects', async () => {
    const opened = await open('filter', result)
    const { page } = opened
    const total = result.fields.length
    await expect(visibleRows(page).count()).resolves.toBe(total)

    await page.getByRole('searchbox').pressSequentially('guardian')
    const guardian = result.fields.filter((f) => `${f.container} ${f.field}`.includes('guardian')).length
    await expect(visibleRows(page).count()).resolves.toBe(guardian)
    await expect(page.locator('#inventory-count').textContent()).resolves.toBe(
      `${guardian} of ${total} fields`,
    )
    for (const text of await visibleRows(page).allTextContents())
      expect(text.toLowerCase()).toContain('guardian')

    await page.getByRole('searchbox').fill('')
    await page.locator('select[name=category]').selectOption('id.national')
    const national = result.fields.filter((f) => f.category === 'id.national').length
    await expect(visibleRows(page).count()).resolves.toBe(national)

    await page.locator('select[name=category]').selectOption('contact')
    const contact = result.fields.filter((f) => f.category.startsWith('contact.')).length
    await expect(visibleRows(page).count()).resolves.toBe(contact)
    await page.locator('select[name=sensitivity]').selectOption('sensitive')
    const sensitiveContact = result.fields.filter(
      (f) => f.category.startsWith('contact.') && f.sensitivity === 'sensitive',
    ).length
    await expect(visibleRows(page).count()).resolves.toBe(sensitiveContact)

    await page.getByRole('button', { name: 'Clear' }).click()
    await expect.poll(() => visibleRows(page).count()).toBe(total)

    await page.getByRole('searchbox').fill('no-such-field-anywhere')
    await expect(page.locator('#inventory-empty').isVisible()).resolves.toBe(true)

    // A container in the per-container view filters the inventory to its fields.
    await page.locator('#by-container a[data-filter="public.orders"]').click()
    const orders = result.fields.filter((f) => f.container === 'public.orders').length
    await expect(visibleRows(page).count()).resolves.toBe(orders)
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('public.orders')
    expectOffline(opened)
  })

  it('is readable without JavaScript: every row rendered, no dead controls', async () => {
    const opened = await open('no-script', result, false)
    const { page } = opened
    await expect(visibleRows(page).count()).resolves.toBe(result.fields.length)
    await expect(page.locator('#inventory-filters').isVisible()).resolves.toBe(false)
    await expect(page.locator('#findings tbody tr').count()).resolves.toBe(result.findings.length)
    await expect(page.locator('#coverage tbody tr').count()).resolves.toBe(result.coverage.length)
    expectOffline(opened)
  })

  it('sorts a table when a header is clicked, and reverses on a second click', async () => {
    const opened = await open('sort', result)
    const { page } = opened
    const header = page.locator('#inventory-table thead th').filter({ hasText: 'Matched' })
    const ratios = () =>
      page
        .locator('#inventory-table tbody td.num')
        .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-sort'))))
    await header.getByRole('button').click()
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending')
    const ascending = await ratios()
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
    expect(new Set(ascending).size).toBeGreaterThan(2)

    await header.getByRole('button').click()
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending')
    const descending = await ratios()
    expect(descending).toEqual([...descending].sort((a, b) => b - a))

    const fieldHeader = page.locator('#inventory-table thead th').filter({ hasText: 'Field' })
    await fieldHeader.getByRole('button').click()
    const fields = await page.locator('#inventory-table tbody .field').allTextContents()
    const sorted = await page.evaluate((names) => {
      const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
      return [...names].sort(collator.compare)
    }, fields)
    expect(fields).toEqual(sorted)
    expectOffline(opened)
  })

  it('shows hostile names as text and runs none of them', async () => {
    const opened = await open('hostile', hostileFixture())
    const { page } = opened
    const row = inventoryRows(page).first()
    await expect(row.locator('td').first().textContent()).resolves.toContain(HOSTILE.container)
    await expect(row.locator('.field').textContent()).resolves.toBe(HOSTILE.field)
    await expect(row.getAttribute('data-source')).resolves.toBe(HOSTILE.sourceId)
    await expect(page.locator('img').count()).resolves.toBe(0)
    await expect(page.locator('script').count()).resolves.toBe(1)
    await row.hover()
    expectOffline(opened)
  })
})
