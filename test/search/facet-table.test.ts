import { describe, expect, it } from 'vitest'
import { facetNames, type FacetName } from '../../src/content/taxonomy.ts'
import { buildFacetTable, filterAndCount, type Filters } from '../../src/search/facet-table.ts'

type Doc = Partial<Record<FacetName, string[]>>

const docs: Doc[] = [
  { type: ['rule'], domain: ['energy'], level: ['municipal'] },
  { type: ['case'], domain: ['energy', 'housing'], level: ['municipal'] },
  { type: ['case'], domain: ['housing'], level: ['national'] },
  { type: ['workaround'], domain: [], level: ['municipal'] },
]
const tableOf = (list: Doc[]) => buildFacetTable(list.length, (d, f) => list[d]![f] ?? [])
const all = (list: Doc[]) => list.map((_, i) => i)

/** The semantics spelled out per document, slowly: the reference the table must agree with. */
function reference(list: Doc[], filters: Filters) {
  const passes = (doc: Doc, f: FacetName) => !filters[f]?.length || (doc[f] ?? []).some((v) => filters[f]!.includes(v))
  const facets = Object.fromEntries(facetNames.map((f) => [f, {} as Record<string, number>]))
  const passed: number[] = []
  list.forEach((doc, i) => {
    if (facetNames.every((f) => passes(doc, f))) passed.push(i)
    for (const f of facetNames) {
      if (!facetNames.every((g) => g === f || passes(doc, g))) continue
      for (const v of doc[f] ?? []) facets[f]![v] = (facets[f]![v] ?? 0) + 1
    }
  })
  return { passed, facets }
}

describe('facet table', () => {
  it('filters OR within a facet and AND across facets', () => {
    const table = tableOf(docs)
    expect(filterAndCount(table, all(docs), { domain: ['energy', 'housing'] }).passed).toEqual([0, 1, 2])
    expect(filterAndCount(table, all(docs), { domain: ['housing'], level: ['municipal'] }).passed).toEqual([1])
    expect(filterAndCount(table, all(docs), { domain: ['unknown-value'] }).passed).toEqual([])
  })

  it("counts a facet's values without that facet's own filter, and the others with every filter", () => {
    const { facets } = filterAndCount(tableOf(docs), all(docs), { type: ['case'], level: ['municipal'] })

    // type ignores the type filter but keeps level: docs 0, 1 and 3 are municipal.
    expect(facets.type).toEqual({ rule: 1, case: 1, workaround: 1 })
    // level ignores the level filter but keeps type: the two cases.
    expect(facets.level).toEqual({ municipal: 1, national: 1 })
    // domain keeps both filters: only doc 1.
    expect(facets.domain).toEqual({ energy: 1, housing: 1 })
  })

  it('counts only the documents it is given, in their order', () => {
    const { passed, facets } = filterAndCount(tableOf(docs), [3, 1], {})
    expect(passed).toEqual([3, 1])
    expect(facets.type).toEqual({ workaround: 1, case: 1 })
  })

  it('agrees with the slow reference on random documents and filters', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const values = ['a', 'b', 'c', 'd']
    const pick = () => values.filter(() => random() < 0.4)
    for (let round = 0; round < 200; round++) {
      const list: Doc[] = Array.from({ length: 30 }, () => Object.fromEntries(facetNames.map((f) => [f, pick()])))
      const filters: Filters = Object.fromEntries(facetNames.filter(() => random() < 0.4).map((f) => [f, pick()]))
      const got = filterAndCount(tableOf(list), all(list), filters)
      expect(got).toEqual(reference(list, filters))
    }
  })
})
