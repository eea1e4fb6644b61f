/**
 * Reads the links out of a Markdown body and masks everything that is not running prose, so
 * that a search for mentions of other entries finds only words a reader sees as plain text.
 * Offsets stay those of the original body (masked characters keep their place, newlines stay),
 * so a match or a link still has its line. Works on the subset of Markdown the corpus uses;
 * the full parse (marked) is in body.ts.
 */

export interface BodyLink {
  href: string
  /** Offset of the link's `[` in the body. */
  index: number
}

export interface ScannedBody {
  /** The body with link texts, link targets, code, headings and HTML replaced by MASK. */
  prose: string
  links: BodyLink[]
}

/** Stands in for masked characters: not a letter, digit or space, so no word and no word gap spans it. */
export const MASK = '\u0001'

// `[text](target "title")`, with one level of nested brackets in the text.
const INLINE_LINK = /!?\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g
const FENCED_CODE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm
const CODE_SPAN = /(`+)[^`][\s\S]*?\1/g
const HEADING = /^ {0,3}#{1,6}(?:[ \t][^\n]*)?$/gm
const HTML_TAG = /<\/?[A-Za-z][^>\n]*>/g

export function scanBody(body: string): ScannedBody {
  const masked = new Uint8Array(body.length)
  const ranges: [number, number][] = []
  const links: BodyLink[] = []
  // Patterns in order of precedence: a match that starts inside an earlier one (a link inside code) is skipped.
  const maskAll = (pattern: RegExp, onMatch?: (match: RegExpExecArray) => void) => {
    for (const match of body.matchAll(pattern)) {
      if (masked[match.index] || !match[0]) continue
      onMatch?.(match)
      masked.fill(1, match.index, match.index + match[0].length)
      ranges.push([match.index, match.index + match[0].length])
    }
  }
  maskAll(FENCED_CODE)
  maskAll(CODE_SPAN)
  maskAll(INLINE_LINK, (m) => links.push({ href: m[2] ?? '', index: m.index }))
  maskAll(AUTOLINK, (m) => links.push({ href: m[1] ?? '', index: m.index }))
  maskAll(HEADING)
  maskAll(HTML_TAG)
  links.sort((a, b) => a.index - b.index)
  ranges.sort((a, b) => a[0] - b[0])

  let prose = ''
  let at = 0
  for (const [start, end] of ranges) {
    if (end <= at) continue
    const from = Math.max(start, at)
    prose += body.slice(at, from) + body.slice(from, end).replace(/[^\n]/g, MASK)
    at = end
  }
  return { prose: prose + body.slice(at), links }
}

/** 0-based line of each offset of a text, found by binary search over the line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return low
  }
}
