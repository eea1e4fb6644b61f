/**
 * A form over the size limit: instead of refusing it unread (and losing what was typed), the
 * page reads it (up to a hard cap), keeps every value and names the fields that are too long.
 */
import { fmt } from './fmt.ts'
import type { FormError, FormValues } from './form.ts'
import type { ContributeMessages, FieldKey } from './messages.ts'
import { SECTION_MAX } from './schema.ts'

const encoder = new TextEncoder()

/** Errors for the fields that make the form too large; none when it is within `limit` bytes. */
export function oversizedFields(values: FormValues, t: ContributeMessages, limit: number): FormError[] {
  const sizes = Object.entries(values).map(([name, value]) => ({ name, length: (Array.isArray(value) ? value.join('') : value).length, bytes: encoder.encode(Array.isArray(value) ? value.join('') : value).length }))
  if (sizes.reduce((sum, s) => sum + s.bytes, 0) <= limit) return []
  const longest = [...sizes].sort((a, b) => b.bytes - a.bytes)
  const named = longest.filter((s) => s.length > SECTION_MAX)
  return (named.length ? named : longest.slice(0, 1)).map(({ name, length }) => {
    const key = name.replace(/^references\.\d+\./, 'references.') as FieldKey
    return { name, message: fmt(t.steps.fieldTooLarge, { label: t.fields[key]?.label ?? name, n: length }) }
  })
}
