/**
 * Formats of legal identifiers and the deep links they resolve to. Patterns follow the
 * published formats (ECLI: rechtspraak.nl; BWB: Juriconnect; CELEX: EUR-Lex); they check shape,
 * not existence.
 */

export const identifierPatterns = {
  /** ECLI:<country>:<court>:<year>:<number>; Dutch numbers have no leading zero (or are an old LJN). */
  ecli: /^ECLI:(?:NL:[A-Z]{2,7}:(?:19|20)\d{2}:(?:[A-Z]{2}\d{4}|[1-9]\d*)|(?!NL:)[A-Z]{2}:[A-Z][A-Z0-9]{0,6}:\d{4}:[A-Z0-9.]{1,25})$/,
  bwb: /^BWB[RV]\d{7}$/,
  celex: /^[0-9CE]\d{4}[A-Z]{1,2}\d{4}(?:-\d{8})?$/,
  cvdr: /^CVDR\d+(?:\/\d+)?$/,
  kamerstuk: /^(?:kst|stcrt|stb|trb|gmb|prb|wsb|bgr|ah-tk|ah-ek|kv-tk|kv-ek|h-tk|h-ek|blg)-[A-Za-z0-9-]+$/,
} as const

interface IdentifiedReference {
  type: 'ecli' | 'bwb' | 'celex' | 'cvdr' | 'kamerstuk'
  id: string
  article?: string
}
interface UrlReference {
  type: 'url'
  url: string
}

/** The public web address a reference points to. */
export function referenceUrl(ref: IdentifiedReference | UrlReference): string {
  switch (ref.type) {
    case 'ecli':
      return `https://uitspraken.rechtspraak.nl/details?id=${ref.id}`
    case 'bwb':
      // Juriconnect reference: wetten.overheid.nl resolves it to the article in the current version.
      return ref.article
        ? `https://wetten.overheid.nl/jci1.3:c:${ref.id}&artikel=${encodeURIComponent(ref.article).replace(/%3A/g, ':')}`
        : `https://wetten.overheid.nl/${ref.id}`
    case 'celex':
      return `https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:${ref.id}`
    case 'cvdr':
      return `https://lokaleregelgeving.overheid.nl/${ref.id}`
    case 'kamerstuk':
      return `https://zoek.officielebekendmakingen.nl/${ref.id}.html`
    case 'url':
      return ref.url
  }
}

/** A short human label for the identifier, as shown next to a source ("ECLI:NL:HR:2021:1778", "art. 4:51 BWBR0005537"). */
export function referenceLabel(ref: IdentifiedReference | UrlReference): string {
  if (ref.type === 'url') return new URL(ref.url).hostname.replace(/^www\./, '')
  if (ref.type === 'bwb' && ref.article) return `art. ${ref.article} · ${ref.id}`
  return ref.id
}
