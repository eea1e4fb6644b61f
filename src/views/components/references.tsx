import { referenceTypes, labelOf } from '../../content/taxonomy.ts'
import type { ReferenceView } from '../../db/entries.repository.ts'
import type { ViewContext } from '../context.ts'

/** Sources as deep links, with the identifier visible so it can be quoted and printed. */
export function References({ references, ctx }: { references: ReferenceView[]; ctx: ViewContext }) {
  return (
    <ol class="references">
      {references.map((r) => (
        <li>
          <a href={r.url} rel="noopener" lang="nl">
            {r.title}
          </a>
          <span class="references__meta">
            {' — '}
            {labelOf(referenceTypes, r.type, ctx.lang)}
            {r.identifier && (
              <>
                {': '}
                <code>{r.identifier}</code>
              </>
            )}
            {r.article && <>, art. {r.article}</>}
            {r.publisher && <>, {r.publisher}</>}
            {r.published && <>, {r.published}</>}
          </span>
          <span class="print-url"> {r.url}</span>
        </li>
      ))}
    </ol>
  )
}
