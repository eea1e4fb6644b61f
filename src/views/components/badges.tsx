/**
 * Small labelled badges. Each shows its meaning in words (and a symbol), never by colour alone.
 */
import { kindVocabulary } from '../../content/facets.ts'
import { barriers, certainties, labelOf, outcomes, statuses, type Lang } from '../../content/taxonomy.ts'

const outcomeSymbol: Record<string, string> = { worked: '✓', partly: '◐', blocked: '✕', ongoing: '…' }
const certaintySymbol: Record<string, string> = { 'tested-in-court': '⚖', 'official-guidance': '★', 'common-practice': '●', experimental: '⚗' }

/** `text` says more than the bare outcome when the case gives it (see outcome.ts). */
export function OutcomeBadge({ value, lang, text }: { value: string; lang: Lang; text?: string }) {
  return (
    <span class={`badge badge--outcome-${value}`}>
      <span aria-hidden="true">{outcomeSymbol[value]} </span>
      {text ?? labelOf(outcomes, value, lang)}
    </span>
  )
}

export function BarrierBadge({ value, lang }: { value: string; lang: Lang }) {
  return <span class={`badge badge--barrier`}>{labelOf(barriers, value, lang).split(':')[0]}</span>
}

export function CertaintyBadge({ value, lang }: { value: string; lang: Lang }) {
  return (
    <span class={`badge badge--certainty-${value}`}>
      <span aria-hidden="true">{certaintySymbol[value]} </span>
      {labelOf(certainties, value, lang)}
    </span>
  )
}

export function StatusBadge({ value, lang }: { value: string; lang: Lang }) {
  return <span class={`badge badge--status-${value}`}>{labelOf(statuses, value, lang)}</span>
}

export function TypeBadge({ value, lang }: { value: string; lang: Lang }) {
  return <span class={`badge badge--type-${value}`}>{labelOf(kindVocabulary, value, lang)}</span>
}
