/**
 * The controlled vocabularies of the corpus: English keys (used in files, URLs and the API)
 * with Dutch and English labels. This is the only place where these values are defined;
 * the schema, the filters, the API description and the views all read from here.
 */
import { pick, type Lang } from '../i18n/languages.ts'

export interface Label {
  nl: string
  en: string
}

function vocabulary<const K extends string>(labels: Record<K, Label>) {
  return { keys: Object.keys(labels) as [K, ...K[]], labels }
}

export const ruleKinds = vocabulary({
  ruling: { nl: 'Uitspraak', en: 'Ruling' },
  law: { nl: 'Wet', en: 'Law' },
  regulation: { nl: 'Regeling', en: 'Regulation' },
  procedure: { nl: 'Procedure', en: 'Procedure' },
  policy: { nl: 'Beleid', en: 'Policy' },
})

export const levels = vocabulary({
  eu: { nl: 'Europees', en: 'European' },
  national: { nl: 'Landelijk', en: 'National' },
  provincial: { nl: 'Provinciaal', en: 'Provincial' },
  municipal: { nl: 'Gemeentelijk', en: 'Municipal' },
  'water-board': { nl: 'Waterschap', en: 'Water board' },
})

export const domains = vocabulary({
  housing: { nl: 'Wonen', en: 'Housing' },
  energy: { nl: 'Energie', en: 'Energy' },
  food: { nl: 'Voedsel', en: 'Food' },
  care: { nl: 'Zorg en welzijn', en: 'Care and welfare' },
  'public-space': { nl: 'Openbare ruimte', en: 'Public space' },
  nature: { nl: 'Natuur', en: 'Nature' },
  data: { nl: 'Data en meten', en: 'Data and sensing' },
  culture: { nl: 'Cultuur', en: 'Culture' },
  sport: { nl: 'Sport', en: 'Sport' },
  mobility: { nl: 'Mobiliteit', en: 'Mobility' },
  economy: { nl: 'Economie', en: 'Economy' },
  democracy: { nl: 'Democratie', en: 'Democracy' },
})

export const instruments = vocabulary({
  property: { nl: 'Grond en vastgoed', en: 'Land and property' },
  procurement: { nl: 'Aanbesteden', en: 'Procurement' },
  subsidy: { nl: 'Subsidie', en: 'Subsidy' },
  'state-aid': { nl: 'Staatssteun', en: 'State aid' },
  permit: { nl: 'Vergunning', en: 'Permit' },
  tax: { nl: 'Belasting', en: 'Tax' },
  data: { nl: 'Gegevens', en: 'Data' },
  governance: { nl: 'Bestuur en organisatie', en: 'Governance' },
  finance: { nl: 'Financiering', en: 'Finance' },
})

/** Whom a rule binds: the public bodies (and where relevant other parties) that must apply it. */
export const appliesTo = vocabulary({
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  province: { nl: 'Provincie', en: 'Province' },
  'water-board': { nl: 'Waterschap', en: 'Water board' },
  state: { nl: 'Rijk', en: 'Central government' },
  initiative: { nl: 'Initiatief', en: 'Initiative' },
  'housing-association': { nl: 'Woningcorporatie', en: 'Housing association' },
  'grid-operator': { nl: 'Netbeheerder', en: 'Grid operator' },
})

/** The kind of initiative in a case: what people recognise their own plan in. */
export const initiativeKinds = vocabulary({
  dorpshuis: { nl: 'Dorpshuis of buurthuis', en: 'Village or community centre' },
  zorgcooperatie: { nl: 'Zorgcoöperatie', en: 'Care cooperative' },
  energiecooperatie: { nl: 'Energiecoöperatie', en: 'Energy cooperative' },
  warmtecooperatie: { nl: 'Warmtecoöperatie', en: 'Heat cooperative' },
  voedselbos: { nl: 'Voedselbos of stadslandbouw', en: 'Food forest or urban farming' },
  wooncooperatie: { nl: 'Wooncoöperatie of CPO', en: 'Housing cooperative or self-build group' },
  meetnet: { nl: 'Meetnet', en: 'Citizen sensing network' },
  sportvereniging: { nl: 'Sportvereniging', en: 'Sports club' },
  speeltuin: { nl: 'Speeltuin', en: 'Playground' },
  buurtbedrijf: { nl: 'Buurtbedrijf of dorpscoöperatie', en: 'Neighbourhood enterprise or village cooperative' },
  natuurbeheer: { nl: 'Natuur- of groenbeheer', en: 'Nature or green space care' },
  cultuurplek: { nl: 'Cultuur- of broedplaats', en: 'Cultural space or creative hub' },
  mobiliteit: { nl: 'Buurtbus of deelvervoer', en: 'Community transport' },
  other: { nl: 'Anders', en: 'Other' },
})

/** Whether a case turned around: the first answer was no, and later a way was found (facet `turnaround`). */
export const turnarounds = vocabulary({
  yes: { nl: 'Eerst nee, later gelukt', en: 'First a no, later it worked' },
})

export const statuses = vocabulary({
  'in-force': { nl: 'Geldt', en: 'In force' },
  changing: { nl: 'Verandert', en: 'Changing' },
  superseded: { nl: 'Vervallen', en: 'Superseded' },
})

