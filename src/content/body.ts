/**
 * Checks on the Markdown body: required sections in order, no raw HTML, only safe link targets.
 * Uses marked's lexer so that code spans and fenced code are not mistaken for HTML or headings.
 */
import { Lexer, type Token } from 'marked'
import { SAFE_LINK } from './safe-link.ts'

export interface BodyIssue {
  /** 0-based line within the body. */
  line: number
  field: string
  problem: string
  expected: string
}


export function checkBody(body: string, sections: readonly string[]): BodyIssue[] {
  const issues: BodyIssue[] = []
  const tokens = new Lexer().lex(body)
  let cursor = 0
  const lineAt = (raw: string) => {
    const index = body.indexOf(raw, cursor)
    if (index >= 0) cursor = index
    return body.slice(0, Math.max(index, 0)).split('\n').length - 1
  }

  const headings: { text: string; line: number }[] = []
  walk(tokens, (token, topLevel) => {
    if (topLevel && token.type === 'heading' && token.depth === 2) {
      headings.push({ text: token.text.trim(), line: lineAt(token.raw) })
    } else if (token.type === 'html') {
      issues.push({
        line: lineAt(token.raw),
        field: 'body',
        problem: `contains raw HTML: ${token.raw.trim().slice(0, 40)}`,
        expected: 'Markdown only (write **bold**, [link](https://…), lists)',
      })
    } else if ((token.type === 'link' || token.type === 'image') && !SAFE_LINK.test(token.href)) {
      issues.push({
        line: lineAt(token.raw),
        field: 'body',
        problem: `links to an unsafe or non-https address: ${token.href.slice(0, 60)}`,
        expected: 'an https:// address or a path on this site such as /regels/didam-arrest',
      })
    }
  })

  // Required sections must appear in the given order; other ## sections may sit between them.
  let from = 0
  const lastLine = body.split('\n').length - 1
  for (const section of sections) {
    const index = headings.findIndex((h, i) => i >= from && h.text === section)
    if (index === -1) {
      const elsewhere = headings.findIndex((h) => h.text === section)
      issues.push({
        line: elsewhere >= 0 ? headings[elsewhere]!.line : lastLine,
        field: 'body',
        problem: elsewhere >= 0 ? `section "## ${section}" is out of order` : `section "## ${section}" is missing`,
        expected: `sections in this order: ${sections.map((s) => `## ${s}`).join(', ')}`,
      })
    } else {
      from = index + 1
    }
  }
  return issues
}

function walk(tokens: Token[], visit: (token: Token, topLevel: boolean) => void, topLevel = true): void {
  for (const token of tokens) {
    visit(token, topLevel)
    const children = (token as { tokens?: Token[] }).tokens
    if (children) walk(children, visit, false)
    const items = (token as { items?: { tokens: Token[] }[] }).items
    if (items) for (const item of items) walk(item.tokens, visit, false)
    if (token.type === 'table') {
      for (const cell of [...token.header, ...token.rows.flat()]) walk(cell.tokens, visit, false)
    }
  }
}
