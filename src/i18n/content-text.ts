/**
 * Which content text an interface language shows: the corpus is Dutch, with optional English titles
 * and summaries. A language reads the fields its `reads` names; Dutch text shown under another
 * language is marked lang="nl" so that screen readers pronounce it right.
 */
import { CONTENT_LANG, languageOf, type BuiltinLang, type Lang } from './languages.ts'

/** The fields each kind of reading takes title and summary from, before falling back to the Dutch ones. */
const fields = {
  nl: { title: 'title', summary: 'summary' },
  en: { title: 'titleEn', summary: 'summaryEn' },
} as const satisfies Record<BuiltinLang, { title: keyof Titled; summary: keyof Summarised }>

/** The field a language takes titles from (for the browser, which has no language list). */
export function titleField(lang: Lang): keyof Titled {
  return fields[languageOf(lang).reads].title
}

export interface Titled {
  title: string
  titleEn?: string | null
}

export interface Summarised {
  summary: string
  summaryEn?: string | null
}

/** Whether pages in this language show Dutch content that needs a notice and a lang attribute. */
export function contentIsForeign(lang: Lang): boolean {
  return languageOf(lang).htmlLang !== CONTENT_LANG
}

/** The title this language shows. */
export function titleIn(entry: Titled, lang: Lang): string {
  return entry[titleField(lang)] || entry.title
}

/** Whether the title this language shows is one of its own (not the Dutch one shown as a fallback). */
export function hasOwnTitle(entry: Titled, lang: Lang): boolean {
  const field = titleField(lang)
  return !contentIsForeign(lang) || (field !== 'title' && !!entry[field])
}

/** The lang attribute for the shown title: 'nl' when it is Dutch on a page in another language. */
export function titleLang(entry: Titled, lang: Lang): typeof CONTENT_LANG | undefined {
  return hasOwnTitle(entry, lang) ? undefined : CONTENT_LANG
}

/** The summary this language shows, with 'nl' as its lang when it is Dutch on a page in another language. */
export function summaryIn(entry: Summarised, lang: Lang): { text: string; lang?: typeof CONTENT_LANG } {
  const own = entry[fields[languageOf(lang).reads].summary]
  if (own) return { text: own }
  return contentIsForeign(lang) ? { text: entry.summary, lang: CONTENT_LANG } : { text: entry.summary }
}
