/**
 * The codebook of the CSV downloads, generated from the content schemas (src/content/schema.ts)
 * and the taxonomy: per listed kind, one column per front-matter field (nested fields flattened
 * as period_start), with its type, whether it is required, its meaning and, for a choice, the
 * allowed values with their Dutch and English labels. The CSV writer reads the same columns,
 * so file and codebook cannot drift apart.
 */
import { kindRegistry, listedKinds, type ListedKind } from '../content/kinds.ts'
import * as taxonomy from '../content/taxonomy.ts'

export type ColumnType = 'text' | 'date' | 'integer' | 'boolean' | 'slug' | 'choice' | 'url' | 'list of text' | 'list of slugs' | 'list of choices'

export interface CodebookColumn {
  /** Column name in the CSV file. */
  column: string
  /** Where the value comes from: a front-matter path (period.start) or a derived value. */
  source: string
  type: ColumnType
  /** The field must be present; for a list, `minItems` says whether it may be empty (an empty cell). */
  required: boolean
  /** For a list: the least number of values. */
  minItems?: number
  description: string
  /** Allowed values of a choice, with their labels. */
  values?: { value: string; nl: string; en: string }[]
}

/** Separator of the values in a list column. */
export const LIST_SEPARATOR = ' | '

type Node = {
  type: string
  wrapped?: Node
  item?: Node
  entries?: Record<string, Node>
  options?: unknown[]
  pipe?: (Node | { type: string; description?: string; requirement?: unknown })[]
}

const actions = (node: Node): { type: string; description?: string; requirement?: unknown }[] =>
  (node.pipe ?? []).flatMap((a) => (a !== node && (a as Node).pipe ? actions(a as Node) : [a]))
const has = (node: Node, type: string) => actions(node).some((a) => a.type === type)
const describe = (node: Node) => actions(node).find((a) => a.type === 'description')?.description ?? ''

function vocabularyOf(options: readonly unknown[]): taxonomy.Vocabulary | undefined {
  return (Object.values(taxonomy) as unknown[]).find(
    (value): value is taxonomy.Vocabulary =>
      typeof value === 'object' && value !== null && Array.isArray((value as taxonomy.Vocabulary).keys) && (value as taxonomy.Vocabulary).keys.join() === options.join(),
  )
}

function valuesOf(node: Node): CodebookColumn['values'] {
  const options = (node.options ?? []) as string[]
  const vocab = vocabularyOf(options)
  return options.map((value) => ({ value, nl: vocab?.labels[value]?.nl ?? value, en: vocab?.labels[value]?.en ?? value }))
}

function scalar(node: Node): { type: ColumnType; values?: CodebookColumn['values'] } | undefined {
  switch (node.type) {
    case 'string':
      return { type: has(node, 'iso_date') ? 'date' : has(node, 'regex') ? 'slug' : 'text' }
    case 'number':
      return { type: 'integer' }
    case 'boolean':
      return { type: 'boolean' }
    case 'picklist':
      return { type: 'choice', values: valuesOf(node) }
    default:
      return undefined
  }
}

/** Fields the CSV leaves out: the sources are lists of objects (they are in the JSON and SQLite downloads). */
const SKIPPED = new Set(['slug', 'references'])

function fieldColumns(entries: Record<string, Node>, prefix = ''): CodebookColumn[] {
  const columns: CodebookColumn[] = []
  for (const [key, raw] of Object.entries(entries)) {
    if (!prefix && SKIPPED.has(key)) continue
    const optional = raw.type === 'optional'
    const node = optional && raw.wrapped ? raw.wrapped : raw
    const source = `${prefix}${key}`
    const description = describe(node) || describe(raw)
    if (node.type === 'strict_object' || node.type === 'object') {
      columns.push(...fieldColumns(node.entries ?? {}, `${source}.`).map((c) => ({ ...c, required: c.required && !optional })))
      continue
    }
    if (node.type === 'array' && node.item) {
      const item = scalar(node.item.type === 'optional' && node.item.wrapped ? node.item.wrapped : node.item)
      if (!item) continue
      const type = item.type === 'choice' ? 'list of choices' : item.type === 'slug' ? 'list of slugs' : 'list of text'
      const min = Number(actions(node).find((a) => a.type === 'min_length')?.requirement ?? 0)
      columns.push({ column: source.replace(/\./g, '_'), source, type, required: !optional, minItems: min, description, ...(item.values && { values: item.values }) })
      continue
    }
    const one = scalar(node)
    if (one) columns.push({ column: source.replace(/\./g, '_'), source, type: one.type, required: !optional, description, ...(one.values && { values: one.values }) })
  }
  return columns
}

/** Columns every kind has besides its fields: its identity, its addresses and its last change. */
const leading: CodebookColumn[] = [
  { column: 'slug', source: 'slug', type: 'slug', required: true, description: 'Korte, vaste naam van het item; gelijk aan de bestandsnaam.' },
]
const trailing: CodebookColumn[] = [
  { column: 'last_changed', source: 'lastChanged', type: 'date', required: true, description: 'Datum van de laatste wijziging volgens de versiegeschiedenis; de controledatum als die er niet is.' },
  { column: 'url', source: 'url', type: 'url', required: true, description: 'Pad van de HTML-pagina van het item (Nederlands).' },
  { column: 'api_url', source: 'apiUrl', type: 'url', required: true, description: 'Pad van het item in de API, met bronnen, verbanden en geschiedenis.' },
]

export function codebookColumns(kind: ListedKind): CodebookColumn[] {
  const schema = kindRegistry[kind].schema as unknown as Node
  return [...leading, ...fieldColumns(schema.entries ?? {}), ...trailing]
}

export function codebook(): Record<ListedKind, CodebookColumn[]> {
  return Object.fromEntries(listedKinds.map((kind) => [kind, codebookColumns(kind)])) as Record<ListedKind, CodebookColumn[]>
}
