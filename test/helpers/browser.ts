/**
 * Browser tests in Debian's Chromium through playwright-core. Where Chromium is missing the
 * tests are skipped with a loud warning — unless CI is set, where a missing browser fails.
 */
import { serve, type ServerType } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser } from 'playwright-core'
import { describe, it } from 'vitest'
import { createApp } from '../../src/app.tsx'
import type { Deps } from '../../src/env.ts'
import { buildWebAssets } from '../../src/build/web-assets-fs.ts'
import { createTestDeps, REPO_ROOT } from './create-test-app.ts'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const browserAvailable = existsSync(CHROMIUM_PATH)

/** `describe` for browser tests: runs when Chromium is there, fails in CI when it is not, else skips loudly. */
export function describeBrowser(name: string, fn: () => void): void {
  if (browserAvailable) {
    describe(name, fn)
    return
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`Chromium not found at ${CHROMIUM_PATH}; CI must install it (apt-get install -y chromium).`)
      })
    })
    return
  }
  console.warn(`\n⚠️  BROWSER TESTS SKIPPED: Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium\n`)
  describe.skip(name, fn)
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

export interface TestServer {
  url: string
  close(): Promise<void>
}

/** Serves the app built from the real corpus, with the real stylesheet and islands, on a free port; `overrides` replace dependencies. */
export async function startTestServer(root = REPO_ROOT, overrides: Partial<Deps> = {}): Promise<TestServer> {
  const outRoot = mkdtempSync(join(tmpdir(), 'tussenruimte-web-'))
  const assets = await buildWebAssets(outRoot)
  const deps = { ...(await createTestDeps(root)), assets, ...overrides }
  const app = createApp(deps)
  const server = new Hono()
  server.use('/assets/*', serveStatic({ root: relative(process.cwd(), outRoot) }))
  server.all('*', (c) => app.fetch(c.req.raw))
  const handle: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: server.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  const { port } = handle.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        handle.close(() => {
          rmSync(outRoot, { recursive: true, force: true })
          resolve()
        })
      }),
  }
}
