/**
 * The public address of the site (PUBLIC_URL): the base of canonical links, the sitemap, feeds and
 * the data catalogue. Set it in production; without it, the address of the request stands in, which
 * is right for local use but lets a proxy's internal host name leak into canonical links.
 */

/** Reads PUBLIC_URL: an absolute http(s) address without query or fragment; the trailing slash is dropped. */
export function parsePublicUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(`PUBLIC_URL "${value}" is not a web address; use an absolute address such as https://tussenruimte.nl`)
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    throw new Error(`PUBLIC_URL "${value}" must be an http(s) address without query, fragment or user name, such as https://tussenruimte.nl`)
  }
  return url.href.replace(/\/+$/, '')
}

/** The public origin (and base path) for a request: the configured PUBLIC_URL, else the request's own origin. */
export function publicBase(publicUrl: string | undefined, requestUrl: string): string {
  return publicUrl ?? new URL(requestUrl).origin
}

/** An absolute URL for a site path. */
export const absolute = (base: string, path: string) => `${base}${path.startsWith('/') ? path : `/${path}`}`
