/**
 * Parses and validates search and list query strings. Every problem is collected, so a
 * client learns all that is wrong with one request.
 */
import { facets } from '../content/facets.ts'
import { facetNames, type FacetName } from '../content/taxonomy.ts'
import type { Filters } from '../search/engine.ts'
import type { SearchParams } from '../search/params.ts'
import { capProblems, MAX_LISTED_PROBLEMS } from './problem-list.ts'

export type { SearchParams }

export const MAX_QUERY_LENGTH = 200
export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20
export const MAX_OFFSET = 10_000

export interface ParamProblem {
  name: string
  reason: string
}


type Query = (name: string) => string[]

export function parseSearchParams(query: Query, allowed: readonly FacetName[] = facetNames): { params: SearchParams; problems: ParamProblem[] } {
  const problems: ParamProblem[] = []
  const qs = query('q')
  if (qs.length > 1) problems.push({ name: 'q', reason: 'mag maar één keer voorkomen' })
  const q = (qs[0] ?? '').trim()
  if (q.length > MAX_QUERY_LENGTH) problems.push({ name: 'q', reason: `is langer dan ${MAX_QUERY_LENGTH} tekens` })

  const filters: Filters = {}
  for (const facet of facetNames) {
    const values = query(facet).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
    if (!values.length) continue
    if (!allowed.includes(facet)) {
      problems.push({ name: facet, reason: 'is op deze lijst geen filter' })
      continue
    }
    const known = facets[facet].vocabulary.keys
    const unknown = [...new Set(values.filter((v) => !known.includes(v)))]
    for (const value of unknown) problems.push({ name: facet, reason: `kent de waarde "${value.slice(0, 40)}" niet; kies uit: ${known.join(', ')}` })
    filters[facet] = [...new Set(values.filter((v) => known.includes(v)))]
  }

  const limit = integerParam(query, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT, problems)
  const offset = integerParam(query, 'offset', 0, 0, MAX_OFFSET, problems)
  // At most MAX_LISTED_PROBLEMS, and one line for the rest: the answer must not grow with the request.
  const { listed, more } = capProblems(problems, MAX_LISTED_PROBLEMS - 1)
  if (more === 1) listed.push(capProblems(problems).listed.at(-1)!)
  else if (more > 1) listed.push({ name: '…', reason: `en nog ${more} problemen` })
  return { params: { q: q.slice(0, MAX_QUERY_LENGTH), filters, limit, offset }, problems: listed }
}

function integerParam(query: Query, name: string, fallback: number, min: number, max: number, problems: ParamProblem[]): number {
  const values = query(name)
  if (!values.length || values[0] === '') return fallback
  const raw = values[0]!
  if (values.length > 1) problems.push({ name, reason: 'mag maar één keer voorkomen' })
  if (!/^\d+$/.test(raw)) {
    problems.push({ name, reason: `moet een geheel getal van ${min} tot en met ${max} zijn, niet "${raw.slice(0, 20)}"` })
    return fallback
  }
  const n = Number(raw)
  if (n < min || n > max) {
    problems.push({ name, reason: `moet tussen ${min} en ${max} liggen` })
    return fallback
  }
  return n
}
