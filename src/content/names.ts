/**
 * The names by which a body can mention another entry: its title, the short form of its title
 * and those aliases that name it and nothing else. Only distinctive names count, so that a
 * warning points at a missed link rather than at ordinary prose.
 */
import { isListedKind, type ListedKind } from './kinds.ts'
import type { RawDocument } from './parse.ts'

export interface Name {
  kind: ListedKind
  slug: string
  /** The name in lower case, white space collapsed. */
  text: string
  /** Lower-case words, in order. */
  words: string[]
  /** Per word, the form prose must have exactly: abbreviations in capitals ("WAS 2023" is not "was 2023"); else undefined. */
  exact: (string | undefined)[]
  /** What stands between word k and k+1: a space for any run of white space, else the characters themselves. */
  gaps: string[]
  /** Punctuation after the last word that belongs to the name, such as the ")" of "(DAEB)". */
  tail: string
  from: 'title' | 'alias'
}

export interface Token {
  /** The word in lower case; `raw` as written. */
  word: string
  raw: string
  start: number
  end: number
}

export const WORD = /[\p{L}\p{N}]+/gu

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), raw: m[0], start: m.index, end: m.index + m[0].length }))
}

/** Shorter names are too often ordinary words or parts of other names ("Didam", "Wmo"). */
export const MIN_NAME_LENGTH = 8

/** Where a title's own name ends: "Didam-arrest (Didam I en II)", "Omgevingswet: participatie …", "Snuffelfiets – …". */
const TITLE_TAIL = /\s*(?:\(|:\s|;|\s[–—-]\s|\?).*$/s

/**
 * Aliases exist for search, so many are general words ("verantwoording", "open ronde") or
 * places and organisations ("Centrumeiland", "Herenboeren"). An alias of a rule or workaround
 * counts as its name when it shares a word of four or more letters with the title or slug;
 * a one-word alias moreover has to be the title's first word ("Netcongestie en …") or be
 * written as a term, with a capital, hyphen or digit ("Grondkamer", "Didam-regels"). A case is
 * named by its title only.
 */
function aliasTest(title: string, slug: string): (alias: string) => boolean {
  const titleWords = tokenize(title)
  const own = new Set([...titleWords, ...tokenize(slug)].map((t) => t.word).filter((w) => w.length >= 4))
  return (alias) => {
    const words = tokenize(alias)
    if (!words.some((t) => own.has(t.word))) return false
    if (words.length > 1) return true
    if (ORDINARY_WORDS.has(words[0]!.word)) return false
    return words[0]!.word === titleWords[0]?.word || TERM.test(alias)
  }
}

/** Written as a term rather than an ordinary word. */
const TERM = /[\p{Lu}\p{N}-]/u

/** Title words that prose uses in their ordinary sense ("de gemeente kan faciliteren"). */
const ORDINARY_WORDS = new Set(['faciliteren'])

const keyOf = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

export function namesOf(documents: readonly RawDocument[]): Name[] {
  const candidates: Name[] = []
  // Every entry that carries a text as title, short title or any alias, to leave out names that are not one entry's alone.
  const owners = new Map<string, Set<string>>()
  const own = (text: string, entry: string) => owners.set(keyOf(text), (owners.get(keyOf(text)) ?? new Set()).add(entry))
  for (const doc of documents) {
    if (!isListedKind(doc.kind) || typeof doc.data.title !== 'string') continue
    const { kind, slug } = doc
    const entry = `${kind}/${slug}`
    const title = doc.data.title.trim()
    const short = title.replace(TITLE_TAIL, '')
    const aliases = (Array.isArray(doc.data.aliases) ? doc.data.aliases : []).filter((a): a is string => typeof a === 'string').map((a) => a.trim())
    // A case's aliases repeat the names of the rules it is about ("Wet markt en overheid"); they name nothing else.
    for (const text of kind === 'case' ? [title, short] : [title, short, ...aliases]) own(text, entry)
    const add = (text: string, from: Name['from']) => {
      const name = toName(text, kind, slug, from)
      if (name) candidates.push(name)
    }
    add(title, 'title')
    if (short !== title) add(short, 'alias')
    if (kind === 'case') continue
    const names = aliasTest(title, slug)
    for (const alias of aliases) if (names(alias)) add(alias, 'alias')
  }
  // A full title names its entry; any other name only when no other entry carries it ("Peel en Maas" is a case's short title and a ruling's alias).
  const seen = new Set<string>()
  return candidates.filter((name) => {
    const id = `${name.kind}/${name.slug} ${name.text}`
    if (seen.has(id)) return false
    seen.add(id)
    return name.from === 'title' || owners.get(name.text)!.size === 1
  })
}

function toName(text: string, kind: ListedKind, slug: string, from: Name['from']): Name | undefined {
  const tokens = tokenize(text)
  if (!tokens.length || text.trim().length < MIN_NAME_LENGTH) return undefined
  const gaps = tokens.slice(1).map((t, k) => text.slice(tokens[k]!.end, t.start).replace(/\s+/g, ' '))
  const tail = text.slice(tokens.at(-1)!.end).trim()
  return { kind, slug, text: keyOf(text), words: tokens.map((t) => t.word), exact: tokens.map((t) => (/^\p{Lu}{2,}$/u.test(t.raw) ? t.raw : undefined)), gaps, tail, from }
}

