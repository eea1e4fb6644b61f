/**
 * Live filters: with JavaScript, results follow a filter as soon as it changes, and chips and
 * "Alle filters wissen" work in place. The server renders every state (the same URL works without
 * JavaScript, where the form's button applies the filters), so this fetches that page and swaps
 * in its results and filters, keeping focus where it was.
 */

const parser = new DOMParser()

export function enhanceLiveFilters(region: HTMLElement): void {
  const status = document.createElement('div')
  status.className = 'visually-hidden'
  status.setAttribute('role', 'status')
  region.before(status)
  let current: AbortController | undefined

  const prepare = () => {
    const form = region.querySelector<HTMLFormElement>('form[data-live-filters]')
    // The button is for pages without JavaScript; here every change applies at once.
    form?.querySelector<HTMLElement>('button[type="submit"]')?.setAttribute('hidden', '')
  }

  const load = async (url: string, focus: 'keep' | 'heading', push = true) => {
    current?.abort()
    const controller = new AbortController()
    current = controller
    const focusedId = document.activeElement?.id
    region.setAttribute('aria-busy', 'true')
    try {
      const res = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } })
      if (!res.ok) {
        window.location.assign(url)
        return
      }
      const next = parser.parseFromString(await res.text(), 'text/html').querySelector<HTMLElement>('[data-live-region]')
      if (!next) {
        window.location.assign(url)
        return
      }
      const wasOpen = region.querySelector('details')?.open
      region.replaceChildren(...Array.from(next.childNodes))
      const details = region.querySelector('details')
      if (details && wasOpen !== undefined) details.open = wasOpen
      prepare()
      if (push) history.pushState({ liveFilters: true }, '', url)
      const heading = region.querySelector<HTMLElement>('.results > h2')
      status.textContent = heading?.textContent ?? ''
      const target = (focus === 'keep' && focusedId && document.getElementById(focusedId)) || heading
      target?.focus()
    } catch {
      // Aborted by a newer change; the newer request finishes the job.
    } finally {
      if (current === controller) region.removeAttribute('aria-busy')
    }
  }

  region.addEventListener('change', (event) => {
    const form = (event.target as HTMLElement).closest<HTMLFormElement>('form[data-live-filters]')
    if (!form) return
    const query = new URLSearchParams(new FormData(form) as unknown as Record<string, string>)
    const url = `${form.action}${query.toString() ? `?${query}` : ''}`
    void load(url, 'keep')
  })

  region.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a')
    if (!link) return
    if (link.getAttribute('href') === '#facets') {
      const details = region.querySelector('details')
      if (details) details.open = true
      return
    }
    if (!link.closest('[data-live-link], .facets__actions') || event.metaKey || event.ctrlKey || event.shiftKey) return
    event.preventDefault()
    void load(link.href, 'heading')
  })

  window.addEventListener('popstate', () => void load(window.location.href, 'heading', false))
  prepare()
}
