/**
 * A case's outcome in words that claim no more than the case file says: the outcome, when it was
 * reached if the file gives an end year, that it is not known when there is none, and a turnaround.
 */
import { pick } from '../../i18n/languages.ts'
import type { MetaOf } from '../../content/kinds.ts'
import type { Lang } from '../../content/taxonomy.ts'

type CaseOutcome = Pick<MetaOf<'case'>, 'outcome' | 'period' | 'turnaround'>

const words = {
  nl: {
    worked: 'Gelukt',
    partly: 'Deels gelukt',
    blocked: 'Vastgelopen',
    ongoing: 'Loopt nog',
    turnedAround: 'Eerst nee, later gelukt',
    in: (y: number) => `in ${y}`,
    since: (y: number) => `sinds ${y}`,
    endUnknown: 'afronding niet bekend',
  },
  en: {
    worked: 'Worked',
    partly: 'Partly worked',
    blocked: 'Blocked',
    ongoing: 'Ongoing',
    turnedAround: 'First a no, later it worked',
    in: (y: number) => `in ${y}`,
    since: (y: number) => `since ${y}`,
    endUnknown: 'completion not known',
  },
}

export function outcomeText({ outcome, period, turnaround }: CaseOutcome, lang: Lang): string {
  const w = pick(words, lang)
  const end = period.end ?? undefined
  if (outcome === 'ongoing') return `${w.ongoing}, ${w.since(period.start)}`
  const base = outcome === 'worked' && turnaround ? w.turnedAround : w[outcome]
  if (end) return `${base} ${w.in(end)}`
  return outcome === 'blocked' ? base : `${base}; ${w.endUnknown}`
}
