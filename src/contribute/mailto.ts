/**
 * A prefilled e-mail as a mailto: link (RFC 6068). Its own module, so that the island can make
 * one without bundling the GitHub client.
 */

/** Beyond this many characters (encoded) a mailto: link may be cut off by the mail program. */
export const MAILTO_MAX = 1800

/** A mailto: link with subject and body, or with a request to paste when the body would not fit. */
export function mailtoLink(address: string, subject: string, body: string, pasteNote: string): { url: string; fitsLink: boolean } {
  const head = `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}`
  const full = `${head}&body=${encodeURIComponent(body)}`
  return full.length <= MAILTO_MAX ? { url: full, fitsLink: true } : { url: `${head}&body=${encodeURIComponent(pasteNote)}`, fitsLink: false }
}
