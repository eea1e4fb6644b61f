/**
 * BWB: per regulation, the version in force today and the versions announced for later, from the
 * SRU service; per cited article, its version and in-force date in each. A new version of the
 * article, a changed in-force date, an announced change and an article that is gone are signals.
 */
import { findArticle, parseSru, type Toestand } from './bwb-parse.ts'
import { fetchText } from './fetch-text.ts'
import { ServiceDown } from './http-client.ts'
import { emptyOutcome, reasonOf, type CheckOutcome, type Finding, type WatchContext } from './outcome.ts'
import type { Signal } from './report.ts'
import { bwbSource, WHOLE_REGULATION } from './sources.ts'
import type { BwbState, WatchState } from './state.ts'

const XML = 'application/xml, text/xml;q=0.9'

export const articleUrl = (id: string, article: string, date: string) =>
  article === WHOLE_REGULATION ? `https://wetten.overheid.nl/${id}/${date}` : `https://wetten.overheid.nl/jci1.3:c:${id}&artikel=${article}&g=${date}`

export async function checkBwb(ctx: WatchContext, cited: Map<string, Map<string, Set<string>>>, state: WatchState['bwb']): Promise<CheckOutcome> {
  const outcome = emptyOutcome()
  let down: string | undefined
  for (const [id, articles] of cited) {
    const missAll = (reason: string) => {
      for (const [article, entries] of articles) outcome.missed.push({ unavailable: { service: 'bwb', source: bwbSource(id, article), reason }, entries })
    }
    if (down) { missAll(down); continue }
    try {
      const { findings, next } = await checkRegulation(ctx, id, articles, state[id])
      outcome.findings.push(...findings)
      state[id] = next
    } catch (error) {
      if (error instanceof ServiceDown) down = `de dienst is niet bereikbaar (${error.reason})`
      missAll(down ?? reasonOf(error))
    }
  }
  return outcome
}

async function checkRegulation(ctx: WatchContext, id: string, articles: Map<string, Set<string>>, previous: BwbState | undefined) {
  const { sruBase, bwbRepositoryBase, maxAnnouncedVersions } = ctx.config
  const sru = (cql: string) => `${sruBase}?operation=searchRetrieve&version=2.0&x-connection=BWB&maximumRecords=50&query=${encodeURIComponent(cql)}`
  // Only the path of the address the service gives is used: the repository is configured, not taken from the answer.
  const toestandXml = (t: Toestand) => fetchText(ctx.http, new URL(new URL(t.location).pathname, bwbRepositoryBase).href, XML)

  const inForce = parseSru(await fetchText(ctx.http, sru(`dcterms.identifier==${id} and overheidbwb.geldigheidsdatum==${ctx.today}`), XML))
    .filter((t) => t.id === id && t.validFrom <= ctx.today)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0]
  if (!inForce) throw new Error(`geen versie van ${id} gevonden die vandaag geldt`)
  const current = await toestandXml(inForce)

  const findings: Finding[] = []
  const signal = (entries: Set<string>, s: Signal) => findings.push({ entries, signal: s })
  const next: BwbState = { validFrom: inForce.validFrom, articles: {}, announced: (previous?.announced ?? []).filter((key) => key.slice(0, 10) > ctx.today) }
  for (const [article, entries] of articles) {
    const source = bwbSource(id, article)
    const url = articleUrl(id, article, inForce.validFrom)
    if (article === WHOLE_REGULATION) {
      if (previous && previous.validFrom !== inForce.validFrom) signal(entries, { type: 'regulation-changed', source, url, date: inForce.validFrom, message: `Er geldt een nieuwe versie van ${id}, sinds ${inForce.validFrom}.` })
      continue
    }
    const found = findArticle(current, article)
    if (!found) {
      signal(entries, { type: 'article-missing', source, url: articleUrl(id, WHOLE_REGULATION, inForce.validFrom), message: `Artikel ${article} staat niet in de versie van ${id} die nu geldt (sinds ${inForce.validFrom}): vervallen of vernummerd?` })
      continue
    }
    next.articles[article] = found
    const before = previous?.articles[article]
    if (before && before.versionId !== found.versionId) {
      signal(entries, { type: 'article-changed', source, url, date: found.inForce || inForce.validFrom, message: `Artikel ${article} van ${id} is gewijzigd; de nieuwe tekst geldt sinds ${found.inForce || inForce.validFrom}.` })
    } else if (before && before.inForce !== found.inForce) {
      signal(entries, { type: 'article-in-force', source, url, date: found.inForce, message: `De datum van inwerkingtreding van artikel ${article} van ${id} is nu ${found.inForce || 'onbekend'} (was ${before.inForce || 'onbekend'}).` })
    }
  }

  const later = parseSru(await fetchText(ctx.http, sru(`dcterms.identifier==${id} and overheidbwb.geldigheidsperiode_startdatum>${ctx.today}`), XML))
    .filter((t) => t.id === id && t.validFrom > ctx.today)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    .slice(0, maxAnnouncedVersions)
  for (const version of later) {
    const xml = await toestandXml(version)
    for (const [article, entries] of articles) {
      const now = article === WHOLE_REGULATION ? undefined : next.articles[article]
      const then = article === WHOLE_REGULATION ? undefined : findArticle(xml, article)
      if (article !== WHOLE_REGULATION && (!now || then?.versionId === now.versionId)) continue
      const key = `${version.validFrom} ${article} ${then?.versionId ?? '-'}`
      if (next.announced.includes(key)) continue
      next.announced.push(key)
      // The first look at a regulation only sets the baseline.
      if (!previous) continue
      const what = article === WHOLE_REGULATION ? `Er is een nieuwe versie van ${id} bekendgemaakt` : then ? `Artikel ${article} van ${id} wijzigt` : `Artikel ${article} van ${id} vervalt of wordt vernummerd`
      signal(entries, { type: 'article-announced', source: bwbSource(id, article), url: articleUrl(id, article, version.validFrom), date: version.validFrom, message: `${what} per ${version.validFrom}.` })
    }
  }
  return { findings, next }
}
