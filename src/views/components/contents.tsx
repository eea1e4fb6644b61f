/**
 * "Op deze pagina": a contents list of an entry page, so a reader sees every section at once and
 * jumps to the one they need. Body sections come from the `##` headings the Markdown renderer gave ids.
 */
import type { ViewContext } from '../context.ts'

export interface Section {
  id: string
  label: string
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/** The `<h2 id>` sections of rendered body HTML, in order, as plain text. */
export function bodySections(html: string): Section[] {
  return [...html.matchAll(/<h2 id="([^"]+)">([\s\S]*?)<\/h2>/g)].map(([, id, inner]) => ({
    id: id!,
    label: inner!.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e),
  }))
}

export function ContentsList({ ctx, sections }: { ctx: ViewContext; sections: Section[] }) {
  if (sections.length < 2) return null
  return (
    <nav class="contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading" class="contents__heading">
        {ctx.t.contentsHeading}
      </h2>
      <ol class="contents__list">
        {sections.map((s) => (
          <li>
            <a href={`#${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
