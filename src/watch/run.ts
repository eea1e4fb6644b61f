/**
 * One watch run: every cited source checked once, the findings gathered per entry, review dates
 * added, and the state for the next run. Changes nothing in the content.
 */
import { checkBwb } from './bwb.ts'
import { checkEurlex } from './eurlex.ts'
import { checkLinks } from './links.ts'
import type { CheckOutcome, WatchContext } from './outcome.ts'
import { checkRechtspraak } from './rechtspraak.ts'
import { reviewStatus, type EntryReport, type Signal, type Unavailable, type WatchReport } from './report.ts'
import { collectSources, type WatchedEntry } from './sources.ts'
import type { WatchState } from './state.ts'

export async function runWatch(ctx: WatchContext, entries: readonly WatchedEntry[], previous: WatchState): Promise<{ report: WatchReport; state: WatchState }> {
  const state = structuredClone(previous)
  const sources = collectSources(entries)
  // The four services are different hosts, so they are asked side by side; each one in turn.
  const [rechtspraak, ...others] = await Promise.all([
    checkRechtspraak(ctx, sources.ecli, state.rechtspraak),
    checkBwb(ctx, sources.bwb, state.bwb),
    checkEurlex(ctx, sources.celex, state.eurlex),
    checkLinks(ctx, sources.links, state.links),
  ])
  const outcomes: CheckOutcome[] = [rechtspraak, ...others]

  const signals = new Map<string, Signal[]>()
  const missed = new Map<string, Unavailable[]>()
  const push = <T>(map: Map<string, T[]>, slug: string, item: T) => (map.get(slug) ?? map.set(slug, []).get(slug)!).push(item)
  for (const outcome of outcomes) {
    for (const { signal, entries: slugs } of outcome.findings) for (const slug of slugs) push(signals, slug, signal)
    for (const { unavailable, entries: slugs } of outcome.missed) for (const slug of slugs) push(missed, slug, unavailable)
  }

  const reports: EntryReport[] = entries.map((entry) => ({
    slug: entry.slug,
    kind: entry.kind,
    title: entry.title,
    file: entry.file,
    signals: signals.get(entry.slug) ?? [],
    unavailable: missed.get(entry.slug) ?? [],
    review: reviewStatus(entry.lastReviewed, entry.reviewBy, ctx.today, ctx.config.dueSoonDays),
  }))
  const rank = (e: EntryReport) => (e.signals.length ? 0 : e.review.state === 'overdue' ? 1 : 2)
  const listed = reports
    .filter((e) => e.signals.length || e.review.state !== 'ok')
    .sort((a, b) => rank(a) - rank(b) || b.signals.length - a.signals.length || a.review.dueOn.localeCompare(b.review.dueOn) || a.slug.localeCompare(b.slug))

  const unavailable = new Map<string, Unavailable>()
  for (const outcome of outcomes) for (const { unavailable: u } of outcome.missed) unavailable.set(`${u.service} ${u.source}`, u)

  const report: WatchReport = {
    version: 1,
    generatedAt: ctx.now.toISOString(),
    ...(previous.lastRun ? { since: previous.lastRun } : {}),
    checked: { ecli: sources.ecli.size, bwb: [...sources.bwb.values()].reduce((n, a) => n + a.size, 0), celex: sources.celex.size, links: sources.links.size, rulingsScanned: rechtspraak.scanned },
    notes: [...(previous.lastRun ? [] : ['Eerste run: de huidige stand van de bronnen is vastgelegd; wijzigingen worden vanaf de volgende run gemeld. Dode links en verwijzingen worden wel al gemeld.']), ...outcomes.flatMap((o) => o.notes)],
    unavailable: [...unavailable.values()],
    entries: listed,
  }
  state.lastRun = report.generatedAt
  return { report, state }
}
