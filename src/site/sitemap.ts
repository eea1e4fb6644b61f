/**
 * robots.txt and sitemap.xml (sitemaps.org 0.9, with xhtml:link alternates per language, as
 * search engines read them). Pure: the routes collect the pages.
 */
import { escapeXml } from './xml.ts'

export interface SitemapUrl {
  loc: string
  /** YYYY-MM-DD. */
  lastmod?: string
  /** The same page in each language, the page itself included. */
  alternates: { lang: string; href: string }[]
}

export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
  for (const url of urls) {
    lines.push('  <url>', `    <loc>${escapeXml(url.loc)}</loc>`)
    if (url.lastmod) lines.push(`    <lastmod>${escapeXml(url.lastmod)}</lastmod>`)
    for (const a of url.alternates) lines.push(`    <xhtml:link rel="alternate" hreflang="${escapeXml(a.lang)}" href="${escapeXml(a.href)}"/>`)
    lines.push('  </url>')
  }
  lines.push('</urlset>', '')
  return lines.join('\n')
}

/** Everything may be crawled but search results (endless, and no page of their own); the sitemap lists the rest. */
export function robotsTxt(origin: string, disallow: readonly string[]): string {
  return ['User-agent: *', ...disallow.map((path) => `Disallow: ${path}`), 'Allow: /', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n')
}
