/** A date written out for people ("3 december 2026"), machine-readable in `<time datetime>`. */
import { pick } from '../../i18n/languages.ts'
import type { ViewContext } from '../context.ts'

const months = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}

/** "2026-12-03" → "3 december 2026" (nl) or "3 December 2026" (en); anything else unchanged. */
export function longDate(iso: string, lang: ViewContext['lang']): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const [, year, month, day] = match
  return `${Number(day)} ${pick(months, lang)[Number(month) - 1]} ${year}`
}

export function DateText({ ctx, date }: { ctx: ViewContext; date: string }) {
  return <time dateTime={date}>{longDate(date, ctx.lang)}</time>
}
