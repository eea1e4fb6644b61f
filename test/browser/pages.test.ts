/**
 * Every page type in a real browser: zero axe violations (WCAG 2.0/2.1/2.2 A and AA) at a phone
 * and a desktop width, with screenshots saved to test/screenshots/ (ignored by git) for review;
 * keyboard-only use of search; the instant-search combobox.
 */
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeBrowser, launchBrowser, startTestServer, type TestServer } from '../helpers/browser.ts'

const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url))
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const WIDTHS = [390, 1280]

const PAGES: [name: string, path: string][] = [
  ['home', '/'],
  ['search-results', '/zoeken?q=didam'],
  ['search-filtered', '/zoeken?q=subsidie&type=rule&domain=energy'],
  ['search-none', '/zoeken?q=qqqxyz'],
  ['rules', '/regels'],
  ['workarounds', '/oplossingen'],
  ['cases', '/casussen?outcome=blocked'],
  ['cases-by-rule', '/casussen?rule=didam-arrest'],
  ['rule', '/regels/didam-arrest'],
  ['workaround', '/oplossingen/enige-serieuze-gegadigde'],
  ['case', '/casussen/dorpshuis-oldenzijl'],
  ['friction-map', '/frictiekaart'],
  ['about', '/over'],
  ['accessibility', '/toegankelijkheid'],
  ['contribute', '/bijdragen'],
  ['editors', '/redactie'],
  ['follow', '/volgen'],
  ['open-data', '/open-data'],
  ['not-found', '/regels/bestaat-niet'],
  ['en-home', '/en'],
  ['en-search', '/en/search?q=state+aid'],
  ['en-rules', '/en/rules'],
  ['en-rule', '/en/rules/didam-arrest'],
  ['en-case', '/en/cases/meet-je-stad-amersfoort'],
  ['en-friction-map', '/en/friction-map'],
  ['en-about', '/en/about'],
  ['en-editors', '/en/editors'],
  ['en-follow', '/en/follow'],
  ['en-open-data', '/en/open-data'],
  ['en-not-found', '/en/nothing'],
]

let server: TestServer
let browser: Browser

describeBrowser('pages in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    server = await startTestServer()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  for (const width of WIDTHS) {
    it(`has no axe violations on any page type at ${width}px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } })
      const page = await context.newPage()
      const failures: string[] = []
      for (const [name, path] of PAGES) {
        await page.goto(server.url + path)
        await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: true })
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
        for (const v of violations) failures.push(`${path} @${width}: ${v.id} [${v.impact}] ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
      }
      await context.close()

      expect(failures).toEqual([])
    }, 120_000)
  }

  it('catches a violation when there is one (the check itself works)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.setContent('<html><head><title>x</title></head><body><main><input type="text"><a href="/"></a></main></body></html>')

    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()

    expect(violations.map((v) => v.id).sort()).toEqual(expect.arrayContaining(['html-has-lang', 'label', 'link-name']))
    await context.close()
  })

  it('lets a keyboard user find and open a rule from the home page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(server.url + '/')
    await page.waitForSelector('[data-island="instant-search"][data-hydrated="true"]', { state: 'attached' })

    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => document.activeElement?.textContent)
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.id === 'q')); i++) await page.keyboard.press('Tab')
    await page.keyboard.type('didam')
    await page.waitForSelector('#q-listbox [role="option"]')
    const expanded = await page.getAttribute('#q', 'aria-expanded')
    const announced = await page.textContent('[role="status"]')
    await page.keyboard.press('ArrowDown')
    // Preact commits the state change on its own schedule; wait for it rather than race it.
    const active = await page
      .waitForSelector('#q[aria-activedescendant]', { state: 'attached', timeout: 5000 })
      .then((el) => el.getAttribute('aria-activedescendant'))
    await Promise.all([page.waitForURL('**/regels/didam-arrest'), page.keyboard.press('Enter')])

    expect(first).toContain('Naar de inhoud')
    expect(expanded).toBe('true')
    expect(announced).toMatch(/\d+ resultaten?/)
    expect(active).toBe('q-listbox-0')
    expect(await page.textContent('h1')).toContain('Didam')
    await context.close()
  })

  it('searches and opens a result without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(server.url + '/')

    await page.fill('#q', 'postcoderoos')
    await Promise.all([page.waitForURL('**/zoeken?q=postcoderoos'), page.keyboard.press('Enter')])
    await page.click('.result__title a >> nth=0')

    expect(page.url()).toContain('/regels/sce-regeling')
    await context.close()
  })

  it('filters a list with the facet form without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(server.url + '/casussen')

    await page.check('#f-outcome-blocked')
    await Promise.all([page.waitForURL(/\/casussen\?(q=&)?outcome=blocked$/), page.click('.facets button[type="submit"]')])
    const badges = await page.$$eval('.cards .badge--outcome-blocked', (els) => els.length)
    const cards = await page.$$eval('.cards > .card', (els) => els.length)

    expect(cards).toBeGreaterThan(0)
    expect(badges).toBe(cards)
    await context.close()
  })
})
