/**
 * `npm run bench:pages`: only the pages section, written into test/bench/RESULTS.md in place
 * of the earlier one (the full `npm run bench` runs it too, at the end).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { renderPages, runPages, withPagesSection } from './pages.ts'

const out = fileURLToPath(new URL('../RESULTS.md', import.meta.url))
const seconds = Number(process.env.BENCH_PAGES_SECONDS ?? 10)
const result = await runPages({ seconds })
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
const header = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at ${commit}, Node ${process.version}, ${os.cpus().length} cores (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; shared with other work).`
writeFileSync(out, withPagesSection(existsSync(out) ? readFileSync(out, 'utf8') : '', renderPages(result, header)))
console.error(`wrote the pages section of ${out}`)
