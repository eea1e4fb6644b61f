/**
 * A Spectral ruleset for the NL API Design Rules (ADR, Logius; https://gitdocumentatie.logius.nl/publicatie/api/adr/)
 * that a public read API like this one must follow. Each rule is written from the text of the
 * standard and carries the ADR rule id in its name. Rules the ADR calls functional (naming
 * resources, interface language) cannot be checked by a machine; `naming-collections` is checked
 * here as far as the document shows it: a path segment that has items under it is plural.
 */
import { createRulesetFunction, type RulesetDefinition } from '@stoplight/spectral-core'
import { pattern, truthy } from '@stoplight/spectral-functions'

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/
/** The ADR's own regular expression for kebab-case resource paths (/core/path-segments-kebab-case, "How to test"). */
const KEBAB_PATH = /^(\/|(\/_[a-z0-9]+|\/(([a-z0-9-]+|{[^}]+})(\/([a-z0-9-.]+|{[^}]+}))*)(\/_[a-z]+)?)\/?)$/
/** The ADR's regular expression for camelCase query keys (/core/query-keys-camel-case). */
const CAMEL_QUERY_KEY = /^\$?[a-z][a-z\d]*([A-Z][a-z\d]*)*$/

/** /core/uri-version: the major version in every server URL, and the same major as info.version. */
const majorVersionInServers = createRulesetFunction<{ info?: { version?: string }; servers?: { url?: string }[] }, null>(
  { input: { type: 'object' }, options: null },
  (doc) => {
    const major = doc.info?.version?.split('.')[0]
    const servers = doc.servers ?? []
    if (!servers.length) return [{ message: 'Er is geen servers-object: de basis-URL met de hoofdversie (bijv. /v1) ontbreekt.', path: ['servers'] }]
    return servers.flatMap((server, i) => {
      const found = server.url?.match(/\/v(\d+)\/?$/)?.[1]
      if (!found) return [{ message: `Server-URL "${server.url}" eindigt niet op de hoofdversie, zoals /v1.`, path: ['servers', i, 'url'] }]
      if (found !== major) return [{ message: `Server-URL "${server.url}" noemt v${found}, maar info.version is ${doc.info?.version}.`, path: ['servers', i, 'url'] }]
      return []
    })
  },
)

/** /core/naming-collections: a segment directly followed by an item ({id}) is a collection, so plural. */
const pluralCollections = createRulesetFunction<Record<string, unknown>, null>({ input: { type: 'object' }, options: null }, (paths) =>
  Object.keys(paths).flatMap((path) => {
    const segments = path.split('/').filter(Boolean)
    return segments.flatMap((segment, i) => {
      const next = segments[i + 1]
      const isCollection = next !== undefined && next.startsWith('{')
      // Dutch plurals end in -s or -en, English ones in -s.
      return isCollection && !/(?:s|en)$/.test(segment) ? [{ message: `"${segment}" in ${path} is een collectie en moet een meervoud zijn.`, path: [path] }] : []
    })
  }),
)

/** /core/error-handling/problem-details: a problem schema names status, title and detail as required. */
const problemSchemaFields = createRulesetFunction<{ required?: string[]; properties?: Record<string, unknown> }, null>(
  { input: { type: 'object' }, options: null },
  (schema) => {
    const missing = ['status', 'title', 'detail'].filter((f) => !schema.properties?.[f] || !schema.required?.includes(f))
    return missing.length ? [{ message: `Het probleemschema moet ${missing.join(', ')} als verplichte velden hebben (RFC 9457).` }] : []
  },
)

const ERROR_RESPONSES = '$.paths[*][*].responses[?(@property.match(/^[45]\\d\\d$/))]'

export const nlgovAdrRuleset: RulesetDefinition = {
  rules: {
    'nlgov:core/doc-openapi': {
      description: 'API-documentatie is een OpenAPI-document volgens de OpenAPI Specification vanaf versie 3.',
      given: '$',
      severity: 'error',
      then: { field: 'openapi', function: pattern, functionOptions: { match: '^3\\.' } },
    },
    'nlgov:core/semver': {
      description: 'De versie in info.version volgt Semantic Versioning (major.minor.patch).',
      given: '$.info',
      severity: 'error',
      then: { field: 'version', function: pattern, functionOptions: { match: SEMVER.source } },
    },
    'nlgov:core/uri-version': {
      description: 'De URI van de API bevat de hoofdversie, voorafgegaan door v; dezelfde als in info.version.',
      given: '$',
      severity: 'error',
      then: { function: majorVersionInServers },
    },
    'nlgov:core/version-header': {
      description: 'Elk antwoord heeft de header API-Version met het volledige versienummer.',
      given: '$.paths[*][*].responses[*]',
      severity: 'error',
      then: { field: 'headers.API-Version', function: truthy },
    },
    'nlgov:core/no-trailing-slash': {
      description: 'Een URI eindigt niet op een schuine streep.',
      given: '$.paths',
      severity: 'error',
      then: { field: '@key', function: pattern, functionOptions: { notMatch: '.+/$' } },
    },
    'nlgov:core/path-segments-kebab-case': {
      description: 'Padsegmenten bevatten alleen kleine letters, cijfers en koppeltekens, zonder bestandsextensie.',
      given: '$.paths',
      severity: 'error',
      then: { field: '@key', function: pattern, functionOptions: { match: KEBAB_PATH.source } },
    },
    'nlgov:core/naming-collections': {
      description: 'Collecties hebben een meervoudige naam.',
      given: '$.paths',
      severity: 'error',
      then: { function: pluralCollections },
    },
    'nlgov:core/query-keys-camel-case': {
      description: 'Querysleutels zijn lowerCamelCase.',
      given: '$.paths[*][*].parameters[?(@.in === "query")]',
      severity: 'error',
      then: { field: 'name', function: pattern, functionOptions: { match: CAMEL_QUERY_KEY.source } },
    },
    'nlgov:core/http-methods': {
      description: 'Alleen standaard HTTP-methoden: GET, POST, PUT, PATCH, DELETE (en HEAD, OPTIONS).',
      given: '$.paths[*]',
      severity: 'error',
      then: { field: '@key', function: pattern, functionOptions: { match: '^(get|post|put|patch|delete|head|options|parameters|summary|description|servers)$' } },
    },
    'nlgov:core/error-handling/problem-details': {
      description: 'Foutantwoorden (4xx, 5xx) zijn application/problem+json.',
      given: ERROR_RESPONSES,
      severity: 'error',
      then: { field: 'content.application/problem+json', function: truthy },
    },
    'nlgov:core/error-handling/problem-details-fields': {
      description: 'Het probleemschema heeft status, title en detail (RFC 9457).',
      given: '$.components.schemas.Problem',
      severity: 'error',
      then: { function: problemSchemaFields },
    },
    'nlgov:core/doc-openapi-contact': {
      description: 'Een publieke API noemt in info.contact hoe de beheerders te bereiken zijn.',
      given: '$.info',
      severity: 'warn',
      then: { field: 'contact', function: truthy },
    },
  },
}
