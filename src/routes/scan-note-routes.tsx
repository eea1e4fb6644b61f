/**
 * The justification note of a scan result: print page, Markdown and .docx. Supplied by the
 * platform (deps.scanNoteRoutes): the Node server mounts it; the Worker leaves it out to stay
 * within its bundle budget, and its result pages then offer no note.
 */
import { Hono, type Context } from 'hono'
import type { Lang } from '../content/taxonomy.ts'
import { createEntriesRepository } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { entryPath } from '../paths.ts'
import { answersQuery } from '../scan/flow.ts'
import { buildNote, noteMarkdown } from '../scan/note.ts'
import { scanResultView } from '../services/scan-result.ts'
import { ScanNotePage } from '../views/pages/scan-note.tsx'
import { scanPath } from '../views/scan/scan-url.ts'
import { htmlResponse, notFoundPage, viewContext } from './html.tsx'
import { completeRoute, type Complete } from './scan-steps.tsx'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export function createScanNoteRoutes(deps: Deps, lang: Lang) {
  const entries = createEntriesRepository(deps.db)
  const routes = new Hono<AppEnv>()
  const complete = completeRoute(routes, deps, entries, lang)
  const note = async (c: Context, { entry, scan, answers }: Complete) => {
    const [result, buildInfo] = await Promise.all([scanResultView(entries, scan, answers), entries.buildInfo()])
    return buildNote({
      scan: { slug: entry.slug, title: entry.title, disclaimer: scan.meta.result.disclaimer },
      answers,
      result,
      date: deps.today?.() ?? new Date().toISOString().slice(0, 10),
      buildInfo,
      origin: new URL(c.req.url).origin,
      resultPath: scanPath('nl', entry.slug, 'result', answersQuery(scan, answers)),
      entryUrl: (type, slug) => entryPath('nl', type, slug),
    })
  }
  const attachment = (slug: string, extension: string) => `attachment; filename="onderbouwing-${slug}.${extension}"`

  complete('note', '', async (c, loaded) => htmlResponse(c, <ScanNotePage ctx={viewContext(c, deps, lang)} note={await note(c, loaded)} />))
  complete('note', '.md', async (c, loaded) =>
    c.body(noteMarkdown(await note(c, loaded)), 200, { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': attachment(loaded.entry.slug, 'md') }),
  )
  complete('note', '.docx', async (c, loaded) => {
    if (!deps.renderNoteDocx) return notFoundPage(c, deps, lang)
    const bytes = await deps.renderNoteDocx(await note(c, loaded))
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': DOCX_TYPE, 'Content-Disposition': attachment(loaded.entry.slug, 'docx') })
  })

  return routes
}
