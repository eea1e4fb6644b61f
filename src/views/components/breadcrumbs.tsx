import type { ViewContext } from '../context.ts'

export function Breadcrumbs({ ctx, items }: { ctx: ViewContext; items: { href: string; label: string }[] }) {
  return (
    <nav class="breadcrumbs" aria-label={ctx.t.breadcrumb}>
      <ol>
        {items.map((item) => (
          <li>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
