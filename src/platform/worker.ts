/**
 * The distributed deployment: Cloudflare Workers + D1 + static assets (wrangler.toml). The app
 * is made once per isolate; until it can be, every request gets a 503 problem document naming
 * what is missing, and the next request tries again.
 */
import { unavailable } from './unavailable.ts'
import { Missing, makeApp, type Bindings } from './worker-deps.ts'

let app: ReturnType<typeof makeApp> | undefined

export default {
  async fetch(request, env, ctx) {
    const pending = (app ??= makeApp(env, request.url))
    // Other requests may be waiting on this start-up: keep it running even if this request's client goes away.
    ctx.waitUntil(pending.then(() => undefined, () => undefined))
    const ready = await pending.catch((error: unknown) => {
      // Forget the failed attempt (unless a newer one is under way), so the next request tries again.
      if (app === pending) app = undefined
      if (!(error instanceof Missing)) console.error(error)
      else if (error.internal) console.error(`${error.what}: ${error.internal}`)
      return error instanceof Missing ? error : new Missing('unknown', 'De dienst kon niet starten.')
    })
    // Cloudflare sets CF-Connecting-IP itself (a client's own value is replaced), so here it can be trusted.
    if (!(ready instanceof Missing)) return ready.fetch(request, { clientAddress: request.headers.get('cf-connecting-ip') ?? undefined })
    return unavailable(request.url, ready.what, ready.message)
  },
} satisfies ExportedHandler<Bindings>
