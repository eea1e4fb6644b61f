/**
 * Facet values of every document as small integer codes, prepared once per loaded index, so
 * that filtering and counting a query that matches every document of a large corpus is a
 * tight loop over typed arrays instead of string comparisons and objects per document.
 *
 * Semantics (as users expect): OR within a facet, AND across facets; the counts for a facet
 * ignore that facet's own filter, so choosing "energie" does not hide the other domains.
 */
import { facetNames, type FacetName } from '../content/taxonomy.ts'

export type Filters = Partial<Record<FacetName, string[]>>
export type FacetCounts = Record<FacetName, Record<string, number>>

export interface FacetTable {
  /** Codes of document d: codes[offsets[d]] … codes[offsets[d + 1] − 1]. */
  offsets: Int32Array
  codes: Uint16Array
  /** Per code: the facet (its position in facetNames) and the value. */
  facetOf: Uint8Array
  valueOf: string[]
  codeOf: Map<string, number>
}

const key = (facet: number, value: string) => `${facet}\u0000${value}`

/** `valuesOf(d, facet)` gives document d's values for a facet (its type for 'type'). */
export function buildFacetTable(count: number, valuesOf: (doc: number, facet: FacetName) => readonly string[]): FacetTable {
  const offsets = new Int32Array(count + 1)
  const codes: number[] = []
  const facetOf: number[] = []
  const valueOf: string[] = []
  const codeOf = new Map<string, number>()
  for (let doc = 0; doc < count; doc++) {
    facetNames.forEach((facet, f) => {
      for (const value of valuesOf(doc, facet)) {
        let code = codeOf.get(key(f, value))
        if (code === undefined) {
          code = valueOf.push(value) - 1
          facetOf.push(f)
          codeOf.set(key(f, value), code)
        }
        codes.push(code)
      }
    })
    offsets[doc + 1] = codes.length
  }
  return { offsets, codes: Uint16Array.from(codes), facetOf: Uint8Array.from(facetOf), valueOf, codeOf }
}

/**
 * Filters `docs` (kept in their order) and counts facet values over them.
 * Returns the documents that pass every filter, and the counts.
 */
export function filterAndCount(table: FacetTable, docs: ArrayLike<number>, filters: Filters): { passed: number[]; facets: FacetCounts } {
  const { offsets, codes, facetOf, valueOf, codeOf } = table
  const allowed = new Uint8Array(valueOf.length)
  let activeMask = 0
  facetNames.forEach((facet, f) => {
    const wanted = filters[facet]
    if (!wanted?.length) return
    activeMask |= 1 << f
    for (const value of wanted) {
      const code = codeOf.get(key(f, value))
      if (code !== undefined) allowed[code] = 1
    }
  })

  const counts = new Int32Array(valueOf.length)
  const passed: number[] = []
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!
    const start = offsets[doc]!
    const end = offsets[doc + 1]!
    let passes = 0
    for (let j = start; j < end; j++) if (allowed[codes[j]!]) passes |= 1 << facetOf[codes[j]!]!
    const failed = activeMask & ~passes
    if (failed === 0) {
      passed.push(doc)
      for (let j = start; j < end; j++) counts[codes[j]!]!++
    } else if ((failed & (failed - 1)) === 0) {
      // Fails exactly one facet: it still counts for that facet's own values.
      for (let j = start; j < end; j++) if (1 << facetOf[codes[j]!]! === failed) counts[codes[j]!]!++
    }
  }

  const facets = Object.fromEntries(facetNames.map((f) => [f, {} as Record<string, number>])) as FacetCounts
  for (let code = 0; code < counts.length; code++) if (counts[code]) facets[facetNames[facetOf[code]!]!][valueOf[code]!] = counts[code]!
  return { passed, facets }
}
