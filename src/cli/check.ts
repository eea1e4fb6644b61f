/**
 * `npm run check`: validates every content file and prints every problem at once as
 * `path:line  field  problem  expected`. Exits 1 on any error; warnings alone do not fail.
 */
import { countsOf, describeCounts } from '../content/corpus.ts'
import { loadContent } from '../content/load-fs.ts'
import { formatProblem } from '../content/problems.ts'

const root = process.argv[2] ?? process.cwd()
const { problems, files, corpus } = loadContent(root)
const errors = problems.filter((p) => p.severity === 'error')
const warnings = problems.filter((p) => p.severity === 'warning')
for (const p of [...errors, ...warnings]) console.log(formatProblem(p))
console.log(
  `
${files} files checked: ${describeCounts(countsOf(corpus))} — ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`,
)
process.exitCode = errors.length ? 1 : 0
