/**
 * The one place where pre-rendered HTML enters a page: Markdown rendered at build time with
 * raw HTML escaped (src/content/markdown.ts), or a snippet escaped by src/search/snippet.ts.
 */
export function TrustedHtml({ html, class: className, lang }: { html: string; class?: string; lang?: string }) {
  return <div class={className} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
}

export function TrustedInlineHtml({ html }: { html: string }) {
  return <span dangerouslySetInnerHTML={{ __html: html }} />
}
