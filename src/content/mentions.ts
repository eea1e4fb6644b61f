/**
 * Links both ways (#14): warnings for a body that names another entry without linking it, and
 * for a body link that the front matter does not record. Warnings, not errors: a mention can be
 * meant loosely, and an editor decides. One pass over each body, so the check stays fast.
 */
import { kindRegistry, type KindName, type ListedKind, listedKinds } from './kinds.ts'
import { lineFinder, scanBody } from './body-links.ts'
import type { RawDocument } from './parse.ts'
import type { Problem } from './problems.ts'
import { langs, pathsOf } from '../paths.ts'
import { namesOf, WORD, type Name, type Token } from './names.ts'

/** A document with its body; files without one (unreadable, no front matter) are skipped. */
type WithBody = RawDocument & { body: string; bodyLine: number }

/**
 * Body links the front matter must record as well: a case lists the workarounds it links in
 * `workarounds`; a workaround that a rule offers as room lists that rule in its `rules`. Only
 * links in the sections that make that claim count: a case's "Lessen" point others to
 * workarounds the case did not use, and a rule names workarounds as its own room under
 * "Tussenruimte" (elsewhere it may tell how another rule was met).
 */
const RECORDED_LINKS: readonly { from: KindName; to: ListedKind; owner: 'from' | 'to'; field: string; claims: (section: string) => boolean }[] = [
  { from: 'case', to: 'workaround', owner: 'from', field: 'workarounds', claims: (section) => section !== 'Lessen' },
  { from: 'rule', to: 'workaround', owner: 'to', field: 'rules', claims: (section) => section === 'Tussenruimte' },
]
// The field must be a link field of the kind that owns it; checked once at load, like the registry's own links.
for (const { from, to, owner, field } of RECORDED_LINKS) {
  if (!(field in kindRegistry[owner === 'from' ? from : to].links)) throw new Error(`RECORDED_LINKS: ${owner === 'from' ? from : to} has no link field "${field}"`)
}

export function checkBodyLinks(documents: readonly RawDocument[]): Problem[] {
  const problems: Problem[] = []
  const withBody = documents.filter((d): d is WithBody => typeof d.body === 'string' && typeof d.bodyLine === 'number')
  const byKey = new Map(documents.map((d) => [`${d.kind}/${d.slug}`, d]))
  const names = indexNames(namesOf(documents))
  const resolve = entryPathResolver()

  for (const doc of withBody) {
    const { prose, links } = scanBody(doc.body)
    const lineAt = lineFinder(doc.body)
    const at = (offset: number) => doc.bodyLine + lineAt(offset)
    const sectionAt = sectionFinder(doc.body)
    const linked = new Set<string>()
    const entryLinks = links.flatMap(({ href, index }) => {
      const key = resolve(href)
      return key ? [{ key, index }] : []
    })
    for (const { key } of entryLinks) linked.add(key)

    for (const rule of RECORDED_LINKS) {
      if (rule.from !== doc.kind) continue
      const reportedLinks = new Set<string>()
      for (const { key, index } of entryLinks) {
        const target = byKey.get(key)
        if (!target || target.kind !== rule.to || reportedLinks.has(key) || !rule.claims(sectionAt(index))) continue
        const [owner, listed] = rule.owner === 'from' ? [doc, target] : [target, doc]
        if (list(owner.data[rule.field]).includes(listed.slug)) continue
        reportedLinks.add(key)
        problems.push({
          file: doc.file,
          line: at(index),
          field: 'body',
          problem: rule.owner === 'from' ? `links ${target.kind} "${target.slug}", which is missing from ${rule.field}` : `links ${target.kind} "${target.slug}", which does not list this ${doc.kind} in ${rule.field}`,
          expected: rule.owner === 'from' ? `"${target.slug}" in ${rule.field}, if the ${doc.kind} used it` : `"${doc.slug}" in ${rule.field} of ${target.file}, if the ${target.kind} applies to this ${doc.kind}`,
          severity: 'warning',
        })
      }
    }

    const reported = new Set<string>()
    for (const mention of findMentions(prose, names)) {
      const key = `${mention.name.kind}/${mention.name.slug}`
      if (key === `${doc.kind}/${doc.slug}` || linked.has(key) || reported.has(key)) continue
      reported.add(key)
      const text = doc.body.slice(mention.start, mention.end).replace(/\s+/g, ' ')
      problems.push({
        file: doc.file,
        line: at(mention.start),
        field: 'body',
        problem: `mentions "${text}" without linking it`,
        expected: `[${text}](${pathsOf('nl')[mention.name.kind]}/${mention.name.slug})`,
        severity: 'warning',
      })
    }
  }
  return problems
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

/** The `##` section an offset of the body is in; '' before the first. */
function sectionFinder(body: string): (offset: number) => string {
  const headings = [...body.matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)].map((m) => ({ index: m.index, text: m[1]! }))
  return (offset) => {
    let section = ''
    for (const h of headings) if (h.index <= offset) section = h.text
    return section
  }
}

