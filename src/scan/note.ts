/**
 * The justification note ("onderbouwing") of a scan result: the situation as answered, per rule
 * the consideration and the routes with their conditions, the sources with their identifiers,
 * the date, the corpus version and the address that reproduces the result. One model, written
 * out as Markdown here, as HTML by the note page and as .docx by note-docx.ts. Always Dutch.
 */
import { certainties, labelOf, outcomes } from '../content/taxonomy.ts'
import { referenceUrl } from '../content/identifiers.ts'
import type { ReferenceView } from '../db/entry-types.ts'
import type { ScanResultView, WorkaroundView } from '../services/scan-result.ts'
import { scanMessages } from '../views/scan-messages.ts'
import { didamDraft, type DraftText } from './didam-draft.ts'
import type { Answers } from './evaluate.ts'
import type { Reference } from '../content/schema.ts'

const t = scanMessages.nl

export interface SourceLine {
  title: string
  identifier?: string
  article?: string
  url: string
}
export interface RouteLine {
  title: string
  url: string
  certainty: string
  conditions: string[]
  warnings: string[]
}
export interface NoteModel {
  title: string
  scanTitle: string
  /** YYYY-MM-DD */
  date: string
  corpusVersion: string
  /** Absolute address of the result with the answers. */
  url: string
  disclaimer: string
  situation: { question: string; answer: string }[]
  rules: { title: string; url: string; status: string; statusText: string; demands: string[]; greyNote?: string; openQuestions: string[]; routes: RouteLine[]; sources: SourceLine[] }[]
  /** Routes that belong to no rule in the result. */
  otherRoutes: RouteLine[]
  cases: { title: string; url: string; outcome: string }[]
  openQuestions: string[]
  sources: SourceLine[]
  draft?: DraftText
}

export interface NoteInput {
  scan: { slug: string; title: string; disclaimer: string }
  answers: Answers
  result: ScanResultView
  date: string
  buildInfo: Record<string, string>
  /** Origin of the site, such as https://tussenruimte.nl, for absolute links. */
  origin: string
  /** Path and query of the result page. */
  resultPath: string
  /** Path of an entry's page by kind and slug. */
  entryUrl: (type: 'rule' | 'workaround' | 'case', slug: string) => string
}

const fromView = (r: ReferenceView): SourceLine => ({ title: r.title, ...(r.identifier ? { identifier: r.identifier } : {}), ...(r.article ? { article: r.article } : {}), url: r.url })
const fromReference = (r: Reference): SourceLine => ({ title: r.title, ...(r.type !== 'url' ? { identifier: r.id } : {}), ...(r.type === 'bwb' && r.article ? { article: r.article } : {}), url: referenceUrl(r) })

/** "fingerprint 1a2b3c4d5e6f, gebouwd 2026-12-03T10:00:00Z", or what the build recorded. */
export function corpusVersion(info: Record<string, string>): string {
  const id = info.fingerprint ? `build ${info.fingerprint.slice(0, 12)}` : 'build onbekend'
  return info.built_at ? `${id}, ${info.built_at}` : id
}

export function buildNote(input: NoteInput): NoteModel {
  const { result, origin, entryUrl } = input
  const abs = (path: string) => `${origin}${path}`
  const route = (w: WorkaroundView): RouteLine => ({
    title: w.title,
    url: abs(entryUrl('workaround', w.slug)),
    certainty: labelOf(certainties, w.certainty, 'nl'),
    conditions: w.conditions,
    warnings: w.warnings,
  })
  const shownRules = new Set(result.rules.map((r) => r.slug))
  const sources = new Map<string, SourceLine>()
  const collect = (lines: SourceLine[]) => {
    for (const line of lines) if (!sources.has(line.url + (line.article ?? ''))) sources.set(line.url + (line.article ?? ''), line)
    return lines
  }
  const rules = result.rules.map((r) => ({
    title: r.title,
    url: abs(entryUrl('rule', r.slug)),
    status: t.status[r.status],
    statusText: t.statusExplained[r.status],
    demands: r.demands,
    ...(r.greyNote ? { greyNote: r.greyNote } : {}),
    openQuestions: r.openQuestions,
    routes: result.workarounds.filter((w) => w.rules.includes(r.slug)).map(route),
    sources: collect([...r.scanReferences.map(fromReference), ...r.sources.map(fromView)]),
  }))
  for (const w of result.workarounds) collect(w.sources.map(fromView))
  const draft = didamDraft(input.scan.slug, input.answers, result)
  return {
    title: t.noteTitle(input.scan.title.replace(/^Scan:\s*/, '')),
    scanTitle: input.scan.title,
    date: input.date,
    corpusVersion: corpusVersion(input.buildInfo),
    url: abs(input.resultPath),
    disclaimer: input.scan.disclaimer,
    situation: result.situation.reduce<{ question: string; answer: string }[]>((rows, item) => {
      const row = rows.find((x) => x.question === item.questionText)
      if (row) row.answer += `; ${item.optionLabel}`
      else rows.push({ question: item.questionText, answer: item.optionLabel })
      return rows
    }, []),
    rules,
    otherRoutes: result.workarounds.filter((w) => !w.rules.some((slug) => shownRules.has(slug))).map(route),
    cases: result.cases.map((c) => ({ title: c.title, url: abs(entryUrl('case', c.slug)), outcome: labelOf(outcomes, c.outcome, 'nl') })),
    openQuestions: result.openQuestions.map((q) => q.text),
    sources: [...sources.values()],
    ...(draft ? { draft } : {}),
  }
}

