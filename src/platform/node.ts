/**
 * The embedded default: Node + SQLite. Builds when needed, serves on PORT (default 3000),
 * and with --watch-content rebuilds on every content change, keeping the last good build.
 */
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { etag } from 'hono/etag'
import { join, relative } from 'node:path'
import { createApp } from '../app.tsx'
import { currentDir } from '../build/artefacts-fs.ts'
import { compression, HASHED_FILE, serveDownloads } from './http-fs.ts'
import { ensureBuild, openBuild } from './open-build-fs.ts'
import { watchContent } from './watch-fs.ts'

const root = process.cwd()
const outRoot = join(root, '.build')
if ((await ensureBuild(root, outRoot)) === 'none') process.exit(1)

let deps = await openBuild(outRoot)
let app = createApp(deps)
const server = new Hono()
server.use('*', compression())
server.use('/assets/*', etag())
server.use('/assets/*', serveStatic({ root: relative(root, outRoot), onFound: (path, c) => c.header('Cache-Control', HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache') }))
server.use('/data/*', etag(), serveDownloads(relative(root, currentDir(outRoot))))
server.all('*', (c) => app.fetch(c.req.raw))

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
serve({ fetch: server.fetch, port, hostname: host }, (info) => console.log(`Tussenruimte is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}/`))

if (process.argv.includes('--watch-content')) {
  watchContent(root, async () => {
    // Web assets are rebuilt by openBuild; content only when it changed and is valid.
    const state = await ensureBuild(root, outRoot)
    if (state === 'none' || state === 'kept') return
    const previous = deps
    deps = await openBuild(outRoot)
    app = createApp(deps)
    previous.close()
    console.log(state === 'built' ? 'Rebuilt; serving the new content.' : 'Rebuilt the front end.')
  })
}
