/** Cases by storyline: newest first or best match, kind of initiative, "eerst nee, later gelukt", exact outcomes (issue #12, part 3). */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '../../src/content/load-fs.ts'
import { outcomeText } from '../../src/views/components/outcome.ts'
import { createTestApp, REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
let real: Awaited<ReturnType<typeof createTestApp>>
const cases = new Map(loadContent(REPO_ROOT, TODAY).corpus.case.map((c) => [c.slug, c.meta]))
beforeAll(async () => {
  ;[app, real] = await Promise.all([createTestApp(), createTestApp(REPO_ROOT)])
}, 60_000)
const html = async (path: string, on = app) => (await on.request(path)).text()
const caseSlugs = (page: string) => [...page.matchAll(/<h3 class="card__title"><a href="\/casussen\/([^"]+)"/g)].map((m) => m[1]!)

describe('case list order', () => {
  it('lists cases newest first by default, and A–Z on request (real corpus)', async () => {
    const recent = caseSlugs(await html('/casussen', real))
    const az = caseSlugs(await html('/casussen?sort=title', real))
    const starts = recent.map((slug) => cases.get(slug)!.period.start)

    expect(recent.length).toBe(cases.size)
    expect(starts).toEqual([...starts].sort((a, b) => b - a))
    expect(az).not.toEqual(recent)
    expect([...az].sort()).toEqual([...recent].sort())
  })

  it('orders a searched list by best match and offers that order first', async () => {
    const page = await html('/casussen?q=postcoderoos', real)
    const slugs = caseSlugs(page)

    expect(slugs.length).toBeGreaterThan(0)
    expect(slugs.length).toBeLessThan(cases.size)
    expect(page).toMatch(/<a href="\/casussen\?q=postcoderoos" aria-current="true">Best passend<\/a>/)
    expect(page).toContain('<a href="/casussen?q=postcoderoos&amp;sort=recent">Nieuwste eerst</a>')
  })

  it('keeps the chosen order when a filter chip is removed', async () => {
    const page = await html('/casussen?sort=title&outcome=worked')

    expect(page).toMatch(/<a class="chip" href="\/casussen\?sort=title"/)
  })
})

describe('case facets', () => {
  it('filters on the kind of initiative', async () => {
    const page = await html('/casussen?initiative=dorpshuis')

    expect(caseSlugs(page)).toEqual(['dorpshuis-voorbeeld'])
    expect(page).toMatch(/<legend>Soort initiatief<\/legend>/)
  })

  it('filters on "eerst nee, later gelukt" (real corpus)', async () => {
    const slugs = caseSlugs(await html('/casussen?turnaround=yes', real))
    const turned = [...cases].filter(([, m]) => m.turnaround).map(([slug]) => slug)

    expect(turned.length).toBeGreaterThan(0)
    expect(slugs.sort()).toEqual(turned.sort())
    expect(await html('/casussen', real)).toMatch(/<label for="f-turnaround-yes">Eerst nee, later gelukt <span class="count">\(\d+\)/)
  })
})

describe('outcome labels', () => {
  it('say what is known: when it was reached, that the end is unknown, or that it turned around', () => {
    expect(outcomeText({ outcome: 'worked', period: { start: 2020, end: 2023 } }, 'nl')).toBe('Gelukt in 2023')
    expect(outcomeText({ outcome: 'worked', period: { start: 2020 } }, 'nl')).toBe('Gelukt; afronding niet bekend')
    expect(outcomeText({ outcome: 'worked', period: { start: 2020, end: 2022 }, turnaround: true }, 'nl')).toBe('Eerst nee, later gelukt in 2022')
    expect(outcomeText({ outcome: 'ongoing', period: { start: 2019 } }, 'en')).toBe('Ongoing, since 2019')
    expect(outcomeText({ outcome: 'blocked', period: { start: 2019 } }, 'nl')).toBe('Vastgelopen')
  })

  it('appear on the case cards and the case page', async () => {
    expect(await html('/casussen')).toContain('Gelukt in 2023</span>')
    expect(await html('/casussen/dorpshuis-voorbeeld')).toContain('Gelukt in 2023</span>')
  })
})
