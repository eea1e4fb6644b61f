/**
 * Instant search: results while typing, as an ARIA 1.2 combobox with a listbox popup.
 * The server-rendered form keeps working without JavaScript; this island only adds the
 * popup, keyboard navigation and a live region announcing the number of results.
 */
import { render } from 'preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'

import type { InstantSearchProps } from '../../src/views/components/search-form.tsx'

interface Result {
  type: string
  slug: string
  title: string
  titleEn: string | null
  url: string
}

const DEBOUNCE_MS = 180
const MIN_CHARS = 2

function InstantSearch({ input, t }: { input: HTMLInputElement; t: InstantSearchProps }) {
  const count = (n: number) => (n === 1 ? t.countOne : t.countMany.replace('{n}', String(n)))
  const [results, setResults] = useState<Result[]>([])
  const [total, setTotal] = useState(0)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [announcement, setAnnouncement] = useState('')
  const listId = `${input.id}-listbox`
  const request = useRef<AbortController | null>(null)
  const state = useRef({ results, active, open })
  state.current = { results, active, open }

  useEffect(() => {
    input.setAttribute('role', 'combobox')
    input.setAttribute('aria-autocomplete', 'list')
    input.setAttribute('aria-controls', listId)
    input.setAttribute('aria-expanded', 'false')
    let timer: ReturnType<typeof setTimeout> | undefined

    const search = async (q: string) => {
      request.current?.abort()
      if (q.trim().length < MIN_CHARS) {
        setOpen(false)
        setResults([])
        setAnnouncement('')
        return
      }
      const controller = new AbortController()
      request.current = controller
      try {
        const res = await fetch(`/api/v1/search?limit=8&q=${encodeURIComponent(q.trim())}`, { signal: controller.signal, headers: { Accept: 'application/json' } })
        if (!res.ok) return
        const body = (await res.json()) as { total: number; results: Result[] }
        setResults(body.results)
        setTotal(body.total)
        setActive(-1)
        setOpen(true)
        setAnnouncement(count(body.total))
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits normally.
      }
    }
    const onInput = () => {
      clearTimeout(timer)
      timer = setTimeout(() => void search(input.value), DEBOUNCE_MS)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const { results: list, active: current, open: isOpen } = state.current
      if (event.key === 'ArrowDown' && list.length) {
        event.preventDefault()
        setOpen(true)
        setActive((current + 1) % list.length)
      } else if (event.key === 'ArrowUp' && list.length) {
        event.preventDefault()
        setActive(current <= 0 ? list.length - 1 : current - 1)
      } else if (event.key === 'Escape' && isOpen) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      } else if (event.key === 'Enter' && isOpen && current >= 0 && list[current]) {
        event.preventDefault()
        window.location.assign(localUrl(list[current]!, t))
      }
    }
    const onBlur = () => setTimeout(() => setOpen(false), 150)
    input.addEventListener('input', onInput)
    input.addEventListener('keydown', onKeyDown)
    input.addEventListener('blur', onBlur)
    return () => {
      input.removeEventListener('input', onInput)
      input.removeEventListener('keydown', onKeyDown)
      input.removeEventListener('blur', onBlur)
    }
  }, [input])

  // A layout effect, so the input's ARIA state changes in the same commit as the listbox:
  // assistive technology (and a fast Enter) never sees an active option that is not there yet.
  useLayoutEffect(() => {
    input.setAttribute('aria-expanded', String(open && results.length > 0))
    if (open && active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`)
    else input.removeAttribute('aria-activedescendant')
  }, [open, active, results])

  const showAll = `${input.form?.action ?? ''}?q=${encodeURIComponent(input.value)}`
  return (
    <div class="instant">
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <div class="instant__popup" hidden={!open || results.length === 0}>
      <ul id={listId} role="listbox" aria-label={t.label} class="instant__list">
        {results.map((r, i) => (
          <li id={`${listId}-${i}`} role="option" aria-selected={i === active} class={`instant__option${i === active ? ' instant__option--active' : ''}`} onMouseDown={(e) => {
            e.preventDefault()
            window.location.assign(localUrl(r, t))
          }}>
            <span class="instant__type">{t.types[r.type] ?? r.type}</span> {r[t.titleField] || r.title}
          </li>
        ))}
      </ul>
      {total > results.length && (
        <p class="instant__more">
          <a href={showAll}>
            {t.all} ({count(total)})
          </a>
        </p>
      )}
      </div>
    </div>
  )
}

/** The API gives Dutch paths; link to the page in the interface language (its list path is in the props). */
function localUrl(r: Result, t: InstantSearchProps): string {
  const list = t.paths[r.type]
  return list ? `${list}/${r.slug}` : r.url
}

export function mountInstantSearch(element: HTMLElement): void {
  const input = element.closest('form')?.querySelector<HTMLInputElement>('input[type="search"]')
  if (!input) return
  const t = JSON.parse(element.dataset.props ?? '{}') as InstantSearchProps
  render(<InstantSearch input={input} t={t} />, element)
  element.dataset.hydrated = 'true'
}
