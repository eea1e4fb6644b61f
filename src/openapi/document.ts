/**
 * The OpenAPI 3.1 description of the API. Field names are English; every field is described
 * in Dutch, which makes this document the API's glossary. Enumerations come from the taxonomy.
 */
import { facetLabel, facets, kindVocabulary as entryTypes } from '../content/facets.ts'
import { genericApiKinds, kindLabel, kindRegistry, listedKinds, listingOf } from '../content/kinds.ts'
import { entrySchemas, schemaName } from './entries.ts'
import { API_VERSION } from './version.ts'
import { barriers, domains, instruments, levels, outcomes, referenceTypes } from '../content/taxonomy.ts'
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_LENGTH } from '../routes/search-params.ts'
import { scanPaths, scanSchemas } from './scans.ts'

const str = (description: string, extra: object = {}) => ({ type: 'string', description, ...extra })
const nullableStr = (description: string) => ({ type: ['string', 'null'], description })
const enumOf = (vocab: { keys: readonly string[] }, description: string) => ({ type: 'string', enum: [...vocab.keys], description })
const arrayOf = (items: object, description: string) => ({ type: 'array', items, description })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

const facetParam = (name: string, vocab: { keys: readonly string[] }, description: string) => ({
  name,
  in: 'query',
  required: false,
  description: `${description} Mag herhaald worden: waarden binnen één filter worden met OF gecombineerd, verschillende filters met EN.`,
  schema: { type: 'array', items: { type: 'string', enum: [...vocab.keys] } },
  style: 'form',
  explode: true,
})

