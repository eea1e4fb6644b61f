/**
 * Writes a validated contribution as a case file: YAML front matter in the order of the case
 * schema, then the four sections. The writer follows the schema, not a list of fields, so every
 * field the contribution accepts is written (a test holds it to that). Free text is always a
 * double-quoted YAML string (JSON's escaping is valid YAML), so no value can break out of its
 * field; vocabulary keys, slugs, years and yes/no are written plain, as contributors write them.
 */
import { kindRegistry as kinds } from '../content/kinds.ts'
import { caseSchema, SLUG_PATTERN, type Reference } from '../content/schema.ts'
import { SECTION_KEYS, sectionHeadings, type CaseContribution } from './schema.ts'

export interface CaseFile {
  slug: string
  /** Repository path, such as content/cases/dorpshuis-oldenzijl.md. */
  path: string
  markdown: string
}

interface SchemaNode {
  type: string
  wrapped?: SchemaNode
  item?: SchemaNode
  entries?: Record<string, SchemaNode>
  pipe?: { type: string; requirement?: unknown }[]
}

const quoted = (value: string) => JSON.stringify(value)
/** A plain YAML scalar for values from a vocabulary or slugs; quoted if YAML could read it as something else. */
const plain = (value: string) => (/^[A-Za-z][\p{L}0-9-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value) ? value : quoted(value))

/** A date such as 2026-12-03 is written as the corpus writes it; anything else as a plain key. */
const plainOrDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : plain(value))

const unwrap = (node: SchemaNode): SchemaNode => (node.type === 'optional' && node.wrapped ? unwrap(node.wrapped) : node)
/** Values written plain: vocabulary keys, slugs and dates. */
const isKey = (node: SchemaNode) =>
  node.type === 'picklist' || (node.pipe ?? []).some((a) => (a.type === 'regex' && a.requirement === SLUG_PATTERN) || a.type === 'iso_date')

function referenceLines(ref: Reference): string[] {
  const lines = [`  - type: ${ref.type}`, ref.type === 'url' ? `    url: ${quoted(ref.url)}` : `    id: ${quoted(ref.id)}`]
  if (ref.type === 'bwb' && ref.article !== undefined) lines.push(`    article: ${quoted(ref.article)}`)
  lines.push(`    title: ${quoted(ref.title)}`)
  if (ref.type === 'url' && ref.publisher) lines.push(`    publisher: ${quoted(ref.publisher)}`)
  if (ref.type === 'url' && ref.date) lines.push(`    date: ${ref.date}`)
  return lines
}

/** The YAML lines of one field, as its schema says it is written. */
function fieldLines(key: string, value: unknown, schema: SchemaNode, indent = ''): string[] {
  const node = unwrap(schema)
  if (value === undefined) return []
  if (node.type === 'array') {
    const items = value as unknown[]
    if (key === 'references') return [`${indent}${key}:`, ...(items as Reference[]).flatMap(referenceLines)]
    if (!items.length) return [`${indent}${key}: []`]
    if (isKey(unwrap(node.item!))) return [`${indent}${key}: [${(items as string[]).map(plain).join(', ')}]`]
    return [`${indent}${key}:`, ...items.map((item) => `${indent}  - ${quoted(String(item))}`)]
  }
  if (node.entries) {
    const object = value as Record<string, unknown>
    return [`${indent}${key}:`, ...Object.entries(node.entries).flatMap(([k, s]) => fieldLines(k, object[k], s, `${indent}  `))]
  }
  if (typeof value === 'string') return [`${indent}${key}: ${isKey(node) ? plainOrDate(value) : quoted(value)}`]
  return [`${indent}${key}: ${String(value)}`]
}

/** Field order of a case file: the schema's, with the lists of names and sources at the end as in the corpus. */
const AT_END = ['aliases', 'contributors', 'references', 'last_reviewed']
const FIELD_ORDER = [...Object.keys(caseSchema.entries).filter((key) => key !== 'slug' && !AT_END.includes(key)), ...AT_END]

export function caseFile(c: CaseContribution & { slug: string }, today: string): CaseFile {
  const values: Record<string, unknown> = { ...c, last_reviewed: today }
  const entries = caseSchema.entries as unknown as Record<string, SchemaNode>
  const lines = ['---', ...FIELD_ORDER.flatMap((key) => fieldLines(key, values[key], entries[key]!)), '---', '']
  for (const key of SECTION_KEYS) lines.push(`## ${sectionHeadings[key]}`, '', c.sections[key].trim(), '')
  return { slug: c.slug, path: `${kinds.case.dir}/${c.slug}.md`, markdown: lines.join('\n') }
}
