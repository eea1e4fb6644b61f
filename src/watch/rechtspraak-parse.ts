/**
 * The two answers of the Rechtspraak open-data service, as its technical documentation
 * describes them: /uitspraken/zoeken gives an Atom feed of ECLIs (feed/subtitle holds the count,
 * each entry an id, title, summary, updated and link), /uitspraken/content gives RDF/XML with the
 * ruling's metadata (dcterms:identifier, dcterms:modified, formal relations as dcterms:relation
 * with ecli:resourceIdentifier, psi:type and psi:aanleg) followed by the ruling itself.
 */
import { attr, child, children, MalformedAnswer, parseXml, textOf } from './xml.ts'

export interface FeedEntry {
  ecli: string
  title: string
  updated: string
  /** The feed marks withdrawn documents with deleted="doc" or deleted="ecli". */
  deleted: boolean
}

export interface RulingFeed {
  total: number
  entries: FeedEntry[]
}

const ECLI_IN_TEXT = /ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]*[A-Z0-9]/g

export function parseRulingFeed(xml: string): RulingFeed {
  const feed = child(parseXml(xml, ['entry']), 'feed')
  if (!feed) throw new MalformedAnswer('geen Atom-feed (element feed ontbreekt)')
  const count = /(\d+)/.exec(textOf(child(feed, 'subtitle')))
  const entries = children(feed, 'entry').map((entry): FeedEntry => {
    const ecli = textOf(child(entry, 'id'))
    if (!ECLI_IN_TEXT.test(ecli)) throw new MalformedAnswer(`feed-item zonder geldige ECLI: "${ecli.slice(0, 60)}"`)
    ECLI_IN_TEXT.lastIndex = 0
    return { ecli, title: textOf(child(entry, 'title')), updated: textOf(child(entry, 'updated')), deleted: attr(entry, 'deleted') !== undefined }
  })
  return { total: count ? Number(count[1]) : entries.length, entries }
}

export interface Relation {
  ecli: string
  /** Last part of psi:type: hogerBeroep, cassatie, conclusie, sprongcassatie, … */
  type: string
  /** eerdereAanleg (the related ruling came before) or latereAanleg (it came after, at a higher court). */
  instance: string
  label: string
}

export interface Ruling {
  ecli: string
  modified: string
  relations: Relation[]
  /** ECLIs named anywhere in the document other than itself. */
  mentions: Set<string>
}

const lastSegment = (uri: string | undefined) => (uri ?? '').split(/[/#]/).filter(Boolean).pop() ?? ''

export function parseRuling(xml: string): Ruling {
  const root = child(parseXml(xml, ['Description', 'relation']), 'open-rechtspraak')
  const description = children(child(root, 'RDF'), 'Description')[0]
  const ecli = textOf(child(description, 'identifier'))
  if (!root || !ecli.startsWith('ECLI:')) throw new MalformedAnswer('geen open-rechtspraak-document met een dcterms:identifier')
  const relations = children(description, 'relation').map((rel) => ({
    ecli: attr(rel, 'resourceIdentifier') ?? '',
    type: lastSegment(attr(rel, 'type')),
    instance: lastSegment(attr(rel, 'aanleg')),
    label: textOf(rel),
  })).filter((rel) => rel.ecli.startsWith('ECLI:'))
  const mentions = new Set(xml.match(ECLI_IN_TEXT) ?? [])
  mentions.delete(ecli)
  return { ecli, modified: textOf(child(description, 'modified')), relations, mentions }
}

const relationNames: Record<string, string> = {
  hogerBeroep: 'hoger beroep',
  cassatie: 'cassatie',
  sprongcassatie: 'sprongcassatie',
  conclusie: 'conclusie van de advocaat-generaal',
  verzet: 'verzet',
  herziening: 'herziening',
  terugverwijzing: 'terugverwijzing',
  prejudicieleVraag: 'prejudiciële vraag',
}

/** "hoger beroep", "cassatie", … for a relation type, or the label the service gave. */
export function relationName(relation: Pick<Relation, 'type' | 'label'>): string {
  return relationNames[relation.type] ?? (relation.label || 'formele relatie')
}
