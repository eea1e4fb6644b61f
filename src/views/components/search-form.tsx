import { kindLabel, listedKinds } from '../../content/kinds.ts'
import { pathsOf } from '../../paths.ts'
import { titleField } from '../../i18n/content-text.ts'
import type { ViewContext } from '../context.ts'

/** The main search form. Works without JavaScript; the island enhances it with live results. */
export function SearchForm({ ctx, q = '', large = false, children }: { ctx: ViewContext; q?: string; large?: boolean; children?: preact.ComponentChildren }) {
  return (
    <form class={`search-form${large ? ' search-form--large' : ''}`} role="search" method="get" action={pathsOf(ctx.lang).search} data-search-form>
      <label for="q" class="search-form__label">
        {ctx.t.searchLabel}
      </label>
      <div class="search-form__row">
        <input id="q" name="q" type="search" value={q} autocomplete="off" spellcheck={false} placeholder={ctx.t.searchPlaceholder} maxLength={200} />
        <button type="submit">{ctx.t.searchButton}</button>
      </div>
      <div data-island="instant-search" data-lang={ctx.lang} data-props={JSON.stringify(instantSearchProps(ctx))}></div>
      {children}
    </form>
  )
}

/** What the instant-search island shows in this language: kind labels, page paths and its few words. */
export function instantSearchProps(ctx: ViewContext) {
  return {
    types: Object.fromEntries(listedKinds.map((kind) => [kind, kindLabel(kind, ctx.lang, 'one')])),
    paths: Object.fromEntries(listedKinds.map((kind) => [kind, pathsOf(ctx.lang)[kind]])),
    countOne: ctx.t.resultCount(1),
    countMany: ctx.t.resultCount(2).replace('2', '{n}'),
    all: ctx.t.instantShowAll,
    label: ctx.t.instantLabel,
    /** Which field of a result holds the title in this language (the Dutch `title` is the fallback). */
    titleField: titleField(ctx.lang),
  }
}

export type InstantSearchProps = ReturnType<typeof instantSearchProps>
