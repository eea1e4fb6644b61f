/**
 * What every step of a scan after its start page shares: loading the scan of a request,
 * the 400 page for answers that do not belong to it, and routes for steps that need every
 * visible question answered (check page, result, note).
 */
import { Hono, type Context } from 'hono'
import { SLUG_PATTERN } from '../content/schema.ts'
import type { Lang } from '../content/taxonomy.ts'
import type { EntriesRepository, EntryDetailOf } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import type { AnswerProblem, Answers, Scan } from '../scan/evaluate.ts'
import { completeStep } from '../scan/flow.ts'
import { scanOf } from '../services/scan-result.ts'
import { StatusPage } from '../views/pages/status-page.tsx'
import { stepsOf, type ScanStep } from '../views/scan/scan-paths.ts'
import { scanPath } from '../views/scan/scan-url.ts'
import { htmlResponse, notFoundPage, viewContext } from './html.tsx'

export interface Complete {
  entry: EntryDetailOf<'scan'>
  scan: Scan
  answers: Answers
}

/** Loads the scan of a request; a response when there is none. */
export async function prepare(c: Context, deps: Deps, entries: EntriesRepository, lang: Lang) {
  const slug = c.req.param('slug') ?? ''
  const entry = SLUG_PATTERN.test(slug) ? await entries.findEntry('scan', slug) : undefined
  if (!entry) return { response: notFoundPage(c, deps, lang) }
  return { entry, scan: scanOf(entry), query: c.req.queries() }
}

export function badAnswers(c: Context, deps: Deps, lang: Lang, problems: AnswerProblem[]) {
  const ctx = viewContext(c, deps, lang)
  const lines = problems.map((p) => `${p.question}: ${p.problem} (${p.expected})`)
  return htmlResponse(c, <StatusPage ctx={ctx} title={ctx.t.scan.badAnswersTitle} text={ctx.t.scan.badAnswersText} problems={lines} />, 400)
}

/** Registers a step that needs every visible question answered; otherwise it sends the reader to the next question. */
export function completeRoute(routes: Hono<AppEnv>, deps: Deps, entries: EntriesRepository, lang: Lang) {
  return (step: ScanStep, extension: string, render: (c: Context, loaded: Complete) => Promise<Response> | Response) => {
    routes.get(`/:slug/${stepsOf(lang)[step]}${extension}`, async (c) => {
      const loaded = await prepare(c, deps, entries, lang)
      if (!loaded.entry) return loaded.response
      const { entry, scan } = loaded
      const done = completeStep(scan, loaded.query)
      if (done.type === 'invalid') return badAnswers(c, deps, lang, done.problems)
      if (done.type === 'go') return c.redirect(scanPath(lang, entry.slug, done.to, done.query), 303)
      if (done.type !== 'check') return notFoundPage(c, deps, lang)
      return render(c, { entry, scan, answers: done.answers })
    })
  }
}
