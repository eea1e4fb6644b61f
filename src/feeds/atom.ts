/** Atom 1.0 (RFC 4287) documents. Pure: the feed routes collect the items. */
import { escapeXml } from '../site/xml.ts'

export interface AtomEntry {
  /** A permanent IRI for this item. */
  id: string
  title: string
  /** ISO 8601 date-time. */
  updated: string
  /** The page the item is about. */
  link: string
  /** What changed, in one line. */
  summary: string
  /** The entry's own summary. */
  content: string
  categories: { term: string; label: string }[]
  /** A page with the change itself (the commit), if any. */
  related?: string
}

export interface AtomFeed {
  id: string
  title: string
  subtitle: string
  updated: string
  self: string
  /** The HTML page the feed belongs to. */
  alternate: string
  author: { name: string; uri: string }
  rights: string
  entries: readonly AtomEntry[]
}

const text = (tag: string, value: string) => `<${tag} type="text">${escapeXml(value)}</${tag}>`

export function atomXml(feed: AtomFeed): string {
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  ${text('title', feed.title)}`,
    `  ${text('subtitle', feed.subtitle)}`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author><name>${escapeXml(feed.author.name)}</name><uri>${escapeXml(feed.author.uri)}</uri></author>`,
    `  ${text('rights', feed.rights)}`,
  ]
  for (const e of feed.entries) {
    out.push(
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    ${text('title', e.title)}`,
      `    <updated>${escapeXml(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      ...(e.related ? [`    <link rel="related" type="text/html" href="${escapeXml(e.related)}"/>`] : []),
      ...e.categories.map((c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`),
      `    ${text('summary', e.summary)}`,
      `    ${text('content', e.content)}`,
      '  </entry>',
    )
  }
  out.push('</feed>', '')
  return out.join('\n')
}
