/**
 * Turns the text of one content file into a typed entry, or into every problem it has.
 */
import * as v from 'valibot'
import { checkBody } from './body.ts'
import { closest } from './closest.ts'
import { splitFrontMatter } from './front-matter.ts'
import { htmlInFrontMatter } from './front-matter-html.ts'
import { hasPlaceholder, isUnder, PLACEHOLDER, placeholderLines, placeholderPaths, withoutPlaceholderItems } from './placeholders.ts'
import { formatPath, type Problem } from './problems.ts'
import { kindRegistry, type KindName, type MetaOf } from './kinds.ts'
import { splitMessage, SLUG_PATTERN } from './schema.ts'

interface EntryBase {
  slug: string
  /** Path of the source file relative to the repository root, with forward slashes. */
  file: string
  body: string
  /** Line in the file of the value at a front-matter path. */
  lineOf(path: readonly (string | number)[]): number
}
/** A valid entry of one kind, with the schema's own type for its front matter. */
export type EntryOf<K extends KindName> = EntryBase & { kind: K; meta: MetaOf<K> }
export type Entry = { [K in KindName]: EntryOf<K> }[KindName]

export interface ParseInput {
  file: string
  source: string
  kind: KindName
  /** Today's date as YYYY-MM-DD; injected so that tests are stable. */
  today: string
}

/** A file whose front matter parsed as YAML, valid or not: enough to check its links. */
export interface RawDocument {
  kind: KindName
  slug: string
  file: string
  data: Record<string, unknown>
  lineOf(path: readonly (string | number)[]): number
  /** The Markdown body and the 1-based file line it starts on, for the checks on links in bodies. */
  body?: string
  bodyLine?: number
}

export interface ParseResult {
  entry?: Entry
  document?: RawDocument
  problems: Problem[]
}

export function parseEntry({ file, source, kind, today }: ParseInput): ParseResult {
  const problems: Problem[] = []
  const add = (line: number, field: string, problem: string, expected: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line, field, problem, expected, severity })

  const slug = file.split('/').pop()!.replace(/\.md$/, '')
  if (!SLUG_PATTERN.test(slug)) {
    add(1, 'file name', `"${slug}" is not a valid slug`, 'lower-case words joined by hyphens, such as didam-arrest.md')
  }

  const front = splitFrontMatter(source.replace(/^\uFEFF/, ''))
  if (!front) {
    add(1, 'front matter', 'is missing', 'the file starts with a line "---", the fields, and another "---"')
    return { problems }
  }
  for (const error of front.errors) add(error.line, 'front matter', `is not valid YAML: ${error.message}`, 'valid YAML')
  if (front.errors.length) return { problems }

  const { schema, sections } = kindRegistry[kind]
  // A placeholder left by a template is reported once, with what belongs there, instead of
  // the schema and link errors it would also cause.
  const placeholders = placeholderPaths(front.data)
  for (const path of placeholders) {
    add(front.lineOf(path), formatPath(path), `still contains the placeholder "${PLACEHOLDER}"`, describe(schemaAt(schema, path, front.data)))
  }
  const result = v.safeParse(schema as v.GenericSchema, front.data ?? {})
  for (const issue of result.issues ?? []) {
    const path = (issue.path ?? []).map((p) => p.key as string | number)
    if (isUnder(path, placeholders)) continue
    const field = formatPath(path)
    const line = front.lineOf(path)
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      const known = Object.keys((schemaAt(schema, path.slice(0, -1)) as { entries?: object })?.entries ?? {})
      const hint = closest(String(path.at(-1)), known)
      add(line, field, 'is not a known field', hint ? `did you mean "${hint}"?` : `one of: ${known.join(', ')}`)
    } else if (issue.received === 'undefined' && issue.kind === 'schema') {
      add(line, field, 'is missing', describe(schemaAt(schema, path)))
    } else {
      const { problem, expected } = splitMessage(issue.message)
      const options = expected.startsWith('one of: ') ? expected.slice(8).split(', ') : []
      const hint = options.length && typeof issue.input === 'string' ? closest(issue.input, options) : undefined
      const shown = typeof issue.input === 'string' && problem.startsWith('is not an allowed') ? `"${issue.input}" ${problem}` : problem
      add(line, field, shown, hint ? `did you mean "${hint}"? (${expected})` : expected)
    }
  }

  for (const { path, html } of htmlInFrontMatter(front.data)) add(front.lineOf(path), formatPath(path), `contains raw HTML: ${html}`, 'plain text; write <, > and & only where they are not markup')
  const meta = (front.data && typeof front.data === 'object' ? front.data : {}) as Record<string, unknown>
  if (typeof meta.slug === 'string' && meta.slug !== slug) {
    add(front.lineOf(['slug']), 'slug', `"${meta.slug}" does not match the file name`, `"${slug}", or leave the field out`)
  }
  for (const field of ['last_reviewed', 'review_by'] as const) {
    const date = meta[field]
    if (field === 'last_reviewed' && typeof date === 'string' && date > today && !hasPlaceholder(date)) {
      add(front.lineOf([field]), field, `${date} is in the future`, `a date on or before ${today}`)
    }
  }
  if (kind === 'case') {
    const period = meta.period as { start?: unknown; end?: unknown } | undefined
    if (typeof period?.start === 'number' && typeof period.end === 'number' && period.end < period.start) {
      add(front.lineOf(['period', 'end']), 'period.end', `${period.end} is before the start ${period.start}`, 'an end year on or after the start')
    }
  }
  if (typeof meta.last_reviewed === 'string' && result.success && olderThanAYear(meta.last_reviewed, today)) {
    add(front.lineOf(['last_reviewed']), 'last_reviewed', `${meta.last_reviewed} is more than 12 months ago`, 'check the entry against its sources and update the date', 'warning')
  }

  for (const issue of checkBody(front.body, sections)) {
    add(front.bodyLine + issue.line, issue.field, issue.problem, issue.expected)
  }
  for (const line of placeholderLines(front.body)) {
    add(front.bodyLine + line, 'body', `still contains the placeholder "${PLACEHOLDER}"`, 'your own text in place of the placeholder line')
  }

  const document: RawDocument = { kind, slug, file, data: withoutPlaceholderItems(meta), lineOf: front.lineOf, body: front.body, bodyLine: front.bodyLine }
  if (problems.some((p) => p.severity === 'error') || !result.success) return { problems, document }
  const entry = { kind, slug, file, body: front.body, meta: result.output, lineOf: front.lineOf } as Entry
  return { entry, document, problems }
}

