/** One GET of an API answer that must be a 200; anything else says plainly what went wrong. */
import { ServiceDown, type HttpClient } from './http-client.ts'

/** The service answered, but not with the document asked for (400, 404, …). */
export class Refused extends Error {
  constructor(readonly status: number, readonly reason: string) {
    super(reason)
  }
}

export async function fetchText(http: HttpClient, url: string, accept: string): Promise<string> {
  const response = await http.get(url, { accept })
  if (response.status === 200) return response.text()
  // The client retried these already; still failing means the service is down for now.
  if (response.status === 429 || response.status >= 500) throw new ServiceDown(url, `HTTP ${response.status}`)
  throw new Refused(response.status, response.status === 404 ? 'niet gevonden (HTTP 404)' : `geweigerd (HTTP ${response.status})`)
}
