/** The start page of a scan: what it does, "Geen juridisch advies", and the start button. */
import { escapeHtml } from '../../content/escape-html.ts'
import type { EntryDetailOf } from '../../db/entries.repository.ts'
import { PARAMETER } from '../../scan/compile.ts'
import { Layout } from '../components/layout.tsx'
import { displayTitle } from '../components/entry-card.tsx'
import { TrustedHtml } from '../components/markdown-html.tsx'
import type { ViewContext } from '../context.ts'
import { scanPath } from '../scan/scan-url.ts'
import { EntryFooter, EntryHeader } from './entry-parts.tsx'

export function ScanStartPage({ ctx, entry }: { ctx: ViewContext; entry: EntryDetailOf<'scan'> }) {
  const t = ctx.t.scan
  const values = new Map((entry.meta.parameters ?? []).map((p) => [p.key, p.value]))
  // The introduction was rendered at build time; its {{parameters}} are filled in here.
  const intro = entry.bodyHtml.replace(PARAMETER, (whole, key: string) => (values.has(key) ? escapeHtml(values.get(key)!) : whole))
  // Answers in the address (a shared or bookmarked link) carry over to the questions.
  const query = ctx.search.replace(/^\?/, '')
  return (
    <Layout ctx={ctx} title={displayTitle(entry, ctx)} description={entry.summary}>
      <article class="entry entry--scan">
        <EntryHeader ctx={ctx} entry={entry} />
        <aside class="notice notice--warning" aria-labelledby="advice-heading">
          <h2 class="notice__heading" id="advice-heading">
            {t.notLegalAdvice}
          </h2>
          <p lang="nl">{entry.meta.result.disclaimer}</p>
        </aside>
        <section aria-labelledby="intro-heading">
          <h2 id="intro-heading">{t.startIntro}</h2>
          <TrustedHtml class="prose" html={intro} lang="nl" />
          <p>{t.startHow}</p>
          <p>
            <a class="button-link" href={scanPath(ctx.lang, entry.slug, 'question', query)}>
              {query ? t.continueButton : t.startButton}
            </a>
          </p>
        </section>
        <EntryFooter ctx={ctx} entry={entry} />
      </article>
    </Layout>
  )
}
