/**
 * Turns a user's query into a MiniSearch query tree:
 * - each word is its stem, OR its compound parts together (grondverkoop → grond AND verkoop);
 * - a phrase that is a synonym-group member becomes "any member" (AVG → avg OR gdpr OR …);
 * - fuzziness grows with word length; only the last word, the one being typed, matches as a prefix;
 * - two query words that the corpus writes as one (zeeëgel subsidie → zeeëgelsubsidie) also
 *   match the joined word;
 * - alternatives that only approximate what was typed (compound parts, other synonym members)
 *   weigh less than the word itself.
 * The ranking (run-query.ts) decides how many of the nodes a document must match.
 */
import type { Query, SearchOptions } from 'minisearch'
import { queryWords, stem } from './analyze.ts'
import type { Splitter } from './compounds.ts'
import { dutchFor } from './english.ts'
import { FIELD_BOOST, fuzzyFor } from './options.ts'
import type { SynonymTable } from './synonyms.ts'

type Node = Query

interface Word {
  text: string
  last: boolean
}

/**
 * One word. A word the corpus contains is taken as meant: no typo expansion, which would only
 * add its neighbours (renovatie → innovatie) and cost the most time of any query part.
 */
function leaf(word: string, prefix: boolean, split: Splitter): Node {
  const term = stem(word)
  const options: SearchOptions = { fuzzy: split.has(word) ? 0 : fuzzyFor(term), maxFuzzy: 2, prefix: prefix && word.length >= 3 }
  return { ...options, combineWith: 'OR', queries: [term] }
}

/** Field boosts scaled down, for alternatives that approximate what was typed. */
const weighted = (factor: number) => Object.fromEntries(Object.entries(FIELD_BOOST).map(([field, boost]) => [field, boost * factor]))
const PARTS_BOOST = weighted(0.4)
const SYNONYM_BOOST = weighted(0.8)

function wordNode(word: Word, split: Splitter): Node {
  const alternatives: Node[] = [leaf(word.text, word.last, split)]
  const parts = word.text.includes('-') ? word.text.split('-').filter(Boolean) : split(word.text)
  if (parts && parts.length > 1) {
    // Marked approximate: the body index scores it apart from the word itself (body-query.ts).
    alternatives.push({ combineWith: 'AND', boost: PARTS_BOOST, approximate: true, queries: parts.map((p, i) => leaf(p, word.last && i === parts.length - 1, split)) } as Node)
  }
  return alternatives.length === 1 ? alternatives[0]! : { combineWith: 'OR', queries: alternatives }
}

/** The word the corpus writes for two adjacent query words, if it writes them as one. */
function joined(a: string, b: string, split: Splitter): string | undefined {
  return [`${a}${b}`, `${a}s${b}`, `${a}-${b}`].find((w) => split.has(w))
}

/** Up to this length, a last word the corpus contains is not completed as a prefix in a query of several words. */
const MAX_WHOLE_SHORT_WORD = 4

/** The ranking keeps a bit per query word in a 32-bit mask; words beyond this add nothing a person meant. */
export const MAX_QUERY_WORDS = 24

/** Query nodes, one per word or synonym phrase, in query order. */
export function buildQueryNodes(query: string, split: Splitter, synonyms: SynonymTable): Node[] {
  return buildQueryParts(query, split, synonyms).map((part) => part.node)
}

/** A query node with the query words it stands for (the English index matches those words). */
export interface QueryPart {
  node: Node
  words: string[]
}

/** An English word of the domain also searched as the Dutch words the texts use (english.ts), weighing as a synonym. */
function withDutch(node: Node, word: Word, split: Splitter): Node {
  const dutch = dutchFor(word.text)
  if (!dutch.length) return node
  const alternatives = dutch.map((d): Node => {
    const seq = queryWords(d)
    const translated: Node = seq.length === 1 ? wordNode({ text: seq[0]!, last: false }, split) : { combineWith: 'AND', queries: seq.map((w) => leaf(w, false, split)) }
    return { combineWith: 'OR', boost: SYNONYM_BOOST, queries: [translated] }
  })
  return { combineWith: 'OR', queries: [node, ...alternatives] }
}

/** Query nodes with their words, one per word or synonym phrase, in query order. */
export function buildQueryParts(query: string, split: Splitter, synonyms: SynonymTable): QueryPart[] {
  const words = queryWords(query).slice(0, MAX_QUERY_WORDS)
  // After other words, a short word the corpus contains was typed whole: completing it finds
  // only unrelated longer words ("zei eerst nee" → neemt).
  const lastWord = words[words.length - 1] ?? ''
  const lastIsPrefix = words.length === 1 || !(lastWord.length <= MAX_WHOLE_SHORT_WORD && split.has(lastWord))
  const parts: QueryPart[] = []
  for (let i = 0; i < words.length; i++) {
    const candidates = synonyms.byFirstWord.get(words[i]!) ?? []
    const match = candidates.find((c) => c.words.every((w, k) => words[i + k] === w))
    if (match && i + match.words.length <= words.length) {
      const members = synonyms.groups[match.group]!
      const isLast = i + match.words.length === words.length && lastIsPrefix
      const queries = members.map((seq): Node => {
        const node: Node = seq.length === 1 ? wordNode({ text: seq[0]!, last: isLast && seq === match.words }, split) : { combineWith: 'AND', queries: seq.map((w) => leaf(w, false, split)) }
        return seq === match.words ? node : { combineWith: 'OR', boost: SYNONYM_BOOST, queries: [node] }
      })
      parts.push({ words: words.slice(i, i + match.words.length), node: { combineWith: 'OR', queries } })
      i += match.words.length - 1
      continue
    }
    const next = words[i + 1]
    const compound = next !== undefined ? joined(words[i]!, next, split) : undefined
    if (compound) {
      const last = i + 1 === words.length - 1 && lastIsPrefix
      const queries: Node[] = [{ combineWith: 'AND', queries: [wordNode({ text: words[i]!, last: false }, split), wordNode({ text: next!, last }, split)] }, wordNode({ text: compound, last }, split)]
      parts.push({ words: [words[i]!, next!], node: { combineWith: 'OR', queries } })
      i++
      continue
    }
    const word = { text: words[i]!, last: i === words.length - 1 && lastIsPrefix }
    parts.push({ words: [word.text], node: withDutch(wordNode(word, split), word, split) })
  }
  return parts
}
