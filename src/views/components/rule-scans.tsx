/** On a rule page: the Regelscans that can bring this rule up, so a reader can test their own situation. */
import type { EntrySummaryOf } from '../../db/entries.repository.ts'
import type { ViewContext } from '../context.ts'
import { EntryCards } from './entry-card.tsx'

export function RuleScans({ ctx, scans }: { ctx: ViewContext; scans: EntrySummaryOf<'scan'>[] }) {
  if (!scans.length) return null
  return (
    <section class="rule-scans" aria-labelledby="scans-heading">
      <h2 id="scans-heading">{ctx.t.scan.scansForRule}</h2>
      <EntryCards entries={scans} ctx={ctx} />
    </section>
  )
}
