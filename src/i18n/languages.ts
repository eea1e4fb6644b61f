/**
 * The interface languages as data: the one list of languages the site speaks, with what each needs
 * (path prefix, html lang, name, which content fields it reads) and where its text comes from.
 *
 * Dutch and English are built in: every Label and every catalogue has both. A language registered at
 * run time (tests, extensions) names a built-in base; whatever it does not give (messages, path
 * segments, vocabulary labels) comes from that base.
 */

/** Languages whose labels and catalogues are written out in the code: every Label has these keys. */
export type BuiltinLang = 'nl' | 'en'
/** The code of a registered interface language. */
export type Lang = string

/** The language the corpus is written in; content shown under another language is marked with it. */
export const CONTENT_LANG = 'nl'

/** Paths of the pages that are not entry lists, below the language's prefix ('' is the home page). */
export interface PagePaths {
  home: string
  search: string
  map: string
  contribute: string
  about: string
  accessibility: string
  editors: string
  follow: string
  data: string
}

export interface Language {
  code: Lang
  /** Path prefix of its pages: '' for the canonical Dutch site, '/en' for English. */
  prefix: string
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  htmlLang: string
  /** Its own name for itself, for the language switch. */
  name: string
  /** Open Graph locale. */
  ogLocale: string
  /** For numbers and dates (Intl). */
  locale: string
  /** The built-in language that fills whatever this language does not give. */
  base: BuiltinLang
  /** Which content fields it reads: 'nl' title/summary; 'en' title_en/summary_en, falling back to the Dutch ones. */
  reads: BuiltinLang
  /** Page paths below the prefix; missing ones are the base's. */
  pages?: Partial<PagePaths>
  /** Catalogues by name (see catalogue()), each partial: missing messages are the base's. */
  messages?: Record<string, Record<string, unknown>>
}

const builtin: Language[] = [
  {
    code: 'nl', prefix: '', htmlLang: 'nl', name: 'Nederlands', ogLocale: 'nl_NL', locale: 'nl-NL', base: 'nl', reads: 'nl',
    pages: { home: '', search: '/zoeken', map: '/frictiekaart', contribute: '/bijdragen', about: '/over', accessibility: '/toegankelijkheid', editors: '/redactie', follow: '/volgen', data: '/open-data' },
  },
  {
    code: 'en', prefix: '/en', htmlLang: 'en', name: 'English', ogLocale: 'en_GB', locale: 'en-GB', base: 'en', reads: 'en',
    pages: { home: '', search: '/search', map: '/friction-map', contribute: '/contribute', about: '/about', accessibility: '/accessibility', editors: '/editors', follow: '/follow', data: '/open-data' },
  },
]

/** The registered languages in order, Dutch first. A live list: registration changes it in place. */
export const languages: Language[] = [...builtin]
/** Their codes, live as well. */
export const langs: Lang[] = languages.map((l) => l.code)

let version = 0
const listeners: (() => void)[] = []

/** Adds (or replaces) an interface language; its pages are served where the language list is read (see createApp). */
export function registerLanguage(language: Omit<Language, 'htmlLang' | 'name' | 'ogLocale' | 'locale' | 'reads'> & Partial<Language>): Language {
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(language.code)) throw new Error(`Language code "${language.code}" is not a lowercase BCP 47 tag`)
  if (!/^\/[a-z0-9-]+$/.test(language.prefix)) throw new Error(`Prefix "${language.prefix}" must be one path segment such as /fy`)
  const clash = languages.find((l) => l.code !== language.code && l.prefix === language.prefix)
  if (clash) throw new Error(`Prefix ${language.prefix} is already used by ${clash.code}`)
  const base = languageOf(language.base)
  const full: Language = { htmlLang: language.code, name: language.code, ogLocale: base.ogLocale, locale: language.code, reads: base.reads, ...language }
  const at = languages.findIndex((l) => l.code === full.code)
  if (at >= 0) languages[at] = full
  else languages.push(full)
  changed()
  return full
}

/** Removes a registered language again (the built-in ones stay). */
export function unregisterLanguage(code: Lang): void {
  const at = languages.findIndex((l) => l.code === code)
  if (at < 0 || builtin.some((l) => l.code === code)) return
  languages.splice(at, 1)
  changed()
}

function changed(): void {
  version++
  langs.splice(0, langs.length, ...languages.map((l) => l.code))
  for (const listener of listeners) listener()
}

/** Lets a module drop what it computed from the list when the list changes. */
export function onLanguagesChanged(listener: () => void): void {
  listeners.push(listener)
}

export function isLang(code: string): boolean {
  return languages.some((l) => l.code === code)
}

/** The language of a code; an unknown code is the canonical Dutch. */
export function languageOf(code: Lang): Language {
  return languages.find((l) => l.code === code) ?? languages[0]!
}

/** Picks a language's value from a table of the built-in ones (a Label, a segment table): its own, else its base's. */
export function pick<T>(table: Record<BuiltinLang, T>, code: Lang): T {
  return code in table ? table[code as BuiltinLang] : table[languageOf(code).base]
}

/** The interface language of a path: the language whose prefix it starts with, else Dutch. */
export function langOfPath(pathname: string): Lang {
  const hit = languages.find((l) => l.prefix && (pathname === l.prefix || pathname.startsWith(`${l.prefix}/`)))
  return hit?.code ?? languages[0]!.code
}

/** The languages a page links to in its language switch: all but its own. */
export function otherLanguages(code: Lang): Language[] {
  return languages.filter((l) => l.code !== code)
}

/**
 * A catalogue of interface text by name: the built-in tables, plus what each registered language
 * gives under `messages[name]` over its base's table. Objects one level down (a `nav` group) merge
 * too, so a language may translate part of a group.
 */
export function catalogue<T extends object>(name: string, tables: Record<BuiltinLang, T>): (code: Lang) => T {
  const cache = new Map<Lang, T>()
  let seen = version
  return (code) => {
    if (seen !== version) {
      cache.clear()
      seen = version
    }
    let found = cache.get(code)
    if (!found) {
      const language = languageOf(code)
      const base = code in tables ? tables[code as BuiltinLang] : tables[language.base]
      found = merge(base, language.messages?.[name])
      cache.set(code, found)
    }
    return found
  }
}

function merge<T extends object>(base: T, over: Record<string, unknown> | undefined): T {
  if (!over) return base
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [key, value] of Object.entries(over)) {
    const under = out[key]
    out[key] = isPlain(under) && isPlain(value) ? { ...under, ...value } : value
  }
  return out as T
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
