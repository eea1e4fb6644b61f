/**
 * The embedded default: Node + SQLite. Builds when needed, serves on PORT (default 3000),
 * and with --watch-content rebuilds on every content change, keeping the last good build.
 */
import { serve } from '@hono/node-server'
import { join, relative } from 'node:path'
import { createApp } from '../app.tsx'
import { currentDir, isStale, readManifest } from '../build/artefacts-fs.ts'
import { createNodeFront, trustedProxies } from './node-front.ts'
import { ensureBuild, openBuild } from './open-build-fs.ts'
import { rebuildInChild } from './rebuild-fs.ts'
import { watchContent } from './watch-fs.ts'

const root = process.cwd()
const outRoot = join(root, '.build')
if ((await ensureBuild(root, outRoot)) === 'none') process.exit(1)

let deps = await openBuild(outRoot)
let app = createApp(deps)
const front = createNodeFront({ app: () => app, staticRoot: relative(root, outRoot), trust: trustedProxies(process.env.TRUST_PROXY), dataRoot: relative(root, currentDir(outRoot)) })

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
serve({ fetch: front.fetch, port, hostname: host }, (info) => console.log(`Tussenruimte is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}/`))

if (process.argv.includes('--watch-content')) {
  watchContent(root, async () => {
    // Content is rebuilt in a child process (the server keeps answering meanwhile); only a
    // complete build is swapped in. Web assets are rebuilt by openBuild, with esbuild's own process.
    if (isStale(root, outRoot) && !(await rebuildInChild(root))) {
      const kept = readManifest(outRoot)
      console.error(kept ? `Serving the last good build from ${kept.builtAt}.` : 'There is no build to serve.')
      return
    }
    const previous = deps
    deps = await openBuild(outRoot)
    app = createApp(deps)
    previous.close()
    console.log('Rebuilt; serving the new build.')
  })
  console.log('Watching rules/, content/ and web/ for changes.')
}
