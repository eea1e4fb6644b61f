/**
 * The steps of a scan after its start page, per interface language: one question per page,
 * the check page and the result (the note, where the platform has it, in scan-note-routes.tsx).
 * Answers travel in the query string; nothing is stored.
 */
import { Hono } from 'hono'
import type { Lang } from '../content/taxonomy.ts'
import { createEntriesRepository } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { answersQuery, questionStep } from '../scan/flow.ts'
import { scanResultView } from '../services/scan-result.ts'
import { ScanFlowPage } from '../views/pages/scan-flow.tsx'
import { ScanResultPage } from '../views/pages/scan-result.tsx'
import { scanSteps, stepsOf, type ScanStep } from '../views/scan/scan-paths.ts'
import { scanPath } from '../views/scan/scan-url.ts'
import { htmlResponse, viewContext } from './html.tsx'
import { badAnswers, completeRoute, prepare } from './scan-steps.tsx'

export function createScanPageRoutes(deps: Deps, lang: Lang) {
  const entries = createEntriesRepository(deps.db)
  const routes = new Hono<AppEnv>()
  const steps = stepsOf(lang)

  routes.get(`/:slug/${steps.question}`, async (c) => {
    const loaded = await prepare(c, deps, entries, lang)
    if (!loaded.entry) return loaded.response
    const { entry, scan } = loaded
    const step = questionStep(scan, loaded.query)
    if (step.type === 'invalid') return badAnswers(c, deps, lang, step.problems)
    if (step.type === 'go') return c.redirect(scanPath(lang, entry.slug, step.to, step.query), 303)
    const status = step.type === 'question' && step.error ? 400 : 200
    return htmlResponse(c, <ScanFlowPage ctx={viewContext(c, deps, lang)} entry={entry} scan={scan} step={step} />, status)
  })

  const complete = completeRoute(routes, deps, entries, lang)

  complete('check', '', (c, { entry, scan, answers }) =>
    htmlResponse(c, <ScanFlowPage ctx={viewContext(c, deps, lang)} entry={entry} scan={scan} step={{ type: 'check', answers }} />),
  )

  complete('result', '', async (c, { entry, scan, answers }) => {
    const result = await scanResultView(entries, scan, answers)
    const ctx = viewContext(c, deps, lang)
    const notes = { page: !!deps.scanNoteRoutes, docx: !!deps.scanNoteRoutes && !!deps.renderNoteDocx }
    return htmlResponse(c, <ScanResultPage ctx={ctx} entry={entry} scan={scan} result={result} query={answersQuery(scan, answers)} notes={notes} />)
  })
  // The note, where the platform supplies it.
  if (deps.scanNoteRoutes) routes.route('/', deps.scanNoteRoutes(deps, lang))

  // The language switch keeps the path after the scan's slug: send the other languages' step names to ours.
  for (const step of Object.keys(steps) as ScanStep[]) {
    const others = new Set(Object.values(scanSteps).map((names) => names[step]).filter((name) => name !== steps[step]))
    for (const name of others) {
      for (const extension of step === 'note' ? ['', '.md', '.docx'] : ['']) {
        routes.get(`/:slug/${name}${extension}`, (c) => {
          const search = new URL(c.req.url).search
          return c.redirect(`${scanPath(lang, c.req.param('slug'), step, '', extension)}${search}`, 301)
        })
      }
    }
  }
  return routes
}
