/**
 * Form controls in the GOV.UK pattern: a label, an optional hint, the error message right
 * above the control, and the control pointing at both with aria-describedby. Rendered on the
 * server and hydrated by the contribution island, so they hold no browser code.
 */
import type { ComponentChildren } from 'preact'
import { controlId } from '../../contribute/form.ts'

export interface FieldState {
  /** Control name; the id is derived from it. */
  name: string
  label: string
  hint?: string
  error?: string
  errorPrefix: string
  optional?: string
}

const describedBy = (id: string, hint?: string, error?: string) => [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} class="field__hint">
      {hint}
    </p>
  ) : null
}

function ErrorMessage({ id, error, prefix }: { id: string; error?: string; prefix: string }) {
  return error ? (
    <p id={`${id}-error`} class="field__error">
      <span class="visually-hidden">{prefix} </span>
      {error}
    </p>
  ) : null
}

function Label({ id, label, optional }: { id: string; label: string; optional?: string }) {
  return (
    <label for={id} class="field__label">
      {label}
      {optional && <span class="field__optional"> {optional}</span>}
    </label>
  )
}

/** The parts every single control shares: wrapper, label, hint and error, around the control itself. */
function FieldShell({ id, field, hint = field.hint, children }: { id: string; field: FieldState; hint?: string; children: ComponentChildren }) {
  return (
    <div class={`field${field.error ? ' field--error' : ''}`}>
      <Label id={id} label={field.label} optional={field.optional} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={field.error} prefix={field.errorPrefix} />
      {children}
    </div>
  )
}

export function TextField({
  field,
  value,
  width,
  inputMode,
  autocomplete,
  type = 'text',
}: {
  field: FieldState
  value: string
  width?: 'short' | 'medium'
  inputMode?: 'numeric'
  autocomplete?: string
  type?: 'text' | 'email'
}) {
  const id = controlId(field.name)
  return (
    <FieldShell id={id} field={field}>
      <input
        // Preact's input types are a union per type; both kinds here take the same attributes.
        type={type as 'text'}
        id={id}
        name={field.name}
        value={value}
        class={width ? `input--${width}` : undefined}
        inputMode={inputMode}
        autocomplete={autocomplete ?? 'off'}
        spellcheck={inputMode || type === 'email' ? false : undefined}
        aria-describedby={describedBy(id, field.hint, field.error)}
        aria-invalid={field.error ? 'true' : undefined}
      />
    </FieldShell>
  )
}

export function TextArea({ field, value, rows = 5, extraHint }: { field: FieldState; value: string; rows?: number; extraHint?: string }) {
  const id = controlId(field.name)
  const hint = [field.hint, extraHint].filter(Boolean).join(' ') || undefined
  return (
    <FieldShell id={id} field={field} hint={hint}>
      <textarea id={id} name={field.name} rows={rows} value={value} aria-describedby={describedBy(id, hint, field.error)} aria-invalid={field.error ? 'true' : undefined} />
    </FieldShell>
  )
}

export function SelectField({ field, value, options, placeholder }: { field: FieldState; value: string; options: { value: string; label: string }[]; placeholder?: string }) {
  const id = controlId(field.name)
  return (
    <FieldShell id={id} field={field}>
      <select id={id} name={field.name} value={value} aria-describedby={describedBy(id, field.hint, field.error)} aria-invalid={field.error ? 'true' : undefined}>
        {placeholder !== undefined && (
          <option value="" selected={value === ''}>
            {placeholder}
          </option>
        )}
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}

/**
 * Checkboxes or radios in a fieldset whose legend names the question. The first option carries
 * the group's id, so that the error summary can link to the group.
 */
export function ChoiceGroup({
  field,
  type,
  options,
  selected,
  columns = false,
}: {
  field: FieldState
  type: 'checkbox' | 'radio'
  options: { value: string; label: string; lang?: string }[]
  selected: readonly string[]
  columns?: boolean
}) {
  const id = controlId(field.name)
  return (
    <fieldset class={`field choices${field.error ? ' field--error' : ''}`} aria-describedby={describedBy(id, field.hint, field.error)}>
      <legend class="field__label">
        {field.label}
        {field.optional && <span class="field__optional"> {field.optional}</span>}
      </legend>
      <Hint id={id} hint={field.hint} />
      <ErrorMessage id={id} error={field.error} prefix={field.errorPrefix} />
      <ul class={`choices__list${columns ? ' choices__list--columns' : ''}`}>
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`
          return (
            <li class="choice">
              <input type={type} id={optionId} name={field.name} value={o.value} checked={selected.includes(o.value)} />
              <label for={optionId} lang={o.lang}>
                {o.label}
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

/** A group of questions under a heading (not a fieldset: the questions inside have their own labels and legends). */
export function FormSection({ heading, hint, children }: { heading: string; hint?: string; children: ComponentChildren }) {
  return (
    <section class="form-section">
      <h3 class="form-section__heading">{heading}</h3>
      {hint && <p class="form-section__hint">{hint}</p>}
      {children}
    </section>
  )
}
