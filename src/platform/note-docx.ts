/**
 * Node platform only: the justification note as a Word document (.docx), with the `docx`
 * library. Imported lazily (see renderNoteDocx), so that neither the start-up of the server
 * nor the Worker bundle carries it.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx'
import { sourceText, type NoteModel, type RouteLine } from '../scan/note.ts'
import { scanMessages } from '../views/scan-messages.ts'

const t = scanMessages.nl

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text: value, ...options })
const link = (label: string, url: string) => new ExternalHyperlink({ link: url, children: [new TextRun({ text: label, style: 'Hyperlink' })] })
const para = (...children: ParagraphChild[]) => new Paragraph({ children })
const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [text(value)] })
const bullet = (children: ParagraphChild[], level = 0) => new Paragraph({ bullet: { level }, children })

function routes(list: RouteLine[]): Paragraph[] {
  return list.flatMap((r) => [
    bullet([link(r.title, r.url), text(` (${t.noteCertainty.toLowerCase()}: ${r.certainty})`)]),
    ...r.warnings.map((w) => bullet([text(`${t.warning}: `, { bold: true }), text(w)], 1)),
    ...r.conditions.map((c) => bullet([text(`☐ ${c}`)], 1)),
  ])
}

export function noteDocument(note: NoteModel): Document {
  const body: Paragraph[] = [
    heading(note.title, HeadingLevel.TITLE),
    para(text(`${t.noteMade(note.date)} ${t.noteCorpus(note.corpusVersion)}`)),
    para(text(`${t.notLegalAdvice}. `, { bold: true }), text(note.disclaimer.replace(/^Geen juridisch advies\.\s*/, ''))),
    para(text(`${t.noteReproduce}: `), link(note.url, note.url)),
    heading(t.noteSituation, HeadingLevel.HEADING_1),
    ...note.situation.map((s) => bullet([text(`${s.question} `, { bold: true }), text(s.answer)])),
    heading(t.noteConsideration, HeadingLevel.HEADING_1),
  ]
  for (const r of note.rules) {
    body.push(heading(r.title, HeadingLevel.HEADING_2), para(text(`${t.noteStatus}: `), text(r.status, { bold: true }), text(`. ${r.statusText}`)))
    if (r.demands.length) body.push(para(text(`${t.noteDemand}:`)), ...r.demands.map((d) => bullet([text(d)])))
    if (r.greyNote) body.push(para(text(`${t.greyHeading}: `, { bold: true }), text(r.greyNote)))
    if (r.openQuestions.length) body.push(para(text(`${t.noteOpen}:`)), ...r.openQuestions.map((q) => bullet([text(q)])))
    if (r.routes.length) body.push(para(text(`${t.noteRoute}:`)), ...routes(r.routes))
    body.push(para(text('Meer over deze regel: '), link(r.url, r.url)))
  }
  if (note.otherRoutes.length) body.push(heading(t.roomHeading, HeadingLevel.HEADING_1), ...routes(note.otherRoutes))
  if (note.cases.length) body.push(heading(t.casesHeading, HeadingLevel.HEADING_1), ...note.cases.map((c) => bullet([link(c.title, c.url), text(` (${t.outcome.toLowerCase()}: ${c.outcome})`)])))
  if (note.openQuestions.length) body.push(heading(t.openHeading, HeadingLevel.HEADING_1), ...note.openQuestions.map((q) => bullet([text(q)])))
  body.push(heading(t.noteSources, HeadingLevel.HEADING_1), ...note.sources.map((s) => bullet([text(`${sourceText(s)}: `), link(s.url, s.url)])))
  if (note.draft) {
    body.push(heading(t.noteDraftHeading, HeadingLevel.HEADING_1), para(text(note.draft.intro, { italics: true })), heading(note.draft.title, HeadingLevel.HEADING_2))
    for (const p of note.draft.paragraphs) {
      if (p.heading) body.push(heading(p.heading, HeadingLevel.HEADING_3))
      body.push(para(text(p.text)))
    }
  }
  return new Document({
    creator: 'Tussenruimte',
    title: note.title,
    description: `${note.scanTitle} — ${note.url}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: {}, children: body }],
  })
}

export async function noteToDocx(note: NoteModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(noteDocument(note)))
}
