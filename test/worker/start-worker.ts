/**
 * The worker tests' way to run the Worker: the bundle and fixture build made once by
 * global-setup.ts, on workerd with a local D1 prepared as far as asked.
 */
import { inject } from 'vitest'
import { launchWorker, type D1State } from './launch-worker.ts'

export type { RunningWorker } from './launch-worker.ts'

/** The same repository settings as test/helpers/create-test-app.ts, so both apps render alike. */
export const TEST_VARS = { REPOSITORY_URL: 'https://example.org/tussenruimte', REPOSITORY_BRANCH: 'main' }

export function startWorker(options: { d1?: D1State; publicDir?: string; d1Persist?: string } = {}) {
  const build = inject('workerBuild')
  return launchWorker({
    script: build.bundle.file,
    publicDir: options.publicDir ?? build.publicDir,
    seedFile: build.seedFile,
    d1: options.d1,
    d1Persist: options.d1Persist,
    vars: TEST_VARS,
  })
}
