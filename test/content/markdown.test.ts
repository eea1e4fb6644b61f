import { describe, expect, it } from 'vitest'
import { htmlToText, renderMarkdown } from '../../src/content/markdown.ts'

describe('renderMarkdown', () => {
  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('Tekst <script>alert(1)</script> en <b>vet</b>.')

    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })

  it('keeps https and site links, and drops unsafe or off-site targets', () => {
    const html = renderMarkdown('[a](https://wetten.overheid.nl/) [b](/regels/didam-arrest) [c](javascript:alert(1)) [d](//evil.example) [e](/\\evil.example)')

    expect(html).toContain('<a href="https://wetten.overheid.nl/" rel="noopener">a</a>')
    expect(html).toContain('<a href="/regels/didam-arrest">b</a>')
    expect(html.match(/<a /g)).toHaveLength(2)
  })

  it('gives section headings stable ids and starts at h2', () => {
    expect(renderMarkdown('# Wat de regel vraagt')).toBe('<h2 id="wat-de-regel-vraagt">Wat de regel vraagt</h2>\n')
  })

  it('turns rendered HTML into plain text for search', () => {
    expect(htmlToText('<p>Eén &amp; twee</p><ul><li>drie</li></ul>')).toBe('Eén & twee\ndrie')
  })
})
