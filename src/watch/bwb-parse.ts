/**
 * The BWB answers: the SRU search service (x-connection=BWB, SRU 2.0) lists the versions
 * (toestanden) of a regulation with their validity period and the address of each version's XML
 * (overheidbwb:locatie_toestand); that XML (toestand_2016-1) has one <artikel> per article whose
 * attributes name its version (versie-id) and its own in-force date (inwerking).
 */
import { child, children, MalformedAnswer, parseXml, textOf } from './xml.ts'

export interface Toestand {
  id: string
  validFrom: string
  validUntil?: string
  /** Address of the version's XML. */
  location: string
}

export function parseSru(xml: string): Toestand[] {
  const response = child(parseXml(xml, ['record', 'diagnostic']), 'searchRetrieveResponse')
  if (!response) throw new MalformedAnswer('geen SRU-antwoord (searchRetrieveResponse ontbreekt)')
  const diagnostic = children(child(response, 'diagnostics'), 'diagnostic')[0]
  if (diagnostic) throw new MalformedAnswer(`de zoekdienst meldt: ${textOf(child(diagnostic, 'message')) || textOf(child(diagnostic, 'details')) || 'fout in de vraag'}`)
  if (!child(response, 'numberOfRecords')) throw new MalformedAnswer('SRU-antwoord zonder numberOfRecords')
  return children(child(response, 'records'), 'record').map((record) => {
    const gzd = child(child(record, 'recordData'), 'gzd')
    const meta = child(child(gzd, 'originalData'), 'meta')
    const bwbipm = child(meta, 'bwbipm')
    const toestand: Toestand = {
      id: textOf(child(child(meta, 'owmskern'), 'identifier')),
      validFrom: textOf(child(bwbipm, 'geldigheidsperiode_startdatum')),
      validUntil: textOf(child(bwbipm, 'geldigheidsperiode_einddatum')) || undefined,
      location: textOf(child(child(gzd, 'enrichedData'), 'locatie_toestand')),
    }
    if (!/^BWB[RV]\d{7}$/.test(toestand.id) || !/^\d{4}-\d{2}-\d{2}$/.test(toestand.validFrom) || !toestand.location) {
      throw new MalformedAnswer('SRU-record zonder identifier, geldigheidsperiode_startdatum of locatie_toestand')
    }
    return toestand
  })
}

export interface ArticleVersion {
  versionId: string
  inForce: string
}

const ARTICLE_TAG = /<artikel\s([^>]*)>/g
const ATTRIBUTE = /([\w.-]+)="([^"]*)"/g

/**
 * The cited article in a version's XML, found by its label ("Artikel 4:51") or the last step of
 * its path ("/…/Artikel4:51"). Undefined when the version has no such article.
 */
export function findArticle(xml: string, article: string): ArticleVersion | undefined {
  if (!/<toestand[\s>]/.test(xml)) throw new MalformedAnswer('geen BWB-toestand (element toestand ontbreekt)')
  const wanted = article.replace(/\s+/g, '')
  for (const match of xml.matchAll(ARTICLE_TAG)) {
    const attrs = Object.fromEntries([...(match[1] ?? '').matchAll(ATTRIBUTE)].map((m) => [m[1], m[2]]))
    const label = (attrs.label ?? '').replace(/^Artikel\s*/i, '').replace(/\s+/g, '')
    const path = (attrs['bwb-ng-variabel-deel'] ?? '').split('/').pop()?.replace(/^Artikel/i, '')
    if (label !== wanted && path !== wanted) continue
    return { versionId: attrs['versie-id'] ?? attrs['stam-id'] ?? '', inForce: attrs.inwerking ?? '' }
  }
  return undefined
}
