/**
 * URL paths of the HTML pages, per interface language: one neutral module that routes, views and
 * services share. Entry kinds take their segment from the content-kind registry; Dutch paths are
 * the canonical ones.
 */
import { kindRegistry, listedKinds, type ListedKind } from './content/kinds.ts'
import type { Lang } from './content/taxonomy.ts'

/** Where each interface language lives: its path prefix and the paths of the pages that are not entry lists. */
const languagePages = {
  nl: { prefix: '', home: '/', search: '/zoeken', map: '/frictiekaart', contribute: '/bijdragen', about: '/over', accessibility: '/toegankelijkheid', editors: '/redactie', follow: '/volgen', data: '/open-data' },
  en: { prefix: '/en', home: '/en', search: '/en/search', map: '/en/friction-map', contribute: '/en/contribute', about: '/en/about', accessibility: '/en/accessibility', editors: '/en/editors', follow: '/en/follow', data: '/en/open-data' },
} satisfies Record<Lang, Record<string, string>>

type FixedPage = Exclude<keyof (typeof languagePages)['nl'], 'prefix'>
export type PageKey = FixedPage | ListedKind

function pathsFor(lang: Lang): Record<PageKey, string> {
  const { prefix, ...fixed } = languagePages[lang]
  const lists = Object.fromEntries(listedKinds.map((kind) => [kind, `${prefix}/${kindRegistry[kind].listing.segment[lang]}`]))
  return { ...fixed, ...lists } as Record<PageKey, string>
}

export const langs = Object.keys(languagePages) as Lang[]
export const paths = Object.fromEntries(langs.map((lang) => [lang, pathsFor(lang)])) as Record<Lang, Record<PageKey, string>>

/** The path prefix of a language: '' for Dutch, '/en' for English. */
export function prefixOf(lang: Lang): string {
  return languagePages[lang].prefix
}

/** The interface language of a path: the language whose prefix it starts with, else Dutch. */
export function langOfPath(pathname: string): Lang {
  return langs.find((lang) => languagePages[lang].prefix && (pathname === languagePages[lang].prefix || pathname.startsWith(`${languagePages[lang].prefix}/`))) ?? 'nl'
}

export function entryPath(lang: Lang, type: ListedKind, slug: string): string {
  return `${paths[lang][type]}/${slug}`
}

/** The same page in another language: swaps the known prefix, keeps the slug and query. */
export function alternatePath(pathname: string, search: string, to: Lang): string {
  const from = langOfPath(pathname)
  const keys = (Object.keys(paths[from]) as PageKey[]).sort((a, b) => paths[from][b].length - paths[from][a].length)
  for (const key of keys) {
    const prefix = paths[from][key]
    if (pathname === prefix || (key !== 'home' && pathname.startsWith(`${prefix}/`))) {
      return paths[to][key] + pathname.slice(prefix.length) + search
    }
  }
  return paths[to].home
}
