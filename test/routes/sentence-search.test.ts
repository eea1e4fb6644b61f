/** Search that takes sentences, and a no-results page that helps (issue #12, part 7). */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../../src/env.ts'
import { allEntries } from '../../src/content/corpus.ts'
import { loadContent } from '../../src/content/load-fs.ts'
import { createTestApp, createTestDeps, REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
let real: Deps
beforeAll(async () => {
  ;[app, real] = await Promise.all([createTestApp(), createTestDeps(REPO_ROOT)])
}, 60_000)
const html = async (path: string, on: { request: (p: string) => Response | Promise<Response> } = app) => (await on.request(path)).text()

describe('sentences as queries', () => {
  it('does not expand a short word the corpus contains as a prefix: "nee" matches "nee", not "neemt" (real corpus)', () => {
    const { hits } = real.search.search({ q: 'nee', filters: {}, limit: 200, offset: 0 })
    const text = new Map(allEntries(loadContent(REPO_ROOT, TODAY).corpus).map((e) => [e.slug, `${e.meta.title} ${e.meta.summary} ${e.body}`]))
    const withoutTheWord = hits.map((h) => h.slug).filter((slug) => !/(^|[^\p{L}])nee([^\p{L}]|$)/iu.test(text.get(slug) ?? ''))

    expect(hits.length).toBeGreaterThan(0)
    expect(withoutTheWord).toEqual([])
  })

  it('still completes a word being typed that the corpus does not contain ("dida" finds Didam)', () => {
    const { hits } = real.search.search({ q: 'dida', filters: {}, limit: 5, offset: 0 })

    expect(hits[0]?.slug).toBe('didam-arrest')
  })

  it('says so when no entry matches all words and it shows partial matches', async () => {
    const partial = await html('/zoeken?q=didam+zonnedak')
    const whole = await html('/zoeken?q=didam')

    expect(partial).toContain('Geen enkele pagina bevat al uw woorden')
    expect(partial).toContain('href="/regels/didam-arrest"')
    expect(whole).not.toContain('Geen enkele pagina bevat al uw woorden')
  })

  it('offers tips and routes to browse when nothing is found', async () => {
    const page = await html('/zoeken?q=qqqxyzzy')

    expect(page).toContain('Geen resultaten voor “qqqxyzzy”.')
    expect(page).toContain('class="search-tips"')
    expect(page).toContain('href="/regels">regels</a>')
  })
})

