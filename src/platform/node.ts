/**
 * The embedded default: Node + SQLite. Builds when needed, serves on PORT (default 3000),
 * and with --watch-content rebuilds on every content change, keeping the last good build.
 */
import { serve } from '@hono/node-server'
import { join, relative } from 'node:path'
import { createApp } from '../app.tsx'
import { createNodeFront, trustedProxies } from './node-front.ts'
import { ensureBuild, openBuild } from './open-build-fs.ts'
import { watchContent } from './watch-fs.ts'

const root = process.cwd()
const outRoot = join(root, '.build')
if ((await ensureBuild(root, outRoot)) === 'none') process.exit(1)

let deps = await openBuild(outRoot)
let app = createApp(deps)
const front = createNodeFront({ app: () => app, staticRoot: relative(root, outRoot), trust: trustedProxies(process.env.TRUST_PROXY) })

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
serve({ fetch: front.fetch, port, hostname: host }, (info) => console.log(`Tussenruimte is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}/`))

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