const pageParams = [
  { name: 'limit', in: 'query', description: `Maximaal aantal resultaten (1–${MAX_LIMIT}).`, schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  { name: 'offset', in: 'query', description: 'Aantal resultaten dat wordt overgeslagen, voor paginering.', schema: { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 } },
]

const versionHeader = { 'API-Version': { description: 'Versie van de API (semver).', schema: { type: 'string' } } }
// NL API Design Rules /core/version-header: errors carry the version too.
const problemResponse = (description: string) => ({ description, headers: versionHeader, content: { 'application/problem+json': { schema: ref('Problem') } } })

export function buildOpenApi(version = API_VERSION, contactUrl = 'https://github.com/tussenruimte/tussenruimte/issues') {
  const collection = (name: string, itemSchema: string, facetParams: object[], dutch: string) => ({
    [`/${name}`]: {
      get: {
        operationId: `list${itemSchema}s`,
        tags: [name],
        summary: `Lijst van ${dutch}`,
        description: `Alle ${dutch}, op titel gesorteerd, te filteren op de kenmerken hieronder en in pagina's op te halen met limit en offset.`,
        parameters: [...facetParams, ...pageParams],
        responses: {
          200: { description: `De ${dutch}, op titel gesorteerd.`, headers: versionHeader, content: { 'application/json': { schema: { type: 'object', properties: { total: { type: 'integer', description: 'Totaal aantal na filteren.' }, limit: { type: 'integer', description: 'Gevraagde limiet.' }, offset: { type: 'integer', description: 'Gevraagde offset.' }, items: arrayOf(ref(`${itemSchema}Summary`), `De ${dutch} op deze pagina.`) } } } } },
          400: problemResponse('Een of meer parameters kloppen niet; alle problemen staan in invalid-params.'),
        },
      },
    },
    [`/${name}/{slug}`]: {
      get: {
        operationId: `get${itemSchema}`,
        tags: [name],
        summary: `Eén item uit ${dutch}, met bronnen en verbanden`,
        description: 'Het item met zijn tekst (HTML), bronnen met identificaties, verbanden met andere items en de wijzigingen volgens de versiegeschiedenis.',
        parameters: [{ name: 'slug', in: 'path', required: true, description: 'Korte naam van het item, gelijk aan de bestandsnaam (bijv. didam-arrest).', schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } }],
        responses: {
          200: { description: 'Het item.', headers: versionHeader, content: { 'application/json': { schema: ref(`${itemSchema}Detail`) } } },
          404: problemResponse('Er bestaat geen item met deze slug.'),
        },
      },
    },
  })

  const common = {
    type: enumOf(entryTypes, 'Soort item: regel (rule), oplossing (workaround) of casus (case).'),
    slug: str('Korte, vaste naam van het item; gelijk aan de bestandsnaam.'),
    title: str('Titel in het Nederlands.'),
    titleEn: nullableStr('Titel in het Engels, als die er is.'),
    summary: str('Samenvatting in gewone taal, hoogstens 300 tekens.'),
    summaryEn: nullableStr('Samenvatting in het Engels, als die er is.'),
    url: str('Pad van de HTML-pagina van het item.'),
    apiUrl: str('Pad van het item in deze API.'),
    lastReviewed: str('Datum waarop de inhoud voor het laatst is gecontroleerd (JJJJ-MM-DD).', { format: 'date' }),
    reviewBy: nullableStr('Datum waarvoor de inhoud opnieuw gecontroleerd moet worden.'),
    lastChanged: str('Datum van de laatste wijziging van het bronbestand volgens de versiegeschiedenis (JJJJ-MM-DD); de controledatum als de build geen geschiedenis had.', { format: 'date' }),
  }
  const detailExtra = {
    bodyHtml: str('De tekst van het item als HTML, vooraf gemaakt uit Markdown.'),
    references: arrayOf(ref('Reference'), 'Bronnen: uitspraken, wetten, Europese regels, officiële publicaties of webpagina’s.'),
    links: {
      type: 'object',
      description: 'Verbanden met andere items.',
      properties: {
        ...Object.fromEntries(listedKinds.map((kind) => [listingOf(kind).api, arrayOf(ref('Link'), `${kindLabel(kind, 'nl')} die bij dit item horen (leeg voor de eigen soort: zie related).`)])),
        related: arrayOf(ref('Link'), 'Samenhangende items van dezelfde soort, zoals regels bij een regel.'),
      },
    },
    sourcePath: str('Pad van het bronbestand in de repository.'),
    changes: arrayOf(ref('Change'), 'Wijzigingen van het bronbestand, nieuwste eerst; leeg als de build geen versiegeschiedenis had.'),
  }
  const obj = (properties: object, description: string, required?: string[]) => ({ type: 'object', description, properties, ...(required && { required }) })

  return {
    openapi: '3.1.0',
    info: {
      title: 'Tussenruimte API',
      version,
      description: 'Open API van Tussenruimte: regels die samenwerking tussen overheid en burgerinitiatieven blokkeren, de oplossingen daaromheen en echte casussen. Alleen lezen; geen sleutel nodig.',
      license: { name: 'Inhoud: CC BY-SA 4.0; code: EUPL-1.2', identifier: 'CC-BY-SA-4.0' },
      contact: { name: 'Beheerders van Tussenruimte', url: contactUrl },
    },
    tags: [
      { name: 'search', description: 'Zoeken in alle items.' },
      ...listedKinds.map((kind) => ({ name: listingOf(kind).api, description: kindRegistry[kind].label.nl.intro ?? kindLabel(kind, 'nl') })),
      { name: 'contributions', description: 'Een casus aanleveren als bestand voor een pull request of issue.' },
    ],
    servers: [{ url: '/api/v1', description: 'Deze server.' }],
    paths: {
      '/search': {
        get: {
          operationId: 'search',
          tags: ['search'],
          summary: 'Zoeken in regels, oplossingen en casussen',
          description: 'Zoekt met typfouttolerantie, synoniemen en samenstellingen in titels, samenvattingen en teksten; geeft de resultaten, best passend eerst, met per filter het aantal per waarde.',
          parameters: [
            { name: 'q', in: 'query', description: `Zoekvraag (hoogstens ${MAX_QUERY_LENGTH} tekens). Leeg geeft alles.`, schema: { type: 'string', maxLength: MAX_QUERY_LENGTH } },
            facetParam('type', entryTypes, 'Filter op soort item.'),
            facetParam('domain', domains, 'Filter op domein.'),
            facetParam('level', levels, 'Filter op bestuurslaag.'),
            facetParam('instrument', instruments, 'Filter op instrument.'),
            facetParam('outcome', outcomes, 'Filter op afloop (alleen casussen hebben een afloop).'),
            facetParam('barrier', barriers, 'Filter op soort blokkade (alleen casussen).'),
            ...pageParams,
          ],
          responses: {
            200: { description: 'Zoekresultaten met aantallen per filterwaarde.', headers: versionHeader, content: { 'application/json': { schema: ref('SearchResponse') } } },
            400: problemResponse('Een of meer parameters kloppen niet; alle problemen staan in invalid-params.'),
          },
        },
      },
      '/contributions/case': {
        post: {
          operationId: 'contributeCase',
          tags: ['contributions'],
          summary: 'Een casus controleren en er een Markdown-bestand van maken',
          description: 'Staatloos: er wordt niets opgeslagen. Controleert de casus met hetzelfde schema als npm run check en geeft het bestand terug dat als pull request of issue kan worden ingediend. Met Accept: text/markdown komt het bestand zelf terug.',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  description: 'De velden van een casus zoals in de front matter (snake_case, zie CONTRIBUTING.md), zonder last_reviewed (die zet de server), plus de vier secties en de toestemming.',
                  required: ['title', 'summary', 'place', 'province', 'period', 'initiative', 'public_bodies', 'domains', 'rules', 'workarounds', 'outcome', 'barrier', 'references', 'sections', 'consent'],
                  properties: {
                    sections: {
                      type: 'object',
                      description: 'De vier secties van de tekst, in Markdown zonder HTML.',
                      properties: {
                        happened: str('Wat er gebeurde.'),
                        friction: str('Waar het knelde.'),
                        resolution: str('Hoe het is opgelost.'),
                        lessons: str('Lessen.'),
                      },
                    },
                    consent: { type: 'boolean', const: true, description: 'Bevestiging dat de casus geen persoonsgegevens van privépersonen bevat en dat het initiatief genoemd mag worden.' },
                  },
                  additionalProperties: true,
                },
              },
            },
          },
          responses: {
            200: {
              description: 'Het gemaakte bestand.',
              headers: versionHeader,
              content: {
                'application/json': {
                  schema: obj({ slug: str('Slug van de casus, afgeleid van de titel.'), path: str('Pad van het bestand in de repository.'), markdown: str('De inhoud van het bestand.') }, 'Het bestand voor de casus.'),
                },
                'text/markdown': { schema: { type: 'string', description: 'Het bestand zelf.' } },
              },
            },
            400: problemResponse('De casus klopt niet; alle problemen staan in invalid-params.'),
            413: problemResponse('Het verzoek is te groot.'),
            415: problemResponse('Stuur JSON (Content-Type: application/json).'),
            429: problemResponse('Te veel verzoeken; probeer het na Retry-After seconden opnieuw.'),
          },
        },
      },
      ...Object.assign(
        {},
        ...genericApiKinds().map((kind) =>
          collection(
            listingOf(kind).api,
            schemaName(kind),
            listingOf(kind).facets.map((facet) => facetParam(facet, facets[facet].vocabulary, `Filter op ${facetLabel(facet, 'nl').toLowerCase()}.`)),
            kindLabel(kind, 'nl').toLowerCase(),
          ),
        ),
      ),
      ...scanPaths(versionHeader),
    },
    components: {
      schemas: {
        ...entrySchemas(
          { properties: common, required: ['type', 'slug', 'title', 'titleEn', 'summary', 'summaryEn', 'url', 'apiUrl', 'lastReviewed', 'reviewBy'] },
          { properties: detailExtra, required: ['bodyHtml', 'references', 'links', 'sourcePath'] },
        ),
        // The scan's own answers (questions, result) are described by hand; they override the generated ones.
        ...scanSchemas(),
        Link: obj({ type: common.type, slug: common.slug, title: common.title, url: common.url, apiUrl: common.apiUrl }, 'Verwijzing naar een ander item.'),
        Change: obj(
          {
            date: str('Tijdstip van de wijziging (ISO 8601).', { format: 'date-time' }),
            change: { type: 'string', enum: ['added', 'modified'], description: 'Toegevoegd (het item is nieuw) of gewijzigd.' },
            message: str('Wat er veranderde: de eerste regel van de commitboodschap.'),
            commit: str('Identificatie van de commit in de repository.'),
            commitUrl: str('Webadres van de commit in de repository.', { format: 'uri' }),
          },
          'Eén wijziging van een item.',
        ),
        Reference: obj(
          {
            type: enumOf(referenceTypes, 'Soort bron: uitspraak (ecli), wet (bwb), Europees recht (celex), lokale regelgeving (cvdr), officiële publicatie (kamerstuk) of webpagina (url).'),
            id: nullableStr('Identificatie van de bron, zoals ECLI:NL:HR:2021:1778 of BWBR0005537; leeg bij een webpagina.'),
            article: nullableStr('Artikelnummer binnen de wet, als de bron een wetsartikel is.'),
            title: str('Titel van de bron.'),
            url: str('Webadres waar de bron te lezen is.', { format: 'uri' }),
            publisher: nullableStr('Uitgever van een webpagina.'),
            date: nullableStr('Publicatiedatum van een webpagina.'),
          },
          'Een bron waarop het item steunt.',
        ),
        SearchResponse: obj(
          {
            query: str('De zoekvraag zoals ontvangen (na het weghalen van spaties aan het begin en eind).'),
            total: { type: 'integer', description: 'Aantal resultaten na filteren.' },
            partial: { type: 'boolean', description: 'true als geen item alle woorden van de zoekvraag bevat (bij meer dan twee woorden: alle op één na); de resultaten zijn dan de beste gedeeltelijke treffers, de items met de meeste woorden.' },
            limit: { type: 'integer', description: 'Gevraagde limiet.' },
            offset: { type: 'integer', description: 'Gevraagde offset.' },
            results: arrayOf(
              obj(
                {
                  type: common.type,
                  slug: common.slug,
                  title: common.title,
                  titleEn: common.titleEn,
                  summary: common.summary,
                  url: common.url,
                  score: { type: 'number', description: 'Relevantiescore; hoger is beter. Alleen bruikbaar om binnen één zoekvraag te vergelijken.' },
                  snippet: nullableStr('Beste passage uit de tekst, als HTML met de zoekwoorden in <mark>; alle andere tekst is ge-escaped.'),
                },
                'Eén zoekresultaat.',
              ),
              'Resultaten, best passend eerst.',
            ),
            facets: { type: 'object', description: 'Per filter (type, domain, level, instrument, outcome, barrier) het aantal resultaten per waarde. De aantallen van een filter negeren de eigen selectie van dat filter.', additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } } },
          },
          'Zoekresultaten.',
        ),
        Problem: obj(
          {
            type: str('URI die het soort probleem aanduidt; about:blank als er geen nadere uitleg is.'),
            title: str('Korte omschrijving van het probleem.'),
            status: { type: 'integer', description: 'HTTP-statuscode.' },
            detail: str('Uitleg voor mensen over dit specifieke geval.'),
            instance: str('Pad van het verzoek dat het probleem gaf.'),
            'invalid-params': arrayOf(obj({ name: str('Naam van de parameter.'), reason: str('Wat er mis is en wat wel mag.') }, 'Een ongeldige parameter.'), 'De ongeldige parameters, elk probleem één keer en hoogstens 20.'),
            'invalid-params-omitted': { type: 'integer', description: 'Hoeveel problemen er meer waren dan invalid-params noemt.' },
          },
          'Foutmelding volgens RFC 9457 (application/problem+json).',
          ['type', 'title', 'status', 'detail'],
        ),
      },
    },
  }
}