export const certainties = vocabulary({
  'tested-in-court': { nl: 'Getoetst door de rechter', en: 'Tested in court' },
  'official-guidance': { nl: 'Officiële handreiking', en: 'Official guidance' },
  'common-practice': { nl: 'Gangbare praktijk', en: 'Common practice' },
  experimental: { nl: 'Experimenteel', en: 'Experimental' },
})

export const legalForms = vocabulary({
  stichting: { nl: 'Stichting', en: 'Foundation' },
  cooperatie: { nl: 'Coöperatie', en: 'Cooperative' },
  vereniging: { nl: 'Vereniging', en: 'Association' },
  informal: { nl: 'Informele groep', en: 'Informal group' },
  company: { nl: 'Bedrijf', en: 'Company' },
  other: { nl: 'Anders', en: 'Other' },
})

export const outcomes = vocabulary({
  worked: { nl: 'Gelukt', en: 'Worked' },
  partly: { nl: 'Deels gelukt', en: 'Partly worked' },
  blocked: { nl: 'Vastgelopen', en: 'Blocked' },
  ongoing: { nl: 'Loopt nog', en: 'Ongoing' },
})

export const barriers = vocabulary({
  misunderstanding: { nl: 'Misverstand: de regel verbood het niet', en: 'Misunderstanding: the rule did not forbid it' },
  'unused-room': { nl: 'Onbenutte ruimte: die moest gevonden worden', en: 'Unused room: it had to be found' },
  'needs-experiment': { nl: 'Alleen een experiment of ontheffing hielp', en: 'Only an experiment or exemption helped' },
  'legal-barrier': { nl: 'Echte juridische drempel: alleen een wetswijziging helpt', en: 'Real legal barrier: only a change in law helps' },
})

/** Provinces of the Netherlands, plus `landelijk` for a nationwide case. */
export const provinces = vocabulary({
  Groningen: { nl: 'Groningen', en: 'Groningen' },
  'Fryslân': { nl: 'Fryslân', en: 'Friesland' },
  Drenthe: { nl: 'Drenthe', en: 'Drenthe' },
  Overijssel: { nl: 'Overijssel', en: 'Overijssel' },
  Flevoland: { nl: 'Flevoland', en: 'Flevoland' },
  Gelderland: { nl: 'Gelderland', en: 'Gelderland' },
  Utrecht: { nl: 'Utrecht', en: 'Utrecht' },
  'Noord-Holland': { nl: 'Noord-Holland', en: 'North Holland' },
  'Zuid-Holland': { nl: 'Zuid-Holland', en: 'South Holland' },
  Zeeland: { nl: 'Zeeland', en: 'Zeeland' },
  'Noord-Brabant': { nl: 'Noord-Brabant', en: 'North Brabant' },
  Limburg: { nl: 'Limburg', en: 'Limburg' },
  landelijk: { nl: 'Landelijk', en: 'Nationwide' },
})

export const referenceTypes = vocabulary({
  ecli: { nl: 'Uitspraak (ECLI)', en: 'Ruling (ECLI)' },
  bwb: { nl: 'Wet (BWB)', en: 'Act (BWB)' },
  celex: { nl: 'EU-recht (CELEX)', en: 'EU law (CELEX)' },
  cvdr: { nl: 'Lokale regelgeving (CVDR)', en: 'Local regulation (CVDR)' },
  kamerstuk: { nl: 'Officiële publicatie', en: 'Official publication' },
  url: { nl: 'Webpagina', en: 'Web page' },
})

export type { Lang } from '../i18n/languages.ts'
export type Vocabulary = { keys: readonly string[]; labels: Record<string, Label> }

/**
 * The facets a search and the lists can be filtered on, besides the kind of entry (`type`, whose
 * values are the listed kinds of src/content/kinds.ts): each with its name for people and the
 * vocabulary its values come from. Which kinds carry a facet, and how, is in the kind registry.
 */
export const entryFacets = {
  applies: { label: { nl: 'Geldt voor', en: 'Applies to' }, vocabulary: appliesTo },
  domain: { label: { nl: 'Domein', en: 'Domain' }, vocabulary: domains },
  level: { label: { nl: 'Bestuurslaag', en: 'Level of government' }, vocabulary: levels },
  instrument: { label: { nl: 'Instrument', en: 'Instrument' }, vocabulary: instruments },
  outcome: { label: { nl: 'Afloop', en: 'Outcome' }, vocabulary: outcomes },
  barrier: { label: { nl: 'Soort blokkade', en: 'Kind of barrier' }, vocabulary: barriers },
  initiative: { label: { nl: 'Soort initiatief', en: 'Kind of initiative' }, vocabulary: initiativeKinds },
  turnaround: { label: { nl: 'Verloop', en: 'Course' }, vocabulary: turnarounds },
} satisfies Record<string, { label: Label; vocabulary: Vocabulary }>

export type EntryFacetName = keyof typeof entryFacets
export type FacetName = 'type' | EntryFacetName
export const entryFacetNames = Object.keys(entryFacets) as EntryFacetName[]
export const facetNames: FacetName[] = ['type', ...entryFacetNames]

/** Looks up the label of a vocabulary value, falling back to the key itself. */
export function labelOf(vocab: { labels: Record<string, Label> }, key: string, lang: Lang): string {
  const label = vocab.labels[key]
  return label ? pick(label, lang) : key
}
