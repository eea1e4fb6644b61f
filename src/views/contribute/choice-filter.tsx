/**
 * A long list of checkboxes (the corpus's rules or workarounds) with a type-ahead filter. Without
 * JavaScript it is the plain list; with the island a search field above it hides the options that
 * do not match (chosen ones always stay), and a status line says how many are shown.
 */
import { controlId } from '../../contribute/form.ts'
import { fmt } from '../../contribute/fmt.ts'
import type { CorpusOption } from '../../contribute/validate.ts'
import type { FieldState } from './fields.tsx'

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

/** Every word of the query appears in the title or the slug, accents and case ignored. */
export function matchesFilter(option: CorpusOption, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const haystack = `${fold(option.title)} ${option.slug}`
  return words.every((word) => haystack.includes(word))
}

export function ChoiceFilter({
  kind,
  field,
  options,
  selected,
  label,
  count,
  filter,
  onFilter,
}: {
  kind: 'rules' | 'workarounds'
  field: FieldState
  options: CorpusOption[]
  selected: readonly string[]
  label: string
  count: string
  filter?: string
  onFilter?: (kind: 'rules' | 'workarounds', value: string) => void
}) {
  const id = controlId(field.name)
  const query = filter ?? ''
  const shown = options.filter((o) => selected.includes(o.slug) || matchesFilter(o, query))
  const describedBy = [field.hint && `${id}-hint`, field.error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <fieldset class={`field choices${field.error ? ' field--error' : ''}`} aria-describedby={describedBy}>
      <legend class="field__label">
        {field.label}
        {field.optional && <span class="field__optional"> {field.optional}</span>}
      </legend>
      {field.hint && (
        <p id={`${id}-hint`} class="field__hint">
          {field.hint}
        </p>
      )}
      {field.error && (
        <p id={`${id}-error`} class="field__error">
          <span class="visually-hidden">{field.errorPrefix} </span>
          {field.error}
        </p>
      )}
      {onFilter && (
        <div class="choice-filter">
          <label for={`${id}-filter`} class="field__label">
            {label}
          </label>
          <input
            type="search"
            id={`${id}-filter`}
            value={query}
            autocomplete="off"
            aria-describedby={`${id}-count`}
            onInput={(event) => onFilter(kind, (event.currentTarget as unknown as { value: string }).value)}
          />
          <p id={`${id}-count`} class="field__hint" role="status">
            {fmt(count, { n: shown.length, total: options.length })}
          </p>
        </div>
      )}
      <ul class="choices__list choices__list--columns">
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.slug}`
          return (
            <li class="choice" hidden={onFilter && !shown.includes(o) ? true : undefined}>
              <input type="checkbox" id={optionId} name={field.name} value={o.slug} checked={selected.includes(o.slug)} />
              <label for={optionId} lang="nl">
                {o.title}
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
