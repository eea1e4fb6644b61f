/**
 * One Regelscan end to end in Chromium, with JavaScript off and on, at a phone and a desktop
 * width: start page, an empty submit (error summary), every question, the check page with a
 * change, the result with its "why" opened, and the note downloaded; axe finds nothing on any
 * step. With JavaScript the questions go on without a page load.
 */
import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeBrowser, launchBrowser, startTestServer, type TestServer } from '../helpers/browser.ts'
import { ONE_CANDIDATE } from '../scan-web/helpers.ts'
import { createScanNoteRoutes } from '../../src/routes/scan-note-routes.tsx'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const ANSWERS = Object.fromEntries(new URLSearchParams(ONE_CANDIDATE))

let server: TestServer
let browser: Browser

/**
 * axe runs in the page, which needs JavaScript: without it, the same address is checked in a
 * second page whose own scripts are blocked, so it is the page as a reader without JavaScript gets it.
 */
async function axeStep(page: Page, step: string, failures: string[], noScripts?: Page) {
  let target = page
  if (noScripts) {
    await noScripts.goto(page.url())
    target = noScripts
  }
  const { violations } = await new AxeBuilder({ page: target }).withTags(TAGS).analyze()
  for (const v of violations) failures.push(`${step}: ${v.id} [${v.impact}] ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

const current = (page: Page) => page.$eval('input[name="beantwoord"]', (el) => (el as HTMLInputElement).value).catch(() => undefined)

describeBrowser('Regelscan in Chromium', () => {
  beforeAll(async () => {
    server = await startTestServer(undefined, { scanNoteRoutes: createScanNoteRoutes, renderNoteDocx: async (note) => (await import('../../src/platform/note-docx.ts')).noteToDocx(note) })
    browser = await launchBrowser()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  for (const javaScriptEnabled of [false, true]) {
    for (const width of [390, 1280]) {
      it(`runs grond-of-gebouw end to end with JavaScript ${javaScriptEnabled ? 'on' : 'off'} at ${width}px, axe-clean on every step`, async () => {
        const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 }, acceptDownloads: true })
        const page = await context.newPage()
        const failures: string[] = []
        const checker = javaScriptEnabled ? undefined : await browser.newContext({ viewport: { width, height: 900 } })
        const noScripts = await checker?.newPage()
        await noScripts?.route('**/assets/*.js', (route) => route.abort())
        const axe = (p: Page, step: string, list: string[]) => axeStep(p, step, list, noScripts)
        // Clicks that load a page with JavaScript off stay in the page with it on.
        const act = async (click: () => Promise<void>, expectLoad = !javaScriptEnabled) => {
          if (expectLoad) await Promise.all([page.waitForEvent('load'), click()])
          else await click()
        }

        await page.goto(`${server.url}/regelscan/grond-of-gebouw`)
        await axe(page, 'start', failures)
        await act(() => page.click('a.button-link'), true)
        if (javaScriptEnabled) {
          await page.waitForSelector('[data-scan-island][data-hydrated="true"]', { state: 'attached' })
          await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
        }
        await axe(page, 'first question', failures)

        // Submitting without an answer shows the error summary (and with JavaScript, focuses it).
        await act(() => page.click('form.scan-form button[type="submit"]'))
        await page.waitForSelector('.error-summary')
        if (javaScriptEnabled) expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true)
        await axe(page, 'missing answer', failures)

        const asked: string[] = []
        for (let id = await current(page); id; id = await current(page)) {
          expect(asked).not.toContain(id)
          asked.push(id)
          await page.check(`input[name="${id}"][value="${ANSWERS[id]}"]`)
          await act(() => page.click('form.scan-form button[type="submit"]'))
          await page.waitForFunction((prev) => (document.querySelector('input[name="beantwoord"]') as HTMLInputElement | null)?.value !== prev, id)
          if (javaScriptEnabled) expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
          if (asked.length === 2) await axe(page, 'a later question', failures)
        }
        expect(asked.sort()).toEqual(Object.keys(ANSWERS).sort())
        expect(new URL(page.url()).pathname).toBe('/regelscan/grond-of-gebouw/controle')
        expect(new URL(page.url()).searchParams.get('gegadigden')).toBe('een-objectief')
        await axe(page, 'check your answers', failures)

        // Change one answer: the question opens with the answer ticked and returns to the check page.
        await act(() => page.click('.summary-list__row:has-text("Welke prijs") a'))
        expect(await page.isChecked('input[name="prijs"][value="onder-markt"]')).toBe(true)
        await page.check('input[name="prijs"][value="marktconform"]')
        await act(() => page.click('form.scan-form button[type="submit"]'))
        await page.waitForSelector('.scan-check')
        expect(new URL(page.url()).searchParams.get('prijs')).toBe('marktconform')
        if (javaScriptEnabled) expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)

        await act(() => page.click('a[data-scan-result]'), true)
        expect(await page.textContent('h1')).toContain('Uitkomst')
        await page.click('.scan-rule .scan-why summary')
        expect(await page.isVisible('.scan-rule .scan-why ul')).toBe(true)
        await axe(page, 'result', failures)

        const [markdown] = await Promise.all([page.waitForEvent('download'), page.click('a[href*="/onderbouwing.md?"]')])
        expect(markdown.suggestedFilename()).toBe('onderbouwing-grond-of-gebouw.md')
        expect(readFileSync((await markdown.path())!, 'utf8')).toContain('ECLI:NL:HR:2021:1778')
        const [word] = await Promise.all([page.waitForEvent('download'), page.click('a[href*="/onderbouwing.docx?"]')])
        const zip = await JSZip.loadAsync(readFileSync((await word.path())!))
        expect(await zip.file('word/document.xml')!.async('string')).toContain('ECLI:NL:HR:2021:1778')

        await act(() => page.click('a[href*="/onderbouwing?"]'), true)
        expect(await page.textContent('h1')).toContain('Onderbouwing')
        await axe(page, 'note', failures)
        await context.close()
        await checker?.close()

        expect(failures).toEqual([])
      }, 120_000)
    }
  }
})
