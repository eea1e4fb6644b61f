/**
 * URL paths of a scan's steps per interface language: start, question, check, result and note.
 * Free of the registry, so that the browser island can use it with the start path it is given.
 */
import { pick, type BuiltinLang, type Lang } from '../../i18n/languages.ts'

export const scanSteps = {
  nl: { question: 'vraag', check: 'controle', result: 'uitkomst', note: 'onderbouwing' },
  en: { question: 'question', check: 'check', result: 'result', note: 'note' },
} satisfies Record<BuiltinLang, Record<string, string>>

export type ScanStep = keyof (typeof scanSteps)['nl']

/** The step names of a language: its base's for a registered language. */
export function stepsOf(lang: Lang): Record<ScanStep, string> {
  return pick(scanSteps, lang)
}

/** The path of a step below a scan's start path (the start page itself without a step), with the query when given. */
export function stepPath(base: string, lang: Lang, step?: ScanStep, query = '', extension = ''): string {
  const path = `${base}${step ? `/${stepsOf(lang)[step]}${extension}` : ''}`
  return query ? `${path}?${query}` : path
}
