/**
 * ECLIs: rulings in the same case (the cited ruling's formal relations, e.g. an appeal or a
 * cassation judgment added later) and new rulings that cite it (every ruling published or changed
 * since the last run is read and searched for the cited ECLIs, at most `maxRulings` per run; the
 * service has no "cited by" search).
 */
import { fetchText } from './fetch-text.ts'
import { ServiceDown } from './http-client.ts'
import { emptyOutcome, reasonOf, type CheckOutcome, type WatchContext } from './outcome.ts'
import { parseRuling, parseRulingFeed, relationName, type FeedEntry } from './rechtspraak-parse.ts'
import type { WatchState } from './state.ts'

const PAGE_SIZE = 1000
// The service takes times without a zone; two hours of overlap cover the difference with Dutch time.
const OVERLAP_MS = 2 * 3600_000
const XML = 'application/xml, application/atom+xml;q=0.9'

export const rulingUrl = (ecli: string) => `https://uitspraken.rechtspraak.nl/details?id=${ecli}`

export async function checkRechtspraak(ctx: WatchContext, cited: Map<string, Set<string>>, state: WatchState['rechtspraak']): Promise<CheckOutcome & { scanned: number }> {
  const outcome = emptyOutcome()
  const base = ctx.config.rechtspraakBase.replace(/\/$/, '')
  const content = (ecli: string, meta: boolean) => `${base}/uitspraken/content?id=${encodeURIComponent(ecli)}${meta ? '&return=META' : ''}`
  let down: string | undefined
  const miss = (source: string, entries: ReadonlySet<string>, reason: string) => outcome.missed.push({ unavailable: { service: 'rechtspraak', source, reason }, entries })
  const fail = (source: string, entries: ReadonlySet<string>, error: unknown) => {
    if (error instanceof ServiceDown) down = `de dienst is niet bereikbaar (${error.reason})`
    miss(source, entries, down ?? reasonOf(error))
  }

  // Relations of each cited ruling: a new one is a ruling in the same case.
  for (const [ecli, entries] of cited) {
    if (down) { miss(ecli, entries, down); continue }
    try {
      const ruling = parseRuling(await fetchText(ctx.http, content(ecli, true), XML))
      const known = state.known[ecli]
      const seen = new Set(known ?? [])
      for (const relation of ruling.relations) {
        if (seen.has(relation.ecli)) continue
        seen.add(relation.ecli)
        // A first look only sets the baseline; an earlier instance is not news.
        if (known === undefined || relation.instance === 'eerdereAanleg') continue
        outcome.findings.push({
          entries,
          signal: { type: 'same-case-ruling', source: ecli, url: rulingUrl(relation.ecli), message: `In dezelfde zaak als ${ecli} is ${relation.ecli} verschenen (${relationName(relation)}).` },
        })
      }
      state.known[ecli] = [...seen]
    } catch (error) {
      fail(ecli, entries, error)
    }
  }

  let scanned = 0
  if (!state.scannedUntil) {
    state.scannedUntil = ctx.now.toISOString()
    outcome.notes.push('Rechtspraak: eerste run; nieuwe uitspraken worden vanaf nu gevolgd.')
  } else if (!down && cited.size) {
    const all = new Set([...cited.values()].flatMap((s) => [...s]))
    const scan = await scanNewRulings(ctx, base, state.scannedUntil, (entry) => readRuling(entry))
    scanned = scan.read
    if (scan.error) fail('nieuwe uitspraken', all, scan.error)
    if (scan.skipped) outcome.notes.push(`Rechtspraak: ${scan.skipped} uitspraken waren onleesbaar en zijn overgeslagen.`)
    if (scan.capped) outcome.notes.push(`Rechtspraak: ${scan.read} van ${scan.total} nieuwe uitspraken gelezen (grens ${ctx.config.maxRulings}); de rest volgt bij de volgende run.`)
    state.scannedUntil = scan.done ? ctx.now.toISOString() : (scan.lastUpdated ?? state.scannedUntil)
  }
  return { ...outcome, scanned }

  async function readRuling(entry: FeedEntry): Promise<void> {
    if (cited.has(entry.ecli)) return
    const ruling = parseRuling(await fetchText(ctx.http, content(entry.ecli, false), XML))
    for (const target of new Set([...ruling.mentions, ...ruling.relations.map((r) => r.ecli)])) {
      const entries = cited.get(target)
      if (!entries) continue
      const known = (state.known[target] ??= [])
      if (known.includes(ruling.ecli)) continue
      known.push(ruling.ecli)
      const relation = ruling.relations.find((r) => r.ecli === target)
      const what = entry.title || ruling.ecli
      outcome.findings.push({
        entries,
        signal: relation
          ? { type: 'same-case-ruling', source: target, url: rulingUrl(ruling.ecli), date: ruling.modified || undefined, message: `In dezelfde zaak als ${target} is ${what} verschenen (${relationName(relation)}).` }
          : { type: 'citing-ruling', source: target, url: rulingUrl(ruling.ecli), date: ruling.modified || undefined, message: `Nieuwe uitspraak die ${target} noemt: ${what}.` },
      })
    }
  }
}

interface Scan {
  read: number
  total: number
  skipped: number
  capped: boolean
  done: boolean
  lastUpdated?: string
  error?: unknown
}

/** Pages through the rulings modified since `since`, oldest first, reading each until the limit. */
async function scanNewRulings(ctx: WatchContext, base: string, since: string, read: (entry: FeedEntry) => Promise<void>): Promise<Scan> {
  const from = new Date(Date.parse(since) - OVERLAP_MS).toISOString().slice(0, 19)
  const scan: Scan = { read: 0, total: 0, skipped: 0, capped: false, done: false }
  try {
    for (let offset = 0; ; ) {
      const url = `${base}/uitspraken/zoeken?modified=${from}&return=DOC&sort=ASC&max=${PAGE_SIZE}&from=${offset}`
      const feed = parseRulingFeed(await fetchText(ctx.http, url, XML))
      scan.total = Math.max(scan.total, feed.total)
      for (const entry of feed.entries) {
        if (scan.read >= ctx.config.maxRulings) { scan.capped = true; return scan }
        if (!entry.deleted) {
          try {
            await read(entry)
          } catch (error) {
            // One unreadable ruling does not stop the scan; a service that is down does.
            if (error instanceof ServiceDown) throw error
            scan.skipped++
          }
        }
        scan.read++
        const updated = Date.parse(entry.updated)
        if (!Number.isNaN(updated)) scan.lastUpdated = new Date(updated).toISOString()
      }
      offset += feed.entries.length
      if (feed.entries.length < PAGE_SIZE || offset >= feed.total) { scan.done = true; return scan }
    }
  } catch (error) {
    scan.error = error
    return scan
  }
}
