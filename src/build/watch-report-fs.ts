/**
 * Node-only: the build takes the last watch report (npm run watch:sources) along, so the editors'
 * page can show its signals. Where it is: WATCH_REPORT, or .watch/report/report.json. A report that
 * is missing or not valid is left out (the page then says no report is available); it never fails
 * the build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseWatchReport } from '../watch/report.ts'

/** File name of the report inside a build folder, and its path among the Worker's static assets. */
export const WATCH_REPORT_FILE = 'watch-report.json'

export function watchReportSource(root: string): string {
  return resolve(root, process.env.WATCH_REPORT ?? join('.watch', 'report', 'report.json'))
}

/** The report's text if there is a valid one, else undefined (with a warning when it is broken). */
export function readWatchReportText(root: string): string | undefined {
  const source = watchReportSource(root)
  if (!existsSync(source)) return undefined
  try {
    const text = readFileSync(source, 'utf8')
    const parsed = parseWatchReport(JSON.parse(text))
    if ('report' in parsed) return text
    console.warn(`${source}: ${parsed.problem}; the editors' page shows no signals.`)
  } catch (error) {
    console.warn(`${source}: not readable (${error instanceof Error ? error.message : String(error)}); the editors' page shows no signals.`)
  }
  return undefined
}

export function copyWatchReport(root: string, dir: string): void {
  const text = readWatchReportText(root)
  if (text) writeFileSync(join(dir, WATCH_REPORT_FILE), text)
}