/** A source as one line of text: title, identifier and article, address. */
export function sourceText(s: SourceLine): string {
  return [s.title, s.identifier, s.article ? `art. ${s.article}` : undefined].filter(Boolean).join(', ')
}

const escapeMd = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1')

export function noteMarkdown(note: NoteModel): string {
  const out: string[] = []
  const line = (text = '') => out.push(text)
  const routes = (list: RouteLine[]) => {
    for (const r of list) {
      line(`- [${escapeMd(r.title)}](${r.url}) (${t.noteCertainty.toLowerCase()}: ${escapeMd(r.certainty)})`)
      for (const w of r.warnings) line(`  - ${t.warning}: ${escapeMd(w)}`)
      for (const c of r.conditions) line(`  - [ ] ${escapeMd(c)}`)
    }
  }
  line(`# ${escapeMd(note.title)}`)
  line()
  line(`${t.noteMade(note.date)} ${t.noteCorpus(escapeMd(note.corpusVersion))}`)
  line()
  line(`**${t.notLegalAdvice}.** ${escapeMd(note.disclaimer.replace(/^Geen juridisch advies\.\s*/, ''))}`)
  line()
  line(`${t.noteReproduce}: <${note.url}>`)
  line()
  line(`## ${t.noteSituation}`)
  line()
  for (const s of note.situation) line(`- **${escapeMd(s.question)}** ${escapeMd(s.answer)}`)
  line()
  line(`## ${t.noteConsideration}`)
  for (const r of note.rules) {
    line()
    line(`### [${escapeMd(r.title)}](${r.url})`)
    line()
    line(`${t.noteStatus}: **${r.status}**. ${r.statusText}`)
    if (r.demands.length) {
      line()
      line(`${t.noteDemand}:`)
      line()
      for (const d of r.demands) line(`- ${escapeMd(d)}`)
    }
    if (r.greyNote) {
      line()
      line(`${t.greyHeading}: ${escapeMd(r.greyNote)}`)
    }
    if (r.openQuestions.length) {
      line()
      line(`${t.noteOpen}:`)
      line()
      for (const q of r.openQuestions) line(`- ${escapeMd(q)}`)
    }
    if (r.routes.length) {
      line()
      line(`${t.noteRoute}:`)
      line()
      routes(r.routes)
    }
  }
  if (note.otherRoutes.length) {
    line()
    line(`## ${t.roomHeading}`)
    line()
    routes(note.otherRoutes)
  }
  if (note.cases.length) {
    line()
    line(`## ${t.casesHeading}`)
    line()
    for (const c of note.cases) line(`- [${escapeMd(c.title)}](${c.url}) (${t.outcome.toLowerCase()}: ${escapeMd(c.outcome)})`)
  }
  if (note.openQuestions.length) {
    line()
    line(`## ${t.openHeading}`)
    line()
    for (const q of note.openQuestions) line(`- ${escapeMd(q)}`)
  }
  line()
  line(`## ${t.noteSources}`)
  line()
  note.sources.forEach((s, i) => line(`${i + 1}. ${escapeMd(sourceText(s))}: <${s.url}>`))
  if (note.draft) {
    line()
    line(`## ${t.noteDraftHeading}`)
    line()
    line(`_${escapeMd(note.draft.intro)}_`)
    line()
    line(`### ${escapeMd(note.draft.title)}`)
    for (const p of note.draft.paragraphs) {
      line()
      if (p.heading) line(`**${escapeMd(p.heading)}**`), line()
      line(escapeMd(p.text))
    }
  }
  line()
  return out.join('\n')
}
