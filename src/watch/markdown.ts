/**
 * The report as Markdown: one overview for the run (and the workflow's summary), and one text per
 * entry, which the workflow uses as the body of that entry's issue.
 */
import type { EntryReport, ReviewStatus, Signal, Unavailable, WatchReport } from './report.ts'

const kindNames: Record<string, string> = { rule: 'regel', workaround: 'oplossing', case: 'casus' }
const reviewNames: Record<ReviewStatus['state'], string> = { overdue: 'verlopen', 'due-soon': 'binnenkort', ok: 'op tijd' }
const serviceNames: Record<Unavailable['service'], string> = { rechtspraak: 'Rechtspraak', bwb: 'wetten.overheid.nl (BWB)', eurlex: 'EUR-Lex', web: 'web' }

/** Markdown text with its special characters escaped, for titles and messages from outside. */
const md = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1')
const day = (iso: string) => iso.slice(0, 10)

const signalLine = (s: Signal) => `- ${md(s.message)} [Bekijken](${s.url})${s.date ? ` · ${day(s.date)}` : ''}`
const unavailableLine = (u: Unavailable) => `- ${serviceNames[u.service]}: ${md(u.source)} — ${md(u.reason)}`

export interface MarkdownOptions {
  /** Repository web address, for links to the content files. */
  repositoryUrl: string
  branch: string
}

const fileLink = (entry: EntryReport, o: MarkdownOptions) => `[${entry.file}](${o.repositoryUrl}/blob/${o.branch}/${entry.file})`

function reviewLine(review: ReviewStatus): string {
  const by = review.reviewBy ? `, review_by ${review.reviewBy}` : ''
  return `Laatst gecontroleerd ${review.lastReviewed}${by}; controle nodig vóór ${review.dueOn} (${reviewNames[review.state]}).`
}

export function renderEntryMarkdown(report: WatchReport, entry: EntryReport, o: MarkdownOptions): string {
  const lines = [
    `## ${md(entry.title)} (${kindNames[entry.kind] ?? entry.kind})`,
    '',
    `Bestand: ${fileLink(entry, o)}`,
    '',
    reviewLine(entry.review),
    '',
  ]
  if (entry.signals.length) lines.push(`### Wat er veranderde${report.since ? ` sinds ${day(report.since)}` : ''}`, '', ...entry.signals.map(signalLine), '')
  if (entry.unavailable.length) lines.push('### Niet gecontroleerd', '', 'Deze bronnen konden deze keer niet worden gecontroleerd; dat is geen wijziging.', '', ...entry.unavailable.map(unavailableLine), '')
  lines.push(
    '---',
    `Bronnenwacht van ${day(report.generatedAt)}. De wacht past de inhoud nooit zelf aan: lees de bron, pas de tekst aan waar nodig en zet \`last_reviewed\` op de dag van uw controle.`,
  )
  return lines.join('\n') + '\n'
}

export function renderReportMarkdown(report: WatchReport, o: MarkdownOptions): string {
  const withSignals = report.entries.filter((e) => e.signals.length)
  const due = report.entries.filter((e) => e.review.state !== 'ok')
  const c = report.checked
  const lines = [
    `# Bronnenwacht ${day(report.generatedAt)}`,
    '',
    `Gecontroleerd: ${c.ecli} uitspraken (ECLI), ${c.bwb} wetsartikelen en regelingen (BWB), ${c.celex} EU-handelingen (CELEX), ${c.links} webpagina's; ${c.rulingsScanned} nieuwe uitspraken gelezen.` +
      (report.since ? ` Wijzigingen sinds ${day(report.since)}.` : ''),
    '',
    ...report.notes.map((n) => `> ${md(n)}`),
    ...(report.notes.length ? [''] : []),
    `## Signalen (${withSignals.length} ${withSignals.length === 1 ? 'item' : 'items'})`,
    '',
  ]
  if (!withSignals.length) lines.push('Geen signalen.', '')
  for (const entry of withSignals) lines.push(`### ${md(entry.title)} (${kindNames[entry.kind] ?? entry.kind})`, '', fileLink(entry, o), '', ...entry.signals.map(signalLine), '')
  lines.push(`## Controle nodig (${due.length})`, '')
  if (!due.length) lines.push('Geen items met een verlopen of naderende controledatum.', '')
  else lines.push('| item | controle vóór | stand |', '|---|---|---|', ...due.map((e) => `| ${md(e.title)} (${fileLink(e, o)}) | ${e.review.dueOn} | ${reviewNames[e.review.state]} |`), '')
  if (report.unavailable.length) lines.push('## Niet gecontroleerd', '', 'Deze bronnen konden deze keer niet worden gecontroleerd; dat is geen wijziging.', '', ...report.unavailable.map(unavailableLine), '')
  return lines.join('\n')
}
