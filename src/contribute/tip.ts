/**
 * A tip: the short way to contribute, for someone with a story and a source but no time for the
 * full case form. Five fields — what happened, where, a source, a way to reach you and consent —
 * checked with the same text-safety rules as the case form, so nothing typed here can become
 * HTML or an unsafe link when the editors read it.
 */
import * as v from 'valibot'
import { textIssue, type TextIssue } from './text-safety.ts'

export const TIP_KEYS = ['what', 'where', 'source', 'email', 'consent'] as const
export type TipKey = (typeof TIP_KEYS)[number]
export type TipValues = Record<TipKey, string>

/** An e-mail address as people type one: something@host.tld, no spaces (mail programs check the rest). */
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]{2,}$/

/** Longest accepted texts, in characters. */
export const TIP_MAX = { what: 8000, where: 200, source: 2000, email: 254 } as const

export interface TipTexts {
  required: Record<'what' | 'where' | 'source' | 'consent', string>
  tooLong: string
  email: string
  labels: Record<TipKey, string>
  issues: Record<TextIssue, string>
}

const fmt = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

/** The tip schema with messages in the contributor's language. `markdown` texts get the body-section rules. */
export function tipSchema(t: TipTexts) {
  const text = (key: 'what' | 'where' | 'source', markdown: boolean) =>
    v.pipe(
      v.string(),
      v.trim(),
      v.nonEmpty(t.required[key]),
      v.maxLength(TIP_MAX[key], (issue) => fmt(t.tooLong, { label: t.labels[key], max: TIP_MAX[key], n: (issue.input as string).length })),
      v.rawCheck(({ dataset, addIssue }) => {
        const found = dataset.typed ? textIssue(dataset.value, markdown) : undefined
        if (found) addIssue({ message: fmt(t.issues[found], { label: t.labels[key] }) })
      }),
    )
  return v.object({
    what: text('what', true),
    where: text('where', false),
    source: text('source', true),
    email: v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(TIP_MAX.email, (issue) => fmt(t.tooLong, { label: t.labels.email, max: TIP_MAX.email, n: (issue.input as string).length })),
      // Empty is fine: the address is optional.
      v.check((value) => value === '' || EMAIL.test(value), t.email),
    ),
    consent: v.literal('yes', t.required.consent),
  })
}

export type Tip = v.InferOutput<ReturnType<typeof tipSchema>>
export type TipResult = { ok: true; tip: Tip } | { ok: false; errors: { name: TipKey; message: string }[] }

/** The five values from a posted form; anything else is dropped, and line ends are made Unix. */
export function tipValuesFrom(body: Record<string, unknown>): TipValues {
  const one = (key: TipKey) => {
    const raw = body[key]
    const value = Array.isArray(raw) ? raw[0] : raw
    return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : ''
  }
  return Object.fromEntries(TIP_KEYS.map((key) => [key, one(key)])) as TipValues
}

/** Checks a tip; every problem at once, one per field, in the order of the form. */
export function validateTip(values: TipValues, t: TipTexts): TipResult {
  const result = v.safeParse(tipSchema(t), values, { abortPipeEarly: true })
  if (result.success) return { ok: true, tip: result.output }
  const errors: { name: TipKey; message: string }[] = []
  for (const issue of result.issues) {
    const name = issue.path?.[0]?.key as TipKey | undefined
    if (name && !errors.some((e) => e.name === name)) errors.push({ name, message: issue.message })
  }
  return { ok: false, errors: errors.sort((a, b) => TIP_KEYS.indexOf(a.name) - TIP_KEYS.indexOf(b.name)) }
}
