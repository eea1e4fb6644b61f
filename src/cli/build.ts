/**
 * `npm run build`: validates the content and writes the artefacts the app serves. On any
 * content error nothing is replaced and the command exits 1.
 */
import { join } from 'node:path'
import { buildArtefacts } from './build-artefacts-fs.ts'
import { describeCounts } from '../content/corpus.ts'
import { formatProblem } from '../content/problems.ts'

const root = process.cwd()
const started = performance.now()
const outcome = await buildArtefacts({ root, outRoot: join(root, '.build') })
if (!outcome.ok) {
  for (const p of outcome.problems) console.error(formatProblem(p))
  const errors = outcome.problems.filter((p) => p.severity === 'error').length
  console.error(`\nBuild failed: ${errors} error${errors === 1 ? '' : 's'} in the content. The previous build, if any, stays in place.`)
  process.exitCode = 1
} else {
  const { counts } = outcome.manifest
  console.log(
    `Built ${describeCounts(counts)} ` +
      `(index ${(outcome.indexBytes / 1024).toFixed(0)} KB) in ${Math.round(performance.now() - started)} ms.`,
  )
  if (outcome.historyNote) console.log(outcome.historyNote)
  if (outcome.warnings.length) console.log(`${outcome.warnings.length} warning(s): run npm run check to see them.`)
}
