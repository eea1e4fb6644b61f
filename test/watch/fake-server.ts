/**
 * A fake of the four services on 127.0.0.1 (port 0), answering from the recorded fixtures. Tests
 * swap the handler to play a scenario: a new ruling, a changed article, a service that hangs.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface Reply {
  status?: number
  headers?: Record<string, string>
  body?: string
  /** Wait this long before answering (a slow or hanging service). */
  delayMs?: number
}
export type Handler = (url: URL, request: IncomingMessage) => Reply | undefined

const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url))
export const fixture = (path: string) => readFileSync(fixturesDir + path, 'utf8')

export interface Scenario {
  /** Start date of the BWB version in force: picks sru-<date>.xml. */
  bwbInForce: string
  /** Start date of an announced later version, if any. */
  bwbAnnounced?: string
  eurlex: 'before' | 'after'
  /** Overrides of the Rechtspraak content per ECLI. */
  rulings?: Record<string, string>
}

/** The services as their fixtures describe them, in the state a scenario names. */
export function services(scenario: Scenario): Handler {
  return (url) => {
    const xml = (body: string): Reply => ({ body, headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
    if (url.pathname === '/rechtspraak/uitspraken/zoeken') return xml(fixture('rechtspraak/feed.xml'))
    if (url.pathname === '/rechtspraak/uitspraken/content') {
      const id = url.searchParams.get('id') ?? ''
      if (scenario.rulings?.[id]) return xml(scenario.rulings[id])
      try {
        return xml(fixture(`rechtspraak/${id.replace(/:/g, '_')}.xml`))
      } catch {
        return { status: 404, body: 'Niet gevonden' }
      }
    }
    if (url.pathname === '/sru') {
      const query = url.searchParams.get('query') ?? ''
      if (url.searchParams.get('x-connection') !== 'BWB' || !query.includes('dcterms.identifier==BWBR0005537')) return xml(fixture('bwb/sru-none.xml'))
      if (query.includes('geldigheidsdatum==')) return xml(fixture(`bwb/sru-${scenario.bwbInForce}.xml`))
      return xml(fixture(scenario.bwbAnnounced ? `bwb/sru-${scenario.bwbAnnounced}.xml` : 'bwb/sru-none.xml'))
    }
    const toestand = /^\/bwb\/BWBR0005537\/(\d{4}-\d{2}-\d{2})_0\/xml\//.exec(url.pathname)
    if (toestand) return xml(fixture(`bwb/toestand-${toestand[1]}.xml`))
    if (url.pathname === '/sparql' && url.searchParams.get('query')?.includes('"32023R2831"')) {
      return { body: fixture(`eurlex/sparql-${scenario.eurlex}.json`), headers: { 'Content-Type': 'application/sparql-results+json' } }
    }
    return undefined
  }
}

export async function startFakeServer() {
  const requests: { url: URL; userAgent?: string; at: number }[] = []
  let handler: Handler = () => undefined
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push({ url, userAgent: request.headers['user-agent'], at: Date.now() })
    const reply = handler(url, request) ?? { status: 404, body: 'not found' }
    const send = () => {
      if (response.destroyed) return
      response.writeHead(reply.status ?? 200, reply.headers ?? { 'Content-Type': 'text/plain' })
      response.end(reply.body ?? '')
    }
    if (reply.delayMs) setTimeout(send, reply.delayMs).unref()
    else send()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    requests,
    setHandler(next: Handler) {
      handler = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type FakeServer = Awaited<ReturnType<typeof startFakeServer>>
