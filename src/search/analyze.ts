/**
 * The text analysis shared by indexing and querying, so that both see the same terms:
 * lower case, diacritics folded (coöperatie = cooperatie), hyphenated words kept whole and
 * split into their parts (Didam-arrest → didam-arrest, didam, arrest).
 */

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu

/** Lower-cases and removes diacritics. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** Splits text into folded terms; a hyphenated word yields itself and its parts. */
export function tokenize(text: string): string[] {
  const terms: string[] = []
  for (const match of fold(text).matchAll(WORD)) {
    const word = match[0].replace(/[’']/g, '')
    terms.push(word)
    if (word.includes('-')) terms.push(...word.split('-').filter(Boolean))
  }
  return terms
}
