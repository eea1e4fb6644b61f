/**
 * The Node HTTP front of the app: static assets from the build, everything else to the current
 * app together with the client's address. Apart from node.ts (which builds and listens) so
 * that tests can start it on a port of their own.
 */
import type { HttpBindings } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { etag } from 'hono/etag'
import proxyaddr from 'proxy-addr'
import type { RequestInfo } from '../env.ts'
import { securityHeaders } from '../routes/security-headers.ts'
import { compression, HASHED_FILE, serveDownloads } from './http-fs.ts'

interface FetchApp {
  fetch(request: Request, info: RequestInfo): Response | Promise<Response>
}

/**
 * Which peers may tell us who the client is, from TRUST_PROXY: a comma-separated list of
 * addresses, CIDR ranges or proxy-addr's names (loopback, linklocal, uniquelocal). Unset or
 * empty: nobody, and X-Forwarded-For is ignored.
 */
export function trustedProxies(setting: string | undefined): ((address: string, hop: number) => boolean) | undefined {
  const list = (setting ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  return list.length ? proxyaddr.compile(list) : undefined
}

export interface NodeFrontOptions {
  /** The current app; a function, so that a rebuild can swap it in. */
  app: () => FetchApp
  /** Folder holding assets/, relative to the working directory (serveStatic's root). */
  staticRoot: string
  trust?: (address: string, hop: number) => boolean
  /** Folder of the current build, relative to the working directory: its data/ is served under /data/. */
  dataRoot?: string
}

export function createNodeFront({ app, staticRoot, trust, dataRoot }: NodeFrontOptions) {
  const front = new Hono<{ Bindings: HttpBindings }>()
  front.use('*', compression())
  // The same security headers as the app's answers, and an ETag so that If-None-Match gets a 304.
  front.use('/assets/*', securityHeaders(), etag())
  // Only files named by their content are cached for good; the manifest that names them is not.
  front.use('/assets/*', serveStatic({ root: staticRoot, onFound: (path, c) => c.header('Cache-Control', HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache') }))
  if (dataRoot !== undefined) front.use('/data/*', securityHeaders(), etag(), serveDownloads(dataRoot))
  front.all('*', (c) => {
    // proxy-addr walks X-Forwarded-For only through peers in the trust list, from the socket inwards.
    const clientAddress = trust ? proxyaddr(c.env.incoming, trust) : getConnInfo(c).remote.address
    return app().fetch(c.req.raw, { clientAddress })
  })
  return front
}
