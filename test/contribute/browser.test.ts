/**
 * Contributing in Chromium, as a volunteer without an account does it: a tip in five questions,
 * or a case in five steps, sent by the server to a fake GitHub API on 127.0.0.1 — with
 * JavaScript (steps checked in the browser, type-ahead, draft kept) and without.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { describeBrowser, launchBrowser, startTestServer, type TestServer } from '../helpers/browser.ts'
import { REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts'
import { corpusChecker } from './helpers.ts'
import { defaultConfig } from '../../src/env.ts'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const WIDTHS = [1280, 390]
let server: TestServer
let browser: Browser
let github: FakeGitHub
let check: ReturnType<typeof corpusChecker>

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
/** axe at every width the review uses, on the page as it is now. */
async function axeAtEveryWidth(page: Page): Promise<string[]> {
  const found: string[] = []
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 })
    found.push(...(await axeViolations(page)).map((v) => `${width}px ${v}`))
  }
  return found
}
const summaryLinks = (page: Page) => page.locator('#fouten a').allInnerTexts()

async function fillTip(page: Page) {
  await page.fill('#f-what', 'De gemeente wilde het dorpshuis verkopen; de stichting mocht eerst niet meebieden.')
  await page.fill('#f-where', 'Gemeente Het Hogeland')
  await page.fill('#f-source', 'https://www.example.org/dorpskrant/dorpshuis')
  await page.check('#f-consent')
}

const steps: Record<number, (page: Page, js: boolean) => Promise<void>> = {
  1: async (page) => {
    await page.fill('#f-title', 'Buurtkeuken De Pan en de gemeente')
    await page.fill('#f-summary', 'Een stichting huurde een leeg schoolgebouw van de gemeente voor een buurtkeuken.')
    await page.fill('#f-sections-happened', 'De stichting wilde het lege schoolgebouw huren.\n\nDe gemeente twijfelde.')
    await page.fill('#f-sections-friction', 'De gemeente dacht dat het [Didam-arrest](/regels/didam-arrest) een openbare procedure eiste.')
    await page.fill('#f-sections-resolution', 'Een tijdelijke huur met een openbare aankondiging vooraf.')
    await page.fill('#f-sections-lessons', '- Kondig het voornemen op tijd aan.\n- Leg de criteria vooraf vast.')
  },
  2: async (page) => {
    await page.fill('#f-place', 'Utrecht')
    await page.selectOption('#f-province', 'Utrecht')
    await page.fill('#f-period-start', '2023')
    await page.fill('#f-initiative-name', 'Stichting Buurtkeuken De Pan')
    await page.check('input[name="initiative.legal_form"][value="stichting"]')
    await page.check('input[name="initiative.kind"][value="dorpshuis"]')
    await page.fill('#f-public_bodies', 'Gemeente Utrecht')
    await page.check('input[name="domains"][value="food"]')
  },
  3: async (page, js) => {
    if (js) {
      // Type-ahead: the long list narrows to what matches, the status says how many.
      await page.fill('#f-rules-filter', 'didam')
      await expect(page.locator('#f-rules-count').innerText()).resolves.toMatch(/^1 van \d+ getoond$/)
      expect(await page.locator('input[name="rules"]:visible').count()).toBe(1)
    }
    await page.check('input[name="rules"][value="didam-arrest"]')
    await page.check('input[name="outcome"][value="partly"]')
    await page.check('input[name="barrier"][value="unused-room"]')
  },
  4: async (page) => {
    await page.selectOption('#f-references-0-type', 'ecli')
    await page.fill('#f-references-0-id', 'ECLI:NL:HR:2021:1778')
    await page.fill('#f-references-0-title', 'Hoge Raad 26 november 2021 (Didam)')
  },
}
const next = (page: Page) => Promise.all([page.waitForNavigation(), page.click('button:has-text("Volgende stap")')])

