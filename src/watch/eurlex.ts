/**
 * EU acts by CELEX number: consolidated versions, amending acts and corrigenda, from the SPARQL
 * endpoint of the Publications Office (Cellar, on which EUR-Lex is built), answered as
 * application/sparql-results+json (W3C SPARQL 1.1 Query Results JSON Format).
 */
import { fetchText } from './fetch-text.ts'
import { ServiceDown } from './http-client.ts'
import { emptyOutcome, reasonOf, type CheckOutcome, type WatchContext } from './outcome.ts'
import type { SignalType } from './report.ts'
import type { WatchState } from './state.ts'
import { MalformedAnswer } from './xml.ts'

export const celexUrl = (celex: string) => `https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:${celex}`

const KINDS = { consolidated: 'eu-consolidated', amendment: 'eu-amended', corrigendum: 'eu-corrected' } as const satisfies Record<string, SignalType>
type Kind = keyof typeof KINDS

/** One query for all three relations; a consolidated version of the act itself has a CELEX 0<year><type><number>-<date>. */
export function relatedActsQuery(celex: string): string {
  const base = celex.replace(/-\d{8}$/, '')
  const consolidatedPrefix = `0${base.slice(1)}-`
  return `PREFIX cdm: <http://publications.europa.eu/ontology/cdm#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT DISTINCT ?kind ?celex ?date WHERE {
  ?act cdm:resource_legal_id_celex "${base}"^^xsd:string .
  {
    ?doc cdm:act_consolidated_consolidates_resource_legal ?act ; cdm:resource_legal_id_celex ?celex .
    FILTER(STRSTARTS(STR(?celex), "${consolidatedPrefix}"))
    OPTIONAL { ?doc cdm:act_consolidated_date ?date }
    BIND("consolidated" AS ?kind)
  } UNION {
    ?doc cdm:resource_legal_amends_resource_legal ?act ; cdm:resource_legal_id_celex ?celex .
    OPTIONAL { ?doc cdm:work_date_document ?date }
    BIND("amendment" AS ?kind)
  } UNION {
    ?doc cdm:resource_legal_corrects_resource_legal ?act ; cdm:resource_legal_id_celex ?celex .
    OPTIONAL { ?doc cdm:work_date_document ?date }
    BIND("corrigendum" AS ?kind)
  }
}`
}

export interface RelatedAct {
  kind: Kind
  celex: string
  date?: string
}

export function parseSparqlResults(text: string): RelatedAct[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new MalformedAnswer('geen JSON (SPARQL-resultaat verwacht)')
  }
  const bindings = (json as { results?: { bindings?: unknown } })?.results?.bindings
  if (!Array.isArray(bindings)) throw new MalformedAnswer('SPARQL-resultaat zonder results.bindings')
  return bindings.map((row: Record<string, { value?: unknown } | undefined>) => {
    const kind = String(row.kind?.value ?? '')
    const celex = String(row.celex?.value ?? '')
    if (!(kind in KINDS) || !celex) throw new MalformedAnswer('SPARQL-rij zonder kind of celex')
    const date = typeof row.date?.value === 'string' ? row.date.value.slice(0, 10) : undefined
    return { kind: kind as Kind, celex, ...(date ? { date } : {}) }
  })
}

const messages: Record<Kind, (act: RelatedAct, celex: string) => string> = {
  consolidated: (a, c) => `Er is een nieuwe geconsolideerde versie van ${c}${a.date ? ` (stand ${a.date})` : ''}: ${a.celex}.`,
  amendment: (a, c) => `${a.celex} wijzigt ${c}${a.date ? ` (${a.date})` : ''}.`,
  corrigendum: (a, c) => `Er is een rectificatie van ${c} verschenen: ${a.celex}${a.date ? ` (${a.date})` : ''}.`,
}

export async function checkEurlex(ctx: WatchContext, cited: Map<string, Set<string>>, state: WatchState['eurlex']): Promise<CheckOutcome> {
  const outcome = emptyOutcome()
  let down: string | undefined
  for (const [celex, entries] of cited) {
    if (down) { outcome.missed.push({ unavailable: { service: 'eurlex', source: celex, reason: down }, entries }); continue }
    try {
      const url = `${ctx.config.eurlexSparql}?query=${encodeURIComponent(relatedActsQuery(celex))}&format=${encodeURIComponent('application/sparql-results+json')}`
      const acts = parseSparqlResults(await fetchText(ctx.http, url, 'application/sparql-results+json'))
      const known = state[celex]
      const seen = new Set(known ?? [])
      for (const act of acts.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.celex.localeCompare(b.celex))) {
        if (seen.has(act.celex)) continue
        seen.add(act.celex)
        // The first look at an act only sets the baseline.
        if (known === undefined) continue
        outcome.findings.push({ entries, signal: { type: KINDS[act.kind], source: celex, url: celexUrl(act.celex), ...(act.date ? { date: act.date } : {}), message: messages[act.kind](act, celex) } })
      }
      state[celex] = [...seen].sort()
    } catch (error) {
      if (error instanceof ServiceDown) down = `de dienst is niet bereikbaar (${error.reason})`
      outcome.missed.push({ unavailable: { service: 'eurlex', source: celex, reason: down ?? reasonOf(error) }, entries })
    }
  }
  return outcome
}
