import type { FacetName } from '../content/taxonomy.ts'

/** The filters each list offers. */
export const listFacets: Record<'rule' | 'workaround' | 'case', FacetName[]> = {
  rule: ['domain', 'level', 'instrument'],
  workaround: ['domain', 'level', 'instrument'],
  case: ['domain', 'outcome', 'barrier', 'level', 'instrument'],
}
