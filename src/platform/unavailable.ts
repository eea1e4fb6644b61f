/**
 * The Worker's answer while it cannot start: a problem document for the API, a small page for
 * everything else. It names what is missing, never the underlying error (that goes to the log).
 */
const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'Retry-After': '30',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
}

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

export function unavailable(url: string, what: string, detail: string): Response {
  const path = new URL(url).pathname
  if (path.startsWith('/api/')) {
    const body = { type: 'about:blank', title: 'Dienst niet beschikbaar', status: 503, detail, instance: path, missing: what }
    return new Response(JSON.stringify(body), { status: 503, headers: { ...BASE_HEADERS, 'Content-Type': 'application/problem+json; charset=utf-8' } })
  }
  const en = path === '/en' || path.startsWith('/en/')
  const [lang, title, text] = en
    ? ['en', 'Temporarily unavailable', 'Tussenruimte cannot be reached right now. Please try again in a minute.']
    : ['nl', 'Tijdelijk niet beschikbaar', 'Tussenruimte is nu niet bereikbaar. Probeer het over een minuut opnieuw.']
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Tussenruimte</title></head><body><main><h1>${title}</h1><p>${text}</p><p><small>${escape(detail)} (${escape(what)})</small></p></main></body></html>`
  return new Response(html, { status: 503, headers: { ...BASE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } })
}
