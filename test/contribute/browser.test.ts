/**
 * The contribution form in Chromium, as a contributor without a terminal uses it: fill it in,
 * see the errors, fix them, get a file that npm run check accepts. With JavaScript (checked in
 * the browser, draft kept) and without (checked by the server on POST).
 */
import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeBrowser, launchBrowser, startTestServer, type TestServer } from '../helpers/browser.ts'
import { REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'
import { corpusChecker } from './helpers.ts'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
let server: TestServer
let browser: Browser
let check: ReturnType<typeof corpusChecker>

/** Fills every field of a case in the real corpus, leaving `skip` out. */
async function fillCase(page: Page, skip: string[] = []) {
  const fill = async (selector: string, value: string) => {
    if (!skip.includes(selector)) await page.fill(selector, value)
  }
  const tick = async (selector: string) => {
    if (!skip.includes(selector)) await page.check(selector)
  }
  await fill('#f-title', 'Buurtkeuken De Pan en de gemeente')
  await fill('#f-summary', 'Een stichting huurde een leeg schoolgebouw van de gemeente voor een buurtkeuken.')
  await fill('#f-place', 'Utrecht')
  if (!skip.includes('#f-province')) await page.selectOption('#f-province', 'Utrecht')
  await fill('#f-period-start', '2023')
  await fill('#f-initiative-name', 'Stichting Buurtkeuken De Pan')
  await tick('input[name="initiative.legal_form"][value="stichting"]')
  await tick('input[name="initiative.kind"][value="dorpshuis"]')
  await fill('#f-public_bodies', 'Gemeente Utrecht')
  await tick('input[name="domains"][value="food"]')
  await tick('input[name="rules"][value="didam-arrest"]')
  await tick('input[name="outcome"][value="partly"]')
  await tick('input[name="barrier"][value="unused-room"]')
  if (!skip.includes('#f-references-0-type')) await page.selectOption('#f-references-0-type', 'ecli')
  await fill('#f-references-0-id', 'ECLI:NL:HR:2021:1778')
  await fill('#f-references-0-title', 'Hoge Raad 26 november 2021 (Didam)')
  await fill('#f-sections-happened', 'De stichting wilde het lege schoolgebouw huren.\n\nDe gemeente twijfelde.')
  await fill('#f-sections-friction', 'De gemeente dacht dat het [Didam-arrest](/regels/didam-arrest) een openbare procedure eiste.')
  await fill('#f-sections-resolution', 'Een tijdelijke huur met een openbare aankondiging vooraf.')
  await fill('#f-sections-lessons', '- Kondig het voornemen op tijd aan.\n- Leg de criteria vooraf vast.')
  await tick('#f-consent')
}

const summaryLinks = (page: Page) => page.locator('#fouten a').allInnerTexts()
const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)