/** `kind/slug` of a link to an entry page in any language, or undefined for any other link. */
function entryPathResolver(): (href: string) => string | undefined {
  const prefixes = langs.flatMap((lang) => listedKinds.map((kind) => [`${pathsOf(lang)[kind]}/`, kind] as const))
  return (href) => {
    const path = href.replace(/[?#].*$/, '').replace(/\/+$/, '')
    for (const [prefix, kind] of prefixes) {
      if (path.startsWith(prefix)) {
        const slug = path.slice(prefix.length)
        if (slug && !slug.includes('/')) return `${kind}/${slug}`
      }
    }
    return undefined
  }
}

/**
 * Names by their first word and, for longer names, their second too, longest first: common
 * first words ("een", "wet") then cost one more word read, not a try of every name they start.
 */
type NameIndex = Map<string, { single: Name[]; bySecond: Map<string, Name[]> }>

function indexNames(names: readonly Name[]): NameIndex {
  const index: NameIndex = new Map()
  for (const name of names) {
    const slot = index.get(name.words[0]!) ?? { single: [], bySecond: new Map<string, Name[]>() }
    index.set(name.words[0]!, slot)
    if (name.words.length === 1) slot.single.push(name)
    else slot.bySecond.set(name.words[1]!, [...(slot.bySecond.get(name.words[1]!) ?? []), name])
  }
  for (const slot of index.values()) for (const bucket of slot.bySecond.values()) bucket.sort((a, b) => b.words.length - a.words.length || b.tail.length - a.tail.length)
  return index
}

interface Mention {
  name: Name
  start: number
  end: number
}

/** Whole-word, case-insensitive occurrences of the names in prose, left to right, not overlapping. */
function findMentions(prose: string, index: NameIndex): Mention[] {
  const found: Mention[] = []
  const words = new RegExp(WORD.source, 'gu')
  const reader = wordReader(prose)
  for (let m = words.exec(prose); m; m = words.exec(prose)) {
    const slot = index.get(m[0].toLowerCase())
    if (!slot) continue
    reader.startAt(m)
    const longer = slot.bySecond.size ? slot.bySecond.get(reader.at(1)?.word ?? '') : undefined
    const name = longer?.find((n) => matchesAt(prose, reader.at, n)) ?? slot.single.find((n) => matchesAt(prose, reader.at, n))
    if (!name) continue
    const end = reader.at(name.words.length - 1)!.end + name.tail.length
    found.push({ name, start: m.index, end })
    words.lastIndex = end
  }
  return found
}

/** The words from a starting word on, read only as far as a candidate name needs them. */
function wordReader(prose: string) {
  const next = new RegExp(WORD.source, 'gu')
  const tokens: Token[] = []
  const token = (w: RegExpExecArray): Token => ({ word: w[0].toLowerCase(), raw: w[0], start: w.index, end: w.index + w[0].length })
  return {
    startAt(first: RegExpExecArray) {
      tokens.length = 0
      tokens.push(token(first))
    },
    at(k: number): Token | undefined {
      while (tokens.length <= k) {
        next.lastIndex = tokens.at(-1)!.end
        const w = next.exec(prose)
        if (!w) return undefined
        tokens.push(token(w))
      }
      return tokens[k]
    },
  }
}

function matchesAt(prose: string, tokenAt: (k: number) => Token | undefined, name: Name): boolean {
  const first = tokenAt(0)!
  let last = first
  for (let k = 0; k < name.words.length; k++) {
    const token = tokenAt(k)
    if (!token || token.word !== name.words[k]) return false
    if (name.exact[k] !== undefined && token.raw !== name.exact[k]) return false
    if (k > 0 && prose.slice(last.end, token.start).replace(/\s+/g, ' ') !== name.gaps[k - 1]) return false
    last = token
  }
  const end = last.end
  if (name.tail && prose.slice(end, end + name.tail.length) !== name.tail) return false
  // A hyphen joins words into one: "DAEB-de-minimis" is no mention of "de-minimis".
  return !/[\p{L}\p{N}]-$/u.test(prose.slice(Math.max(0, first.start - 2), first.start)) && !/^-[\p{L}\p{N}]/u.test(prose.slice(end, end + 2))
}
