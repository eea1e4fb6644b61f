import { describe, expect, it } from 'vitest'
import { editDistance, editDistanceWithin } from '../../src/content/closest.ts'
import { suggestFor, MAX_SUGGESTED_WORDS } from '../../src/search/suggest.ts'
import type { SearchEngine } from '../../src/search/engine.ts'
import { createTestDeps } from '../helpers/create-test-app.ts'

describe('the bounded edit distance', () => {
  it('equals the full distance up to the bound and says "more" beyond it', () => {
    const words = ['didam', 'didma', 'dadim', 'grond', 'grondverkoop', 'verkoop', 'staatssteun', 'steun', 'a', '', 'abcdef', 'badcfe', 'ab', 'ba', 'ca', 'abc']
    for (const a of words) {
      for (const b of words) {
        const full = editDistance(a, b)
        for (const max of [0, 1, 2, 3]) expect(editDistanceWithin(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(full, max + 1))
      }
    }
  })
})

describe('"Bedoelde u"', () => {
  it('looks up only the first few words of a long query', async () => {
    const { search } = await createTestDeps()
    let lookups = 0
    const counted: SearchEngine = { ...search, closestTerm: (w) => (lookups++, search.closestTerm(w)) }
    const words = Array.from({ length: 22 }, (_, i) => `woord${String.fromCharCode(97 + i)}xq`)

    suggestFor(counted, words.join(' '))

    expect(lookups).toBe(MAX_SUGGESTED_WORDS)
    expect(suggestFor(search, 'didma arest')).toBe('didam arrest')
  })
})
