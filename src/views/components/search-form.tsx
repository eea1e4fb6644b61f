import { paths } from '../../routes/paths.ts'
import type { ViewContext } from '../context.ts'

/** The main search form. Works without JavaScript; the island enhances it with live results. */
export function SearchForm({ ctx, q = '', large = false, children }: { ctx: ViewContext; q?: string; large?: boolean; children?: preact.ComponentChildren }) {
  return (
    <form class={`search-form${large ? ' search-form--large' : ''}`} role="search" method="get" action={paths[ctx.lang].search} data-search-form>
      <label for="q" class="search-form__label">
        {ctx.t.searchLabel}
      </label>
      <div class="search-form__row">
        <input id="q" name="q" type="search" value={q} autocomplete="off" spellcheck={false} placeholder={ctx.t.searchPlaceholder} maxLength={200} />
        <button type="submit">{ctx.t.searchButton}</button>
      </div>
      <div data-island="instant-search" data-lang={ctx.lang}></div>
      {children}
    </form>
  )
}
