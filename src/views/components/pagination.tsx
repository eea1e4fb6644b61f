import { toQueryString, type SearchParams } from '../../search/params.ts'
import type { ViewContext } from '../context.ts'

export function Pagination({ ctx, total, params, action }: { ctx: ViewContext; total: number; params: SearchParams; action: string }) {
  const pages = Math.ceil(total / params.limit)
  if (pages <= 1) return null
  const page = Math.floor(params.offset / params.limit) + 1
  const href = (p: number) => action + toQueryString(params, p > 1 ? { offset: (p - 1) * params.limit } : {})
  return (
    <nav class="pagination" aria-label={ctx.t.pagination}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {ctx.t.previous}
        </a>
      )}
      <span>{ctx.t.pageOf(page, pages)}</span>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {ctx.t.next}
        </a>
      )}
    </nav>
  )
}
