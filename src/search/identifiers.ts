/**
 * Recognises legal identifiers in a query: ECLI, BWB id, CELEX, CVDR, and article citations
 * of well-known acts ("art. 4:51 Awb", "artikel 2.82 Aanbestedingswet").
 */
import { identifierPatterns } from '../content/identifiers.ts'

/** Abbreviations and names of acts people cite, with their BWB id. */
const ACTS: Record<string, string> = {
  awb: 'BWBR0005537',
  'algemene wet bestuursrecht': 'BWBR0005537',
  aw: 'BWBR0032203',
  aanbestedingswet: 'BWBR0032203',
  gemw: 'BWBR0005416',
  gemeentewet: 'BWBR0005416',
  mw: 'BWBR0008691',
  mededingingswet: 'BWBR0008691',
  ow: 'BWBR0037885',
  omgevingswet: 'BWBR0037885',
  woningwet: 'BWBR0005181',
  woo: 'BWBR0045754',
  'wet open overheid': 'BWBR0045754',
}

export interface FoundIdentifier {
  identifier: string
  article?: string
}

export function findIdentifiers(query: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = []
  for (const token of query.split(/\s+/)) {
    const upper = token.replace(/[.,;]+$/, '').toUpperCase()
    if (identifierPatterns.ecli.test(upper) || identifierPatterns.bwb.test(upper) || identifierPatterns.celex.test(upper) || identifierPatterns.cvdr.test(upper)) {
      found.push({ identifier: upper })
    }
  }
  const article = /\b(?:art(?:ikel)?\.?)\s*([0-9]+(?:[.:][0-9]+[a-z]?)?[a-z]?)\s+(?:van\s+de\s+)?([a-z][a-z ]*[a-z])/i.exec(query)
  if (article) {
    const act = ACTS[article[2]!.toLowerCase().trim()]
    if (act) found.push({ identifier: act, article: article[1] })
  }
  return found
}
