/**
 * How much a page's text changed between two runs without storing the page: a MinHash signature
 * over word 4-grams (64 numbers) estimates the share of 4-grams the two texts have in common.
 */

const SIZE = 64
const SHINGLE = 4

/** The readable text of an HTML page: no scripts, styles or tags, entities of the common kind decoded. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** FNV-1a, 32 bits: stable across runs and platforms. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The 32-bit murmur3 finaliser: spreads one hash into SIZE independent-looking ones. */
function mix(value: number, seed: number): number {
  let h = (value ^ Math.imul(seed, 0x9e3779b1)) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export function textSignature(text: string): number[] {
  const words = text.split(' ').filter(Boolean)
  const shingles = new Set<number>()
  if (words.length < SHINGLE) shingles.add(fnv1a(words.join(' ')))
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')))
  const signature = new Array<number>(SIZE).fill(0xffffffff)
  for (const shingle of shingles) {
    for (let k = 0; k < SIZE; k++) {
      const value = mix(shingle, k + 1)
      if (value < signature[k]!) signature[k] = value
    }
  }
  return signature
}

/** One hash of a body that is not text (a PDF, an image): it changed or it did not. */
export function bytesSignature(body: Uint8Array): number[] {
  let hash = 0x811c9dc5
  for (const byte of body) hash = Math.imul(hash ^ byte, 0x01000193)
  return [hash >>> 0]
}

/** Estimated share of the text the two signatures have in common (0–1); 0 when they are of different kinds. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return same / a.length
}
