/**
 * Validates a contributed case: the corpus schema, the links to rules and workarounds, a free
 * file name, and text that Markdown cannot turn into HTML or unsafe links. Runs unchanged in
 * the browser (the island) and on the server (the API and the form without JavaScript), and
 * reports every problem at once, in the contributor's language.
 */
import * as v from 'valibot'
import { hasPlaceholder } from '../content/placeholders.ts'
import { splitMessage } from '../content/schema.ts'
import { labelOf, referenceTypes } from '../content/taxonomy.ts'
import { fieldKeyOf } from './form.ts'
import { fmt } from './fmt.ts'
import type { ContributeMessages, FieldKey } from './messages.ts'
import { contributionSchema, draftContributionSchema, SECTION_MAX, type CaseContribution } from './schema.ts'
import { freeVariant, isSlug, slugify } from './slug.ts'
import { textIssue } from './text-safety.ts'

export interface CorpusOption {
  slug: string
  title: string
}

/** What the validator needs to know about the corpus. */
export interface ContributionCorpus {
  rules: readonly CorpusOption[]
  workarounds: readonly CorpusOption[]
  /** Every slug in use, of any kind: a new file may not reuse one. */
  taken: readonly string[]
}

export interface ContributionProblem {
  path: (string | number)[]
  /** The path as `npm run check` names fields: `references[1].url`. */
  name: string
  message: string
}

/** A contribution that passed, with the file name it will have. */
export type ValidContribution = CaseContribution & { slug: string }

export type ValidationResult = { ok: true; value: ValidContribution; slug: string } | { ok: false; problems: ContributionProblem[] }

export interface ValidateOptions {
  /** Number shown for each source in messages ("source 3"); defaults to its position. */
  referenceNumbers?: readonly number[]
  /** The contributor does not know the rule: an empty `rules` is accepted, for a draft to the editors. */
  rulesUnknown?: boolean
}

export function validateContribution(raw: unknown, corpus: ContributionCorpus, t: ContributeMessages, options: ValidateOptions = {}): ValidationResult {
  const input = clean(raw)
  const problems: ContributionProblem[] = []
  const number = (i: unknown) => (typeof i === 'number' ? (options.referenceNumbers?.[i] ?? i + 1) : 1)
  const named = new Set<string>()
  const add = (path: (string | number)[], message: string) => {
    const name = formatPath(path)
    if (!named.has(name)) problems.push({ path, name, message }), named.add(name)
  }
  const label = (path: (string | number)[]) => {
    const key = fieldKeyOf(path)
    const text = t.fields[key]?.label ?? String(path.at(-1))
    return key.startsWith('references.') ? `${fmt(t.referenceRow, { n: number(path[1]) })}: ${text.toLowerCase()}` : text
  }

  const result = v.safeParse(options.rulesUnknown ? draftContributionSchema : contributionSchema, input)
  for (const issue of result.issues ?? []) {
    const path = (issue.path ?? []).map((item) => item.key as string | number)
    add(path, messageFor(issue, path, input, t, label(path), number(path[1])))
  }

  // Free text that Markdown could turn into HTML or a link the content check rejects, or that
  // holds the templates' placeholder, which the check refuses too.
  walkStrings(input, [], (value, path) => {
    const markdown = path[0] === 'sections'
    const issue = textIssue(value, markdown) ?? (hasPlaceholder(value) ? 'placeholder' : undefined)
    if (issue) add(path, fmt(t.errors[issue], { label: label(path) }))
  })

  // Links into the corpus.
  const known = { rules: new Set(corpus.rules.map((r) => r.slug)), workarounds: new Set(corpus.workarounds.map((w) => w.slug)) }
  for (const field of ['rules', 'workarounds'] as const) {
    const items = input[field]
    if (!Array.isArray(items)) continue
    items.forEach((slug, i) => {
      if (typeof slug === 'string' && isSlug(slug) && !known[field].has(slug)) add([field, i], fmt(field === 'rules' ? t.errors.ruleUnknown : t.errors.workaroundUnknown, { slug }))
    })
  }

  // A period that ends before it starts.
  const period = input.period as { start?: unknown; end?: unknown } | undefined
  if (typeof period?.start === 'number' && typeof period.end === 'number' && period.end < period.start) add(['period', 'end'], fmt(t.errors.endBeforeStart, { start: period.start }))

  // The file name: given, or made from the title; it must be free across the whole corpus.
  const taken = new Set(corpus.taken)
  const given = typeof input.slug === 'string' ? input.slug : undefined
  const slug = given ?? (typeof input.title === 'string' ? slugify(input.title) : '')
  if (given === undefined && typeof input.title === 'string' && input.title.trim() && !slug) add(['slug'], t.errors.slugMissing)
  if (slug && taken.has(slug)) add(['slug'], fmt(t.errors.slugTaken, { slug, suggestion: freeVariant(slug, taken) }))
  if (given !== undefined && !isSlug(given)) add(['slug'], t.fields.slug.invalid!)

  if (problems.length || !result.success) return { ok: false, problems }
  return { ok: true, value: { ...result.output, slug }, slug }
}

