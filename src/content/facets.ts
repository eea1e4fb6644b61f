/**
 * Every facet with the vocabulary of its values: the kind of entry (from the kind registry) and
 * the entry facets of the taxonomy. Search, the lists, the filters and the API read it.
 */
import { pick } from '../i18n/languages.ts'
import { kindRegistry, listedKinds } from './kinds.ts'
import { entryFacets, type FacetName, type Label, type Lang, type Vocabulary } from './taxonomy.ts'

/** The listed kinds as a vocabulary: the values of the `type` facet. */
export const kindVocabulary: Vocabulary = {
  keys: listedKinds,
  labels: Object.fromEntries(listedKinds.map((kind) => [kind, { nl: kindRegistry[kind].label.nl.one, en: kindRegistry[kind].label.en.one }])),
}

const typeFacet = { label: { nl: 'Soort', en: 'Type' } satisfies Label, vocabulary: kindVocabulary }

export const facets: Record<FacetName, { label: Label; vocabulary: Vocabulary }> = { type: typeFacet, ...entryFacets }

export function facetLabel(facet: FacetName, lang: Lang): string {
  return pick(facets[facet].label, lang)
}
