/**
 * The justification note: .docx (a valid Word package whose text holds the sources'
 * identifiers), Markdown that parses, and a print page; with the draft publication text only
 * on Didam's one-serious-candidate route.
 */
import JSZip from 'jszip'
import { marked } from 'marked'
import { beforeAll, describe, expect, it } from 'vitest'
import { createScanTestApp, ONE_CANDIDATE } from './helpers.ts'

let app: Awaited<ReturnType<typeof createScanTestApp>>
beforeAll(async () => {
  app = await createScanTestApp()
}, 60_000)

const base = '/regelscan/grond-of-gebouw/onderbouwing'
const OPEN_SELECTION = 'vorm=verkopen&activiteit=ideeel&gegadigden=meer&procedure=open-selectie&prijs=marktconform'

/** The visible text of a document.xml: the w:t runs, joined. */
const docxText = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

describe('justification note', () => {
  it('downloads as a valid .docx whose text holds the answers, the sources with identifiers, the corpus version and the address', async () => {
    const res = await app.request(`${base}.docx?${ONE_CANDIDATE}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="onderbouwing-grond-of-gebouw.docx"')
    const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()))
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', '_rels/.rels']))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml.startsWith('<?xml')).toBe(true)
    const text = docxText(xml).replace(/&amp;/g, '&')
    expect(text).toContain('ECLI:NL:HR:2021:1778')
    expect(text).toContain('ECLI:NL:HR:2024:1661')
    expect(text).toContain('Didam-arrest')
    expect(text).toContain('Nee, om vaste en controleerbare redenen komt maar één partij in aanmerking')
    expect(text).toContain('Stand van de kennisbank: build test')
    expect(text).toContain(`/regelscan/grond-of-gebouw/uitkomst?${ONE_CANDIDATE}`)
    expect(text).toContain('Geen juridisch advies')
    // The draft publication for the one serious candidate, with criteria from the answers.
    expect(text).toContain('Voornemen tot verhuur van [object]')
    expect(text).toContain('De criteria volgen uit [naam van het beleid]')
  })

  it('downloads as Markdown that marked parses, with the same content and a checklist per route', async () => {
    const res = await app.request(`${base}.md?${ONE_CANDIDATE}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    const md = await res.text()
    const tokens = marked.lexer(md)
    expect(tokens[0]).toMatchObject({ type: 'heading', depth: 1 })
    const headings = tokens.filter((t) => t.type === 'heading').map((t) => (t as { text: string }).text)
    expect(headings).toEqual(expect.arrayContaining(['De situatie zoals beantwoord', 'Afweging per regel', 'Bronnen', 'Concepttekst: bekendmaking van het voornemen']))
    const html = await marked.parse(md)
    expect(html).toContain('ECLI:NL:HR:2021:1778')
    expect(html).toContain('<input disabled="" type="checkbox"> De criteria waarom maar één partij')
    expect(html).toContain('Voornemen tot verhuur van [object]')
  })

  it('has a print page, and leaves the draft out on a route without one serious candidate', async () => {
    const page = await app.request(`${base}?${ONE_CANDIDATE}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<article class="scan-note" lang="nl">')
    expect(html).toContain('Concepttekst: bekendmaking van het voornemen')

    const md = await (await app.request(`${base}.md?${OPEN_SELECTION}`)).text()
    expect(md).toContain('Status: **U voldoet eraan**')
    expect(md).not.toContain('Concepttekst')
  })

  it('is only written for a complete and valid set of answers', async () => {
    const early = await app.request(`${base}.docx?vorm=verhuren`)
    expect(early.status).toBe(303)
    expect((await app.request(`${base}.md?vorm=kopen`)).status).toBe(400)
  })
})
