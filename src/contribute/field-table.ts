/**
 * The field tables in CONTRIBUTING.md, generated from the schemas and the taxonomy so that the
 * guide cannot drift from what `npm run check` enforces. `src/cli/field-table.ts --write`
 * rewrites them between their markers; a test fails when they are out of date.
 */
import { identifierPatterns, referenceUrl } from '../content/identifiers.ts'
import { kindNames, kindRegistry as kinds, type KindName } from '../content/kinds.ts'
import { referenceSchema, splitMessage } from '../content/schema.ts'
import * as taxonomy from '../content/taxonomy.ts'

type Node = {
  type: string
  wrapped?: Node
  item?: Node
  entries?: Record<string, Node>
  options?: unknown[]
  pipe?: { type: string; description?: string; requirement?: unknown; message?: unknown }[]
  literal?: unknown
}

/** The documented kinds, in the order the guide presents them. */
export const TABLE_KINDS = kindNames.filter((kind) => kinds[kind].template)

const unwrapOptional = (node: Node): { node: Node; optional: boolean } => (node.type === 'optional' && node.wrapped ? { node: node.wrapped, optional: true } : { node, optional: false })
/** The actions of a schema's pipe, including those of a piped schema it starts from (the slug field pipes `slug`). */
const actions = (node: Node): NonNullable<Node['pipe']> => (node.pipe ?? []).flatMap((a) => (a !== node && (a as Node).pipe ? actions(a as Node) : [a]))
const action = (node: Node, type: string) => actions(node).find((a) => a.type === type)
const description = (node: Node) => action(node, 'description')?.description ?? ''

/** Dutch labels of a vocabulary's keys, found by matching the schema's options to the taxonomy. */
function labelled(options: string[]): string {
  type Vocabulary = { keys: string[]; labels: Record<string, { nl: string }> }
  const vocab = (Object.values(taxonomy) as unknown[]).find(
    (value): value is Vocabulary => typeof value === 'object' && value !== null && Array.isArray((value as Vocabulary).keys) && (value as Vocabulary).keys.join() === options.join(),
  )
  return options.map((key) => (vocab && vocab.labels[key]?.nl !== key ? `\`${key}\` (${vocab.labels[key]!.nl})` : `\`${key}\``)).join(', ')
}

function describeType(node: Node): { type: string; values: string } {
  switch (node.type) {
    case 'string': {
      if (action(node, 'iso_date')) return { type: 'datum', values: 'JJJJ-MM-DD, zoals 2026-01-31' }
      const regex = action(node, 'regex')
      if (regex) return { type: 'slug', values: 'kleine letters, cijfers en streepjes, zoals `didam-arrest`' }
      const max = action(node, 'max_length')?.requirement
      return { type: max ? `tekst (hoogstens ${String(max)} tekens)` : 'tekst', values: '' }
    }
    case 'number':
      return { type: 'jaartal', values: `${String(action(node, 'min_value')?.requirement)}–${String(action(node, 'max_value')?.requirement)}` }
    case 'picklist':
      return { type: 'keuze', values: labelled(node.options as string[]) }
    case 'variant':
      return { type: 'bron', values: 'zie de tabel “Bronnen”' }
    case 'array': {
      const min = action(node, 'min_length')?.requirement
      const item = describeType(unwrapOptional(node.item!).node)
      const itemName = { tekst: 'teksten', slug: 'slugs', keuze: 'keuzes', bron: 'bronnen' }[item.type.replace(/ \(.*\)$/, '')] ?? item.type
      return { type: `lijst van ${itemName}${typeof min === 'number' && min > 0 ? ` (minstens ${min})` : ''}`, values: item.values }
    }
    case 'strict_object':
      return { type: 'groep', values: 'zie de velden eronder' }
    default:
      return { type: node.type, values: '' }
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** One row per field, nested fields (period.start) under their group. */
function rows(entries: Record<string, Node>, prefix = ''): string[] {
  const out: string[] = []
  for (const [key, raw] of Object.entries(entries)) {
    const { node, optional } = unwrapOptional(raw)
    const { type, values } = describeType(node)
    out.push(`| \`${prefix}${key}\` | ${cell(type)} | ${optional ? 'nee' : 'ja'} | ${cell(values)} | ${cell(description(node) || description(raw))} |`)
    if (node.type === 'strict_object' && node.entries) out.push(...rows(node.entries, `${prefix}${key}.`))
  }
  return out
}

export function fieldTable(kind: KindName): string {
  const schema = kinds[kind].schema as unknown as Node
  const sections = kinds[kind].sections.map((heading) => `\`## ${heading}\``).join(', ')
  return ['| veld | soort | verplicht | toegestane waarden | betekenis |', '|---|---|---|---|---|', ...rows(schema.entries!), '', `Onder de velden volgen deze kopjes, in deze volgorde: ${sections}.`].join('\n')
}

/** The kinds of reference, with their fields, the form of the identifier and where it links to. */
export function referenceTable(): string {
  const options = (referenceSchema as unknown as { options: Node[] }).options
  const lines = ['| `type` | verplichte velden | optionele velden | vorm | voorbeeld en link |', '|---|---|---|---|---|']
  for (const option of options) {
    const entries = option.entries!
    const type = String(entries.type!.literal)
    const required = Object.keys(entries).filter((k) => k !== 'type' && entries[k]!.type !== 'optional')
    const optional = Object.keys(entries).filter((k) => entries[k]!.type === 'optional')
    const id = entries.id
    const example = id ? splitMessage(String(action(id, 'regex')?.message ?? '')).expected.replace(/^the form /, '') : 'https://…'
    const link = type === 'url' ? 'het adres zelf; alleen `https://`' : referenceUrl({ type: type as keyof typeof identifierPatterns, id: example })
    const label = taxonomy.labelOf(taxonomy.referenceTypes, type, 'nl')
    lines.push(`| \`${type}\` (${label}) | ${required.map((k) => `\`${k}\``).join(', ')} | ${optional.map((k) => `\`${k}\``).join(', ') || '–'} | ${type === 'url' ? 'webadres' : `\`${example}\``} | ${link} |`)
  }
  return lines.join('\n')
}

/** Every generated block of the guide, by marker name. */
export function generatedBlocks(): Record<string, string> {
  return { ...Object.fromEntries(TABLE_KINDS.map((kind) => [`velden-${kind}`, fieldTable(kind)])), bronnen: referenceTable() }
}

const marker = (name: string, end = false) => `<!-- ${name}:${end ? 'einde' : 'begin'} (gegenereerd: node --import tsx src/cli/field-table.ts --write) -->`

/** The document with every block between its markers replaced; throws when a marker is missing. */
export function withGeneratedBlocks(document: string, blocks = generatedBlocks()): string {
  let out = document
  for (const [name, content] of Object.entries(blocks)) {
    const start = out.indexOf(marker(name))
    const end = out.indexOf(marker(name, true))
    if (start === -1 || end === -1 || end < start) throw new Error(`CONTRIBUTING.md has no markers for "${name}": ${marker(name)} … ${marker(name, true)}`)
    out = `${out.slice(0, start + marker(name).length)}\n${content}\n${out.slice(end)}`
  }
  return out
}

export { marker as blockMarker }
