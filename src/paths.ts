/**
 * URL paths of the HTML pages, per interface language: one neutral module that routes, views and
 * services share. The languages and their page paths are in src/i18n/languages.ts; entry kinds take
 * their segment from the content-kind registry. Dutch paths are the canonical ones.
 */
import { kindRegistry, listedKinds, type ListedKind } from './content/kinds.ts'
import { languageOf, langs, langOfPath, onLanguagesChanged, pick, type Lang, type PagePaths } from './i18n/languages.ts'

export { langs, langOfPath }

export type PageKey = keyof PagePaths | ListedKind

function pathsFor(lang: Lang): Record<PageKey, string> {
  const language = languageOf(lang)
  const own = { ...languageOf(language.base).pages, ...language.pages } as PagePaths
  const fixed = Object.fromEntries(Object.entries(own).map(([key, path]) => [key, `${language.prefix}${path}` || '/']))
  const lists = Object.fromEntries(listedKinds.map((kind) => [kind, `${language.prefix}/${pick(kindRegistry[kind].listing.segment, lang)}`]))
  return { ...fixed, ...lists } as Record<PageKey, string>
}

const computed = new Map<Lang, Record<PageKey, string>>()
onLanguagesChanged(() => computed.clear())

/** The paths of the pages of a registered language. */
export function pathsOf(lang: Lang): Record<PageKey, string> {
  let found = computed.get(lang)
  if (!found) computed.set(lang, (found = pathsFor(lang)))
  return found
}

/** The path prefix of a language: '' for Dutch, '/en' for English. */
export function prefixOf(lang: Lang): string {
  return languageOf(lang).prefix
}

export function entryPath(lang: Lang, type: ListedKind, slug: string): string {
  return `${pathsOf(lang)[type]}/${slug}`
}

/** The same page in another language: swaps the known prefix, keeps the slug and query. */
export function alternatePath(pathname: string, search: string, to: Lang): string {
  const from = pathsOf(langOfPath(pathname))
  const target = pathsOf(to)
  const keys = (Object.keys(from) as PageKey[]).sort((a, b) => from[b].length - from[a].length)
  for (const key of keys) {
    const prefix = from[key]
    if (pathname === prefix || (key !== 'home' && pathname.startsWith(`${prefix}/`))) {
      return target[key] + pathname.slice(prefix.length) + search
    }
  }
  return target.home
}
