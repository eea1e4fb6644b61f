/**
 * The DCAT catalogue of the downloads (DCAT-AP-NL, which follows DCAT-AP 2 and the EU
 * vocabularies), as JSON-LD: one dataset, the corpus, with a distribution per download and the
 * API as a data service. Pure: absolute addresses come from the public base address.
 */
import type { DownloadManifest } from './manifest.ts'
import { CATALOG_PATH } from './manifest.ts'
import { CONTENT_LICENSE } from '../site/json-ld.ts'
import { absolute } from '../site/public-url.ts'

const EU = 'http://publications.europa.eu/resource/authority'
const FILE_TYPES: Record<string, string> = { JSON: 'JSON', CSV: 'CSV', SQLite: 'SQLITE' }
const both = (nl: string, en: string) => [
  { '@language': 'nl', '@value': nl },
  { '@language': 'en', '@value': en },
]

export interface CatalogOptions {
  origin: string
  /** The data page and the repository, for landing page and contact point. */
  landingPage: string
  repositoryUrl: string
}

export function dcatCatalog(manifest: DownloadManifest, { origin, landingPage, repositoryUrl }: CatalogOptions) {
  const license = { '@id': CONTENT_LICENSE }
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': 'Tussenruimte', 'foaf:homepage': { '@id': absolute(origin, '/') } }
  const modified = { '@value': manifest.builtAt, '@type': 'xsd:dateTime' }
  const dataset = absolute(origin, `${landingPage}#corpus`)
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      adms: 'http://www.w3.org/ns/adms#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': absolute(origin, CATALOG_PATH),
    '@type': 'dcat:Catalog',
    'dct:title': both('Tussenruimte open data', 'Tussenruimte open data'),
    'dct:description': both(
      'Catalogus van de open data van Tussenruimte: regels die samenwerking tussen overheid en burgerinitiatieven blokkeren, de oplossingen daaromheen en echte casussen.',
      'Catalogue of the open data of Tussenruimte: rules that block collaboration between Dutch governments and civic initiatives, the workarounds around them and real cases.',
    ),
    'dct:publisher': publisher,
    'foaf:homepage': { '@id': absolute(origin, '/') },
    'dct:language': { '@id': `${EU}/language/NLD` },
    'dct:license': license,
    'dct:modified': modified,
    'dcat:dataset': [
      {
        '@id': dataset,
        '@type': 'dcat:Dataset',
        'dct:identifier': dataset,
        'dct:title': both('Tussenruimte: regels, oplossingen en casussen', 'Tussenruimte: rules, workarounds and cases'),
        'dct:description': both(
          `Het hele corpus van Tussenruimte (formaatversie ${manifest.formatVersion}): ${Object.entries(manifest.counts).map(([k, n]) => `${n} ${k}`).join(', ')}. Elk item met samenvatting, tekst, bronnen (ECLI, BWB, CELEX, CVDR), verbanden en wijzigingsgeschiedenis.`,
          `The whole corpus of Tussenruimte (format version ${manifest.formatVersion}): ${Object.entries(manifest.counts).map(([k, n]) => `${n} ${k}`).join(', ')}. Each entry with summary, text, sources (ECLI, BWB, CELEX, CVDR), links and change history.`,
        ),
        'dcat:keyword': ['burgerinitiatief', 'regelgeving', 'overheid', 'Didam', 'aanbesteden', 'subsidie', 'staatssteun', 'maatschappelijk initiatief'],
        'dcat:theme': [{ '@id': `${EU}/data-theme/GOVE` }, { '@id': `${EU}/data-theme/JUST` }],
        'dct:publisher': publisher,
        'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': 'Tussenruimte', 'vcard:hasURL': { '@id': `${repositoryUrl.replace(/\/+$/, '')}/issues` } },
        'dct:language': { '@id': `${EU}/language/NLD` },
        'dct:license': license,
        'dct:accessRights': { '@id': `${EU}/access-right/PUBLIC` },
        'dct:spatial': { '@id': `${EU}/country/NLD` },
        'dct:modified': modified,
        'adms:version': manifest.formatVersion,
        'dcat:landingPage': { '@id': absolute(origin, landingPage) },
        'dcat:distribution': manifest.files.map((file) => {
          const url = absolute(origin, file.path)
          const type = FILE_TYPES[file.format]
          return {
            '@id': url,
            '@type': 'dcat:Distribution',
            'dct:title': both(file.title.nl, file.title.en),
            'dct:description': both(file.description.nl, file.description.en),
            'dcat:accessURL': { '@id': url },
            'dcat:downloadURL': { '@id': url },
            'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${file.mediaType}` },
            ...(type && { 'dct:format': { '@id': `${EU}/file-type/${type}` } }),
            'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
            'dct:license': license,
            'dct:modified': modified,
          }
        }),
      },
    ],
    'dcat:service': [
      {
        '@id': absolute(origin, '/api/v1'),
        '@type': 'dcat:DataService',
        'dct:title': both('Tussenruimte API', 'Tussenruimte API'),
        'dcat:endpointURL': { '@id': absolute(origin, '/api/v1') },
        'dcat:endpointDescription': { '@id': absolute(origin, '/api/v1/openapi.json') },
        'dcat:servesDataset': { '@id': dataset },
        'dct:license': license,
      },
    ],
  }
}
