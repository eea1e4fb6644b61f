/**
 * The contribution form's values: a flat map from control name to what was typed, the same on
 * the server (a POSTed form) and in the browser (the island's state). `toInput` turns them into
 * the API's JSON shape; `formErrors` maps the problems found back onto the controls.
 */
import type { FieldKey } from './messages.ts'
import { SECTION_KEYS } from './schema.ts'

export type FormValues = Record<string, string | string[]>

/** Controls that hold several values (checkbox groups). */
export const MULTI_KEYS = ['domains', 'rules', 'workarounds'] as const
const SINGLE_KEYS = [
  'title',
  'title_en',
  'summary',
  'summary_en',
  'slug',
  'place',
  'province',
  'period.start',
  'period.end',
  'initiative.name',
  'initiative.legal_form',
  'initiative.kind',
  'public_bodies',
  'outcome',
  'turnaround',
  'barrier',
  'aliases',
  'contributors',
  'consent',
  // "Weet ik niet" for rules and workarounds: the editors fill them in.
  'rules_unknown',
  'workarounds_unknown',
  ...SECTION_KEYS.map((key) => `sections.${key}`),
]
export const REFERENCE_PARTS = ['type', 'id', 'title', 'article', 'publisher', 'date'] as const
export type ReferencePart = (typeof REFERENCE_PARTS)[number]
const REFERENCE_NAME = /^references\.(\d{1,2})\.(type|id|title|article|publisher|date)$/

/** Rows of sources shown on an empty form; one more can be added at a time. */
export const DEFAULT_REFERENCE_ROWS = 2
export const MAX_REFERENCE_ROWS = 30

/** Order of fields on the form, for sorting problems the way a reader meets the fields. */
const FORM_ORDER: string[] = [
  'title',
  'summary',
  'slug',
  'place',
  'province',
  'period',
  'initiative',
  'public_bodies',
  'domains',
  'rules',
  'workarounds',
  'outcome',
  'turnaround',
  'barrier',
  'references',
  'sections',
  'title_en',
  'summary_en',
  'aliases',
  'contributors',
  'consent',
]

export const referenceName = (row: number, part: ReferencePart) => `references.${row}.${part}`

export function emptyValues(): FormValues {
  const values: FormValues = { domains: [], rules: [], workarounds: [] }
  for (let row = 0; row < DEFAULT_REFERENCE_ROWS; row++) values[referenceName(row, 'type')] = 'url'
  return values
}

export function isKnownName(name: string): boolean {
  if ((MULTI_KEYS as readonly string[]).includes(name) || SINGLE_KEYS.includes(name)) return true
  const match = REFERENCE_NAME.exec(name)
  return match !== null && Number(match[1]) < MAX_REFERENCE_ROWS
}

/** Values from a parsed form body; unknown names are dropped, so nothing unexpected is ever echoed. */
export function valuesFromBody(body: Record<string, unknown>): FormValues {
  const values: FormValues = { domains: [], rules: [], workarounds: [] }
  for (const [name, raw] of Object.entries(body)) {
    if (!isKnownName(name)) continue
    const list = (Array.isArray(raw) ? raw : [raw]).filter((item): item is string => typeof item === 'string')
    values[name] = (MULTI_KEYS as readonly string[]).includes(name) ? list.slice(0, 200) : (list[0] ?? '')
  }
  return values
}

export const text = (values: FormValues, name: string): string => {
  const value = values[name]
  return typeof value === 'string' ? value : ''
}
export const list = (values: FormValues, name: string): string[] => {
  const value = values[name]
  return Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []
}

/** Number of source rows on the form: the defaults, or as many as were filled in or added. */
export function referenceRowCount(values: FormValues): number {
  let rows = DEFAULT_REFERENCE_ROWS
  for (const name of Object.keys(values)) {
    const match = REFERENCE_NAME.exec(name)
    if (match) rows = Math.max(rows, Number(match[1]) + 1)
  }
  return Math.min(rows, MAX_REFERENCE_ROWS)
}

/** The values with one more (empty) source row, if the limit allows. */
export function withReferenceRow(values: FormValues): { values: FormValues; row: number } {
  const row = referenceRowCount(values)
  if (row >= MAX_REFERENCE_ROWS) return { values, row: row - 1 }
  return { values: { ...values, [referenceName(row, 'type')]: 'url' }, row }
}

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
const optional = (value: string) => (value.trim() ? value : undefined)
/** A year as a number when it looks like one; anything else stays text so that the schema names the problem. */
const year = (value: string) => (/^\s*\d{1,4}\s*$/.test(value) ? Number(value) : optional(value))

export interface FormInput {
  /** The API's JSON shape (CaseContribution), not yet validated. */
  input: Record<string, unknown>
  /** Form row of each source in `input.references`: empty rows are left out. */
  rowMap: number[]
}