function olderThanAYear(date: string, today: string): boolean {
  const limit = new Date(`${today}T00:00:00Z`)
  limit.setUTCFullYear(limit.getUTCFullYear() - 1)
  return date < limit.toISOString().slice(0, 10)
}

/**
 * The schema of the value at a path, looking through optional, pipe and array wrappers. In a
 * variant (a reference) it takes the option whose `type` the data names, if data is given.
 */
function schemaAt(schema: unknown, path: readonly (string | number)[], data?: unknown): unknown {
  let current = unwrap(schema)
  let value = data
  for (const key of path) {
    if (!current) return undefined
    let node = current as { entries?: Record<string, unknown>; item?: unknown; options?: { entries: Record<string, { literal?: unknown }> }[] }
    if (node.options && typeof key === 'string') {
      const type = (value as { type?: unknown } | undefined)?.type
      node = node.options.find((o) => o.entries.type?.literal === type) ?? node.options.find((o) => key in o.entries) ?? node
    }
    if (typeof key === 'number') current = unwrap(node.item)
    else if (node.entries) current = unwrap(node.entries[key])
    else return undefined
    value = (value as Record<string | number, unknown> | undefined)?.[key]
  }
  return current
}

function unwrap(schema: unknown): unknown {
  let s = schema as { type?: string; wrapped?: unknown; pipe?: unknown[] } | undefined
  while (s?.type === 'optional' && s.wrapped) s = s.wrapped as typeof s
  return s
}

/** A contributor-facing description of what a field should hold, from the schema's own metadata. */
export function describe(schema: unknown): string {
  const s = unwrap(schema) as { pipe?: { type: string; description?: string; message?: unknown }[]; type?: string } | undefined
  const description = s?.pipe?.find((a) => a.type === 'description')?.description
  const firstMessage = s?.pipe?.map((a) => (typeof a.message === 'string' ? splitMessage(a.message).expected : '')).find(Boolean)
  return [description, firstMessage].filter(Boolean).join(' — ') || 'a value'
}