describeBrowser('contributing without an account, in Chromium', () => {
  beforeAll(async () => {
    github = await startFakeGitHub()
    server = await startTestServer(REPO_ROOT, {
      config: { ...defaultConfig, repositoryUrl: 'https://github.com/tussenruimte/tussenruimte', editorialEmail: 'redactie@example.org' },
      issueRelay: { token: 'test-token', apiUrl: github.url, timeoutMs: 2000 },
    })
    browser = await launchBrowser()
    check = corpusChecker(REPO_ROOT, TODAY)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await github?.close()
  })
  beforeEach(() => {
    github.requests.length = 0
    github.mode = 'created'
  })

  for (const js of [true, false]) {
    it(`sends a tip ${js ? 'with' : 'without'} JavaScript and returns the link to the issue`, async () => {
      const context = await browser.newContext({ viewport: { width: js ? 1280 : 390, height: 900 }, javaScriptEnabled: js })
      const page = await context.newPage()
      await page.goto(`${server.url}/bijdragen`)
      await Promise.all([page.waitForNavigation(), page.click('text=Stuur een tip in vijf vragen')])
      if (js) expect(await axeAtEveryWidth(page)).toEqual([])

      await fillTip(page)
      await Promise.all([page.waitForNavigation(), page.click('button:has-text("Verstuur naar de redactie")')])

      expect(await page.getAttribute('#issue-link', 'href')).toBe('https://github.com/tussenruimte/tussenruimte/issues/42')
      expect(github.requests).toHaveLength(1)
      const { body } = github.requests[0]!
      expect(body.title).toBe('Tip: Gemeente Het Hogeland')
      expect(body.labels).toEqual(['tip', 'via-site'])
      expect(body.body).toContain('De gemeente wilde het dorpshuis verkopen; de stichting mocht eerst niet meebieden.')
      if (js) expect(await axeAtEveryWidth(page)).toEqual([])
      await context.close()
    }, 60_000)
  }

  it('with GitHub down, the tip page keeps the text and offers e-mail', async () => {
    github.mode = 'down'
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${server.url}/bijdragen/tip`)
    await fillTip(page)
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Verstuur naar de redactie")')])

    expect(await page.getAttribute('#mail-link', 'href')).toMatch(/^mailto:redactie@example\.org\?subject=Tip/)
    expect(await page.inputValue('#relay-text')).toContain('de stichting mocht eerst niet meebieden')
    expect(await page.inputValue('#f-what')).toContain('de stichting mocht eerst niet meebieden')
    expect(await axeAtEveryWidth(page)).toEqual([])
    await context.close()
  }, 60_000)

  it('with JavaScript: each step is checked in the browser, the draft survives a reload, and the case reaches the editors', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    await page.goto(`${server.url}/`)
    await page.click('nav >> text=Bijdragen')
    await page.waitForSelector('[data-island="contribute"][data-hydrated="true"]')

    // An empty step 1 is checked here, without a round trip: its six problems, focus on the summary.
    await page.click('button:has-text("Volgende stap")')
    await page.waitForFunction(() => document.activeElement?.id === 'fouten')
    expect(await summaryLinks(page)).toHaveLength(6)
    expect(page.url()).toBe(`${server.url}/bijdragen`)
    expect(await axeAtEveryWidth(page)).toEqual([])

    // What is typed survives a reload.
    await steps[1]!(page, true)
    await page.reload()
    await page.waitForSelector('[data-hydrated="true"]')
    expect(await page.inputValue('#f-title')).toBe('Buurtkeuken De Pan en de gemeente')
    await expect(page.locator('.notice[role="status"]').innerText()).resolves.toContain('concept')

    for (const step of [1, 2, 3, 4]) {
      if (step > 1) await steps[step]!(page, true)
      if (step === 3) expect(await axeAtEveryWidth(page)).toEqual([])
      await next(page)
      await page.waitForSelector('[data-hydrated="true"]')
    }
    await expect(page.locator('h2#formulier').innerText()).resolves.toContain('Controleer uw antwoorden')
    expect(await axeAtEveryWidth(page)).toEqual([])
    await page.check('#f-consent')
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Controleren")')])
    const file = await page.inputValue('#contribute-file')
    expect(check('content/cases/buurtkeuken-de-pan-en-de-gemeente.md', file)).toEqual([])
    expect(await axeAtEveryWidth(page)).toEqual([])

    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Verstuur naar de redactie")')])
    expect(await page.getAttribute('#issue-link', 'href')).toBe('https://github.com/tussenruimte/tussenruimte/issues/42')
    expect(github.requests[0]!.body.labels).toEqual(['nieuwe-casus', 'via-site'])
    expect(github.requests[0]!.body.body).toContain(file.trim())
    // Sent: the draft is gone.
    expect(await page.evaluate(() => localStorage.getItem('tussenruimte:bijdrage:v1'))).toBeNull()
    expect(consoleErrors).toEqual([])
    await context.close()
  }, 120_000)

  it('without JavaScript: the five steps end to end, with a mistake fixed on the way', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/bijdragen`)
    await steps[1]!(page, false)
    await next(page)
    await steps[2]!(page, false)
    await page.fill('#f-place', '')
    await next(page)
    expect(await summaryLinks(page)).toEqual(['Vul de gemeente in waar het speelde'])
    expect(await page.title()).toMatch(/^Fout: /)
    expect(await page.inputValue('#f-initiative-name')).toBe('Stichting Buurtkeuken De Pan')
    await page.fill('#f-place', 'Utrecht')
    await next(page)
    await steps[3]!(page, false)
    await next(page)
    // "Add another source" works without JavaScript too.
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Nog een bron toevoegen")')])
    expect(new URL(page.url()).hash).toBe('#f-references-2-type')
    await steps[4]!(page, false)
    await next(page)

    // Change an answer from the check page, and come back.
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Wijzig") >> nth=0')])
    expect(await page.inputValue('#f-title')).toBe('Buurtkeuken De Pan en de gemeente')
    for (let step = 1; step <= 4; step++) await next(page)
    await page.check('#f-consent')
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Controleren")')])
    const file = await page.inputValue('#contribute-file')
    expect(check('content/cases/buurtkeuken-de-pan-en-de-gemeente.md', file)).toEqual([])
    await context.close()
  }, 120_000)
})
