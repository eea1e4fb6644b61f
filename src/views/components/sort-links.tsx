/** The orders of a list as links (they work without JavaScript), the current one marked. */
import type { Filters } from '../../search/engine.ts'
import { toQueryString } from '../../search/params.ts'
import type { ListSort } from '../../services/list-order.ts'
import type { ViewContext } from '../context.ts'

interface SortLinksProps {
  ctx: ViewContext
  action: string
  q: string
  filters: Filters
  rule?: string
  offered: ListSort[]
  current: ListSort
}

export function SortLinks({ ctx, action, q, filters, rule, offered, current }: SortLinksProps) {
  if (offered.length < 2) return null
  const href = (sort: ListSort) => action + toQueryString({ q, filters }, { ...(rule ? { rule } : {}), ...(sort !== offered[0] ? { sort } : {}) })
  return (
    <nav class="sort-links" aria-label={ctx.t.sortLabel} data-live-link>
      <span aria-hidden="true">{ctx.t.sortLabel}: </span>
      <ul>
        {offered.map((sort) => (
          <li>
            <a href={href(sort)} aria-current={sort === current ? 'true' : undefined}>
              {ctx.t.sorts[sort]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
