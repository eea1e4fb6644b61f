/** Search that takes sentences, and a no-results page that helps (issue #12, part 7). */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../../src/env.ts'
import { createTestApp, createTestDeps, REPO_ROOT } from '../helpers/create-test-app.ts'

let app: Awaited<ReturnType<typeof createTestApp>>
let real: Deps
beforeAll(async () => {
  ;[app, real] = await Promise.all([createTestApp(), createTestDeps(REPO_ROOT)])
}, 60_000)
const html = async (path: string, on: { request: (p: string) => Response | Promise<Response> } = app) => (await on.request(path)).text()

describe('sentences as queries', () => {
  // "nee" is dropped from a sentence as an answer word, and a short last word is not completed after other words: test/search/sentences.test.ts.
  it('still completes a word being typed that the corpus does not contain ("dida" finds Didam)', () => {
    const { hits } = real.search.search({ q: 'dida', filters: {}, limit: 5, offset: 0 })

    expect(hits[0]?.slug).toBe('didam-arrest')
  })

  it('says so when no entry matches all words and it shows partial matches', async () => {
    const partial = await html('/zoeken?q=didam+zonnedak')
    const whole = await html('/zoeken?q=didam')

    expect(partial).toContain('Geen resultaat met alle woorden')
    expect(partial).toContain('href="/regels/didam-arrest"')
    expect(whole).not.toContain('Geen resultaat met alle woorden')
  })

  it('offers tips and routes to browse when nothing is found', async () => {
    const page = await html('/zoeken?q=qqqxyzzy')

    expect(page).toContain('Geen resultaten voor “qqqxyzzy”.')
    expect(page).toContain('class="search-tips"')
    expect(page).toContain('href="/regels">regels</a>')
  })
})

