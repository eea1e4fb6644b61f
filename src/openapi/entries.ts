/**
 * The OpenAPI schemas of the entries, made from the content schemas themselves: each listed
 * kind's front matter as JSON Schema (@valibot/to-json-schema), with the API's camelCase names,
 * beside the fields every entry has. A field added to a kind's schema is in the API document
 * without touching it; the descriptions are the schema's own (Dutch, the API's glossary).
 */
import { toJsonSchema } from '@valibot/to-json-schema'
import { genericApiKinds, kindRegistry, type ListedKind } from '../content/kinds.ts'

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema }

/** Front-matter fields the API gives under their own names (see api-json.ts). */
const OWN_COLUMNS = new Set(['slug', 'title', 'title_en', 'summary', 'summary_en', 'last_reviewed', 'review_by', 'references'])

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/** The same schema with every property name in camelCase, as api-json.ts writes them. */
function camelCased(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema }
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [camel(k), camelCased(v)]))
  if (schema.required) out.required = schema.required.map(camel)
  if (schema.items) out.items = camelCased(schema.items)
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    if (Array.isArray(schema[key])) out[key] = (schema[key] as JsonSchema[]).map(camelCased)
  }
  return out
}

/** Schema name of a kind in the document: Rule, Workaround, Case, … */
export function schemaName(kind: ListedKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1)
}

/** The kind-specific fields of an entry in the API, with the names of those that are always there. */
export function metaSchema(kind: ListedKind): { properties: Record<string, JsonSchema>; required: string[] } {
  const schema = toJsonSchema(kindRegistry[kind].schema, { errorMode: 'ignore' }) as JsonSchema
  const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([key]) => !OWN_COLUMNS.has(key)))
  const required = (schema.required ?? []).filter((key) => !OWN_COLUMNS.has(key))
  const camelled = camelCased({ properties, required })
  return { properties: camelled.properties ?? {}, required: camelled.required ?? [] }
}

/**
 * `<Kind>Summary` and `<Kind>Detail` for every listed kind: the common fields and the detail
 * fields given by the caller, the kind's own fields from its schema. No other fields are allowed,
 * so a response with a field the document does not describe fails validation.
 */
export function entrySchemas(common: { properties: Record<string, unknown>; required: string[] }, detail: { properties: Record<string, unknown>; required: string[] }) {
  const schemas: Record<string, object> = {}
  for (const kind of genericApiKinds()) {
    const meta = metaSchema(kind)
    const label = kindRegistry[kind].label.nl
    const summary = { properties: { ...common.properties, ...meta.properties }, required: [...common.required, ...meta.required] }
    schemas[`${schemaName(kind)}Summary`] = { type: 'object', description: `${label.one}: de velden van de lijst.`, ...summary, additionalProperties: false }
    schemas[`${schemaName(kind)}Detail`] = {
      type: 'object',
      description: `${label.one} met tekst, bronnen en verbanden.`,
      properties: { ...summary.properties, ...detail.properties },
      required: [...summary.required, ...detail.required],
      additionalProperties: false,
    }
  }
  return schemas
}
