/** URL paths of a scan's pages per interface language: start, question, check, result and note. */
import type { Lang } from '../../content/taxonomy.ts'
import { entryPath } from '../../paths.ts'

export const scanSteps = {
  nl: { question: 'vraag', check: 'controle', result: 'uitkomst', note: 'onderbouwing' },
  en: { question: 'question', check: 'check', result: 'result', note: 'note' },
} satisfies Record<Lang, Record<string, string>>

export type ScanStep = keyof (typeof scanSteps)['nl']

/** The path of a step of a scan (the start page without a step), with the query when given. */
export function scanPath(lang: Lang, slug: string, step?: ScanStep, query = '', extension = ''): string {
  const path = `${entryPath(lang, 'scan', slug)}${step ? `/${scanSteps[lang][step]}${extension}` : ''}`
  return query ? `${path}?${query}` : path
}
