/**
 * Renders content Markdown to HTML, once, at build time. Raw HTML is escaped (the validator
 * already rejects it; this is the second line of defence), links are limited to safe targets,
 * and section headings get stable ids so that they can be linked to.
 */
import { Marked, type Tokens } from 'marked'
import { escapeHtml } from './escape-html.ts'
import { SAFE_LINK } from './safe-link.ts'


/** Turns a heading into an id: lower case, diacritics removed, words joined by hyphens. */
export function headingId(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text)
    },
    heading({ tokens, depth }: Tokens.Heading) {
      const inner = this.parser.parseInline(tokens)
      const plain = inner.replace(/<[^>]+>/g, '')
      // Content headings start at h2: the page's h1 is the entry title.
      const level = Math.min(Math.max(depth, 2), 6)
      return `<h${level} id="${headingId(decodeEntities(plain))}">${inner}</h${level}>\n`
    },
    link({ href, title, tokens }: Tokens.Link) {
      const inner = this.parser.parseInline(tokens)
      if (!SAFE_LINK.test(href)) return inner
      const external = href.startsWith('https://')
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : ''
      return `<a href="${escapeHtml(href)}"${titleAttr}${external ? ' rel="noopener"' : ''}>${inner}</a>`
    },
    image({ text }: Tokens.Image) {
      // Content carries no images: we cannot vouch for their alt text or their host.
      return escapeHtml(text)
    },
  },
})

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string
}

/** Plain text of rendered HTML, for search and snippets. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<\/(p|h[1-6]|li|tr|blockquote)>/g, '\n').replace(/<[^>]+>/g, ' '))
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!)
}