export function toInput(values: FormValues): FormInput {
  const rowMap: number[] = []
  const references: Record<string, unknown>[] = []
  for (let row = 0; row < referenceRowCount(values); row++) {
    const part = (name: ReferencePart) => text(values, referenceName(row, name))
    if (!['id', 'title', 'article', 'publisher', 'date'].some((name) => part(name as ReferencePart).trim())) continue
    const type = part('type')
    const reference: Record<string, unknown> = { type, [type === 'url' ? 'url' : 'id']: part('id'), title: part('title') }
    // Extra parts are passed on even where they do not belong, so that the schema can say so.
    for (const name of ['article', 'publisher', 'date'] as const) if (part(name).trim()) reference[name] = part(name)
    references.push(reference)
    rowMap.push(row)
  }
  const periodEnd = year(text(values, 'period.end'))
  const input: Record<string, unknown> = {
    slug: optional(text(values, 'slug')),
    title: text(values, 'title'),
    title_en: optional(text(values, 'title_en')),
    summary: text(values, 'summary'),
    summary_en: optional(text(values, 'summary_en')),
    place: text(values, 'place'),
    province: text(values, 'province'),
    period: periodEnd === undefined ? { start: year(text(values, 'period.start')) } : { start: year(text(values, 'period.start')), end: periodEnd },
    initiative: { name: text(values, 'initiative.name'), legal_form: text(values, 'initiative.legal_form'), kind: text(values, 'initiative.kind') },
    public_bodies: lines(text(values, 'public_bodies')),
    domains: list(values, 'domains'),
    rules: list(values, 'rules'),
    workarounds: list(values, 'workarounds'),
    outcome: text(values, 'outcome'),
    turnaround: text(values, 'turnaround') === 'yes' ? true : undefined,
    barrier: text(values, 'barrier'),
    aliases: lines(text(values, 'aliases')),
    contributors: lines(text(values, 'contributors')),
    references,
    sections: Object.fromEntries(SECTION_KEYS.map((key) => [key, text(values, `sections.${key}`)])),
    consent: text(values, 'consent') === 'yes',
  }
  // Optional lists left empty are left out rather than written as [].
  for (const key of ['aliases', 'contributors'] as const) if (!(input[key] as string[]).length) delete input[key]
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key]
  return { input, rowMap }
}

/** The field key (for texts) of a problem path in the API's shape: indices dropped, `url` read as `id`. */
export function fieldKeyOf(path: readonly (string | number)[]): FieldKey {
  const [head, second, third] = path
  if (head === 'references') {
    if (typeof second !== 'number') return 'references'
    if (third === undefined) return 'references.id'
    return `references.${third === 'url' ? 'id' : String(third)}` as FieldKey
  }
  if ((head === 'period' || head === 'initiative' || head === 'sections') && typeof second === 'string') return `${head}.${second}` as FieldKey
  if (head === 'period') return 'period.start'
  if (head === 'initiative') return 'initiative.name'
  if (head === 'sections') return 'sections.happened'
  return String(head) as FieldKey
}

/** The control name a problem path belongs to. */
export function controlNameOf(path: readonly (string | number)[], rowMap?: readonly number[]): string {
  const key = fieldKeyOf(path)
  if (key.startsWith('references.') && typeof path[1] === 'number') return referenceName(rowMap?.[path[1]] ?? path[1], key.slice('references.'.length) as ReferencePart)
  if (key === 'references') return referenceName(0, 'id')
  return key
}

/** The id of a control: the first option of a group carries the group's id (so an error can link to it). */
export function controlId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`
}

export interface FormError {
  /** Control name the message belongs to. */
  name: string
  message: string
}

/** Problems as form errors: one per control, in the order of the form. */
export function formErrors(problems: readonly { path: readonly (string | number)[]; message: string }[], rowMap?: readonly number[]): FormError[] {
  const seen = new Set<string>()
  const errors: (FormError & { order: number[] })[] = []
  for (const problem of problems) {
    const name = controlNameOf(problem.path, rowMap)
    if (seen.has(name)) continue
    seen.add(name)
    const top = FORM_ORDER.indexOf(String(problem.path[0]))
    const row = /^references\.(\d+)\./.exec(name)
    const part = row ? REFERENCE_PARTS.indexOf(name.split('.')[2] as ReferencePart) : 0
    const sub = name.startsWith('sections.') ? SECTION_KEYS.indexOf(name.slice(9) as (typeof SECTION_KEYS)[number]) : 0
    errors.push({ name, message: problem.message, order: [top === -1 ? FORM_ORDER.length : top, row ? Number(row[1]) : 0, part, sub] })
  }
  const compare = (a: number[], b: number[]) => a.reduce((result, x, i) => result || x - (b[i] ?? 0), 0)
  return errors.sort((a, b) => compare(a.order, b.order)).map(({ name, message }) => ({ name, message }))
}

/** A change to one control, as the browser reports it. */
export interface ControlChange {
  name: string
  type: string
  value: string
  checked: boolean
}

/** The values after one control changed (the island's input handler). Unknown controls change nothing. */
export function applyChange(values: FormValues, { name, type, value, checked }: ControlChange): FormValues {
  if (!isKnownName(name)) return values
  if ((MULTI_KEYS as readonly string[]).includes(name)) {
    const chosen = new Set(list(values, name))
    if (checked) chosen.add(value)
    else chosen.delete(value)
    return { ...values, [name]: [...chosen] }
  }
  if (type === 'checkbox') return { ...values, [name]: checked ? value : '' }
  if (type === 'radio') return checked ? { ...values, [name]: value } : values
  return { ...values, [name]: value }
}

/** `references[1].url` → ['references', 1, 'url']: the field names of a problem document, back to a path. */
export function parseFieldPath(name: string): (string | number)[] {
  return (name.match(/[^.[\]]+/g) ?? []).map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}