describeBrowser('the contribution form in Chromium', () => {
  beforeAll(async () => {
    server = await startTestServer()
    browser = await launchBrowser()
    check = corpusChecker(REPO_ROOT, TODAY)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('with JavaScript: shows every error, then a file that npm run check accepts, and keeps a draft', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    const page = await context.newPage()
    const failedRequests: string[] = []
    const consoleErrors: string[] = []
    page.on('response', (res) => {
      if (res.status() >= 500) failedRequests.push(res.url())
    })
    // A Content-Security-Policy violation or a script error would show here.
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    await page.goto(`${server.url}/`)
    await page.click('nav >> text=Bijdragen')
    await page.waitForSelector('[data-island="contribute"][data-hydrated="true"]')

    // Submitting the empty form lists every problem, checked in the browser, and focuses the summary.
    await page.click('button:has-text("Controleren en bestand maken")')
    await page.waitForSelector('#fouten')
    // Focus moves to the summary (in an effect after the render, hence the wait).
    await page.waitForFunction(() => document.activeElement?.id === 'fouten')
    expect((await summaryLinks(page)).length).toBe(18)
    expect(await axeViolations(page)).toEqual([])

    // A typed value survives a reload.
    await fillCase(page, ['#f-references-0-id'])
    await page.fill('#f-references-0-id', 'ECLI:NL:HR:21:1778')
    await page.reload()
    await page.waitForSelector('[data-hydrated="true"]')
    expect(await page.inputValue('#f-title')).toBe('Buurtkeuken De Pan en de gemeente')
    expect(await page.isChecked('input[name="rules"][value="didam-arrest"]')).toBe(true)
    await expect(page.locator('.notice[role="status"]').innerText()).resolves.toContain('concept')

    // One mistake left: the summary names it and links to the field, which says it too.
    await page.click('button:has-text("Controleren en bestand maken")')
    await page.waitForSelector('#fouten')
    expect(await summaryLinks(page)).toEqual(['Vul bij bron 1 een geldige code in voor Uitspraak (ECLI), zoals ECLI:NL:HR:2021:1778'])
    await page.click('#fouten a')
    expect(await page.getAttribute('#f-references-0-id', 'aria-invalid')).toBe('true')
    await expect(page.locator('#f-references-0-id-error').innerText()).resolves.toContain('ECLI:NL:HR:2021:1778')

    // Fixed: the server writes the file.
    await page.fill('#f-references-0-id', 'ECLI:NL:HR:2021:1778')
    await page.click('button:has-text("Controleren en bestand maken")')
    await page.waitForSelector('#resultaat-heading')
    await page.waitForFunction(() => document.activeElement?.id === 'resultaat-heading')
    expect(await page.locator('#fouten').count()).toBe(0)
    const file = await page.inputValue('#contribute-file')
    expect(check('content/cases/buurtkeuken-de-pan-en-de-gemeente.md', file)).toEqual([])
    await expect(page.locator('.contribute-preview').innerText()).resolves.toContain('Buurtkeuken De Pan en de gemeente')

    // Downloading gives the same file; the pull request link carries it too.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[download]')])
    expect(download.suggestedFilename()).toBe('buurtkeuken-de-pan-en-de-gemeente.md')
    expect(readFileSync((await download.path())!, 'utf8')).toBe(file)
    const pr = new URL((await page.getAttribute('a:has-text("Pull request openen")', 'href'))!)
    expect(pr.searchParams.get('value')).toBe(file)

    // Copying puts it on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    await page.click('button:has-text("Kopiëren")')
    await page.locator('.contribute-file__copy [role="status"]', { hasText: 'Het bestand is gekopieerd.' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file)

    expect(await axeViolations(page)).toEqual([])
    expect(failedRequests).toEqual([])
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 60_000)

  it('without JavaScript: the server lists the errors, keeps the values, and returns the file', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/bijdragen`)
    await fillCase(page, ['#f-place', 'input[name="barrier"][value="unused-room"]'])

    await page.click('button:has-text("Controleren en bestand maken")')
    await page.waitForSelector('#fouten')
    expect(await summaryLinks(page)).toEqual(['Vul de gemeente in waar het speelde', 'Kies wat voor blokkade het bleek te zijn'])
    expect(await page.title()).toMatch(/^Fout: /)
    expect(await page.inputValue('#f-title')).toBe('Buurtkeuken De Pan en de gemeente')
    expect(await page.inputValue('#f-sections-lessons')).toBe('- Kondig het voornemen op tijd aan.\n- Leg de criteria vooraf vast.')
    // (axe needs JavaScript to run; the same markup is checked in the test above.)

    // "Add another source" works without JavaScript too.
    await page.click('button:has-text("Nog een bron toevoegen")')
    await page.waitForSelector('#f-references-2-type')
    expect(new URL(page.url()).hash).toBe('#f-references-2-type')

    await page.fill('#f-place', 'Utrecht')
    await page.check('input[name="barrier"][value="unused-room"]')
    await page.click('button:has-text("Controleren en bestand maken")')
    await page.waitForSelector('#resultaat-heading')
    const file = await page.inputValue('#contribute-file')
    expect(check('content/cases/buurtkeuken-de-pan-en-de-gemeente.md', file)).toEqual([])
    await context.close()
  }, 60_000)
})