function messageFor(issue: v.BaseIssue<unknown>, path: (string | number)[], input: Record<string, unknown>, t: ContributeMessages, label: string, n: number): string {
  const key = fieldKeyOf(path)
  const field = t.fields[key] as (typeof t.fields)[FieldKey] | undefined
  const empty = issue.input === undefined || issue.input === null || issue.input === ''
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    if (key === 'references.article') return fmt(t.errors.onlyBwb, { n })
    if (key === 'references.publisher' || key === 'references.date') return fmt(t.errors.onlyUrl, { label, n })
    return fmt(t.errors.unknownField, { name: formatPath(path) })
  }
  if (issue.type === 'max_length') {
    const length = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : 0
    return fmt(path[0] === 'sections' ? t.errors.sectionTooLong : t.errors.tooLong, { label, max: String(issue.requirement ?? SECTION_MAX), n: length })
  }
  const required = empty || issue.type === 'non_empty' || issue.type === 'min_length' || (issue.type === 'literal' && path[0] === 'consent')
  if (required) return fmt(field?.required ?? t.errors.requiredGeneric, { label, n })
  if (key === 'references.id') {
    const reference = (input.references as Record<string, unknown>[] | undefined)?.[path[1] as number]
    const type = typeof reference?.type === 'string' ? reference.type : 'url'
    if (type === 'url') return fmt(t.errors.refUrl, { n })
    const example = splitMessage(issue.message).expected.replace(/^the form /, '')
    return fmt(field!.invalid!, { n, type: labelOf(referenceTypes, type, t.lang), example })
  }
  return fmt(field?.invalid ?? t.errors.invalidGeneric, { label, n })
}

/** `references[1].url`, as `npm run check` names a field. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('') || '-'
}

/**
 * Normalises every string before validation: no control characters or lone surrogates (YAML
 * and browsers disagree on them), Unix line ends, and whitespace collapsed to single spaces
 * everywhere but the body sections, whose line breaks are Markdown.
 */
function clean(raw: unknown): Record<string, unknown> {
  const walk = (value: unknown, path: (string | number)[], depth: number): unknown => {
    if (typeof value === 'string') {
      const text = value
        .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      return path[0] === 'sections' ? text : text.replace(/\s+/g, ' ')
    }
    if (depth > 4) return value
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i], depth + 1))
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, walk(item, [...path, k], depth + 1)]))
    return value
  }
  const cleaned = walk(raw, [], 0)
  return cleaned && typeof cleaned === 'object' && !Array.isArray(cleaned) ? (cleaned as Record<string, unknown>) : {}
}

/** Every string down to the depth clean() descends to; deeper values are the schema's to refuse, not to walk. */
function walkStrings(value: unknown, path: (string | number)[], visit: (value: string, path: (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, path)
  else if (path.length > 4) return
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, i], visit))
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit)
}
