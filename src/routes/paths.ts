/** URL paths of the HTML pages, per interface language. Dutch paths are the canonical ones. */
import type { Lang } from '../content/taxonomy.ts'

export const paths = {
  nl: {
    home: '/',
    search: '/zoeken',
    rule: '/regels',
    workaround: '/oplossingen',
    case: '/casussen',
    map: '/frictiekaart',
    contribute: '/bijdragen',
    about: '/over',
    accessibility: '/toegankelijkheid',
    editors: '/redactie',
  },
  en: {
    home: '/en',
    search: '/en/search',
    rule: '/en/rules',
    workaround: '/en/workarounds',
    case: '/en/cases',
    map: '/en/friction-map',
    contribute: '/en/contribute',
    about: '/en/about',
    accessibility: '/en/accessibility',
    editors: '/en/editors',
  },
} as const

export type PageKey = keyof (typeof paths)['nl']

export function entryPath(lang: Lang, type: 'rule' | 'workaround' | 'case', slug: string): string {
  return `${paths[lang][type]}/${slug}`
}

/** The same page in the other language: swaps the known prefix, keeps the slug and query. */
export function alternatePath(pathname: string, search: string, to: Lang): string {
  const from: Lang = to === 'nl' ? 'en' : 'nl'
  const keys = (Object.keys(paths.nl) as PageKey[]).sort((a, b) => paths[from][b].length - paths[from][a].length)
  for (const key of keys) {
    const prefix = paths[from][key]
    if (pathname === prefix || (key !== 'home' && pathname.startsWith(`${prefix}/`))) {
      return paths[to][key] + pathname.slice(prefix.length) + search
    }
  }
  return paths[to].home
}
