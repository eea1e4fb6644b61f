/**
 * Pages for the moment of need (issue #12) in a real browser: the way through on a rule page is
 * within reach of the first screen, with JavaScript on and off, and axe finds nothing.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeBrowser, launchBrowser, startTestServer, type TestServer } from '../helpers/browser.ts'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
let server: TestServer
let browser: Browser

/** Top and bottom of the first link to a workaround on a freshly loaded (unscrolled) page, in CSS pixels. */
async function firstWorkaroundLink(page: Page): Promise<{ top: number; bottom: number }> {
  // boundingBox works through the browser protocol, so also on a page without JavaScript.
  const box = await page.locator('main a[href^="/oplossingen/"]').first().boundingBox()
  if (!box) throw new Error('no workaround link on the page')
  return { top: box.y, bottom: box.y + box.height }
}

/** axe runs as a script in the page, so it can only check a page that runs JavaScript; the HTML is the same without. */
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return violations.map((v) => `${page.url()}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

describeBrowser('pages for the moment of need', () => {
  beforeAll(async () => {
    server = await startTestServer()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  for (const javaScriptEnabled of [true, false]) {
    const js = javaScriptEnabled ? 'with' : 'without'

    it(`shows the first way through on the Didam page within the first desktop screen (${js} JavaScript)`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`${server.url}/regels/didam-arrest`)
      const link = await firstWorkaroundLink(page)
      const violations = javaScriptEnabled ? await axe(page) : []
      await context.close()

      console.info(`Didam first workaround link at 1280px: ${Math.round(link.top)}–${Math.round(link.bottom)} px`)
      expect(link.bottom).toBeLessThanOrEqual(800)
      expect(violations).toEqual([])
    }, 60_000)

    it(`shows the first way through on the Didam page within two phone screens at 390 px (${js} JavaScript)`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled, isMobile: true })
      const page = await context.newPage()
      await page.goto(`${server.url}/regels/didam-arrest`)
      const link = await firstWorkaroundLink(page)
      const violations = javaScriptEnabled ? await axe(page) : []
      await context.close()

      console.info(`Didam first workaround link at 390px: ${Math.round(link.top)}–${Math.round(link.bottom)} px`)
      expect(link.bottom).toBeLessThanOrEqual(2 * 844)
      expect(violations).toEqual([])
    }, 60_000)
  }

  it('has no axe violations on a workaround page at 390 and 1280 px', async () => {
    const failures: string[] = []
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      await page.goto(`${server.url}/oplossingen/enige-serieuze-gegadigde`)
      failures.push(...(await axe(page)))
      await context.close()
    }
    expect(failures).toEqual([])
  }, 60_000)

  it('applies a filter as it changes, shows it as a chip, and clears it (with JavaScript)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${server.url}/zoeken?q=grond`)
    await page.waitForSelector('[data-island="instant-search"][data-hydrated="true"]', { state: 'attached' })
    const buttonHidden = await page.isHidden('.facets button[type="submit"]')

    await page.check('#f-applies-municipality')
    await page.waitForSelector('.chip')
    const chips = await page.$$eval('.chip', (els) => els.map((e) => e.textContent))
    const url = page.url()
    const focused = await page.evaluate(() => document.activeElement?.id)
    const violations = await axe(page)
    await page.click('.active-filters__clear')
    await page.waitForSelector('.chip', { state: 'detached' })
    const afterClear = page.url()
    await context.close()

    expect(buttonHidden).toBe(true)
    expect(chips).toEqual(['Geldt voor: Gemeente✕'])
    expect(url).toContain('applies=municipality')
    expect(focused).toBe('f-applies-municipality')
    expect(violations).toEqual([])
    expect(afterClear).not.toContain('applies=')
  }, 60_000)

  it('applies a filter with the button, shows it as a chip, and removes it (without JavaScript)', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/regels`)

    await page.check('#f-applies-municipality')
    await Promise.all([page.waitForURL(/\/regels\?(q=&)?applies=municipality$/), page.click('.facets button[type="submit"]')])
    const chips = await page.locator('.chip').count()
    const didam = await page.locator('.cards a[href="/regels/didam-arrest"]').count()
    await Promise.all([page.waitForURL('**/regels'), page.click('.chip')])
    const after = await page.locator('.chip').count()
    await context.close()

    expect(chips).toBe(1)
    expect(didam).toBe(1)
    expect(after).toBe(0)
  }, 60_000)

  for (const javaScriptEnabled of [true, false]) {
    it(`reaches the first result within five Tab presses from the search box (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(`${server.url}/zoeken?q=grond&domain=housing`)
      await page.focus('#q')
      let presses = 0
      let onResult = false
      while (presses < 5 && !onResult) {
        await page.keyboard.press('Tab')
        presses++
        onResult = await page.locator('.result-list .result__title a').first().evaluate((a) => a === document.activeElement).catch(() => false)
        if (!javaScriptEnabled) onResult = (await page.locator('.result-list .result__title a:focus').count()) > 0
      }
      await context.close()

      console.info(`Tab presses from the search box to the first result: ${presses}`)
      expect(onResult).toBe(true)
    }, 60_000)
  }

  it('loads its own typeface from its own origin, with no third-party requests and nothing blocked', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const requests: string[] = []
    const problems: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    await page.goto(`${server.url}/regels/didam-arrest`, { waitUntil: 'networkidle' })
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter((f) => f.family.includes('Atkinson') && f.status === 'loaded').length
    })
    await context.close()

    expect(loaded).toBeGreaterThan(0)
    expect(requests.some((u) => u.endsWith('.woff2'))).toBe(true)
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([])
    expect(problems).toEqual([])
  }, 60_000)

  it('prints a rule on at most four A4 pages, with its address, print date and last review, without navigation or related cards', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/regels/didam-arrest`)
    await page.emulateMedia({ media: 'print' })
    const shown = async (selector: string) => page.locator(selector).first().isVisible()
    const visible = {
      meta: await shown('.print-meta'),
      references: await shown('#references-heading'),
      body: await shown('#tussenruimte'),
      nav: await shown('.site-header__nav'),
      breadcrumbs: await shown('.breadcrumbs'),
      related: await shown('.related'),
      footer: await shown('.site-footer'),
    }
    const meta = await page.locator('.print-meta').textContent()
    const pdf = await page.pdf({ format: 'A4', printBackground: false })
    await context.close()
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length

    console.info(`Didam rule printed on ${pages} A4 pages`)
    expect(visible).toEqual({ meta: true, references: true, body: true, nav: false, breadcrumbs: false, related: false, footer: false })
    expect(meta).toMatch(new RegExp(`Afgedrukt van ${server.url}/regels/didam-arrest op \\d{1,2} \\w+ \\d{4}\\. Laatst gecontroleerd: \\d{1,2} \\w+ \\d{4}\\.`))
    expect(pages).toBeGreaterThan(0)
    expect(pages).toBeLessThanOrEqual(4)
  }, 60_000)

  it('does not overflow sideways at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } })
    const page = await context.newPage()
    const overflow: string[] = []
    for (const path of ['/', '/zoeken?q=grond&domain=housing&applies=municipality', '/regels', '/casussen', '/regels/didam-arrest', '/oplossingen/enige-serieuze-gegadigde', '/casussen/dorpshuis-oldenzijl', '/over', '/bijdragen']) {
      await page.goto(server.url + path)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 320) overflow.push(`${path}: ${width}px`)
    }
    await context.close()

    expect(overflow).toEqual([])
  }, 90_000)
})
