/**
 * Builds the Worker once for the worker tests, the way `npm run build:worker` does: the fixture
 * corpus's static assets and D1 seed, and the bundle from a `wrangler deploy --dry-run`. Nothing
 * is read from or left in .wrangler/ state; everything goes into a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { bundleWorker, WRANGLER_ENV, type WorkerBundle } from '../../src/build/worker-bundle-fs.ts'
import { buildWorkerArtefacts } from '../../src/cli/build-worker-fs.ts'
import { formatProblem } from '../../src/content/problems.ts'
import { FIXTURE_CORPUS, REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'

export interface WorkerBuild {
  bundle: WorkerBundle
  publicDir: string
  seedFile: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    workerBuild: WorkerBuild
  }
}

export default async function setup(project: TestProject) {
  // No telemetry from anything wrangler-made that runs in this process (CI sets these too).
  Object.assign(process.env, WRANGLER_ENV)
  // The downloads link commits to the repository known at build time: the one the tests configure (TEST_VARS).
  process.env.REPOSITORY_URL = 'https://example.org/tussenruimte'
  const dir = mkdtempSync(join(tmpdir(), 'tussenruimte-worker-'))
  const built = await buildWorkerArtefacts({ root: FIXTURE_CORPUS, outDir: join(dir, 'worker'), today: TODAY })
  if (!built.ok) throw new Error(`the fixture corpus has errors:\n${built.problems.map(formatProblem).join('\n')}`)
  const bundle = bundleWorker({ root: REPO_ROOT, outDir: join(dir, 'dist'), assetsDir: built.publicDir })
  project.provide('workerBuild', { bundle, publicDir: built.publicDir, seedFile: built.seedFile })
  return () => rmSync(dir, { recursive: true, force: true })
}
