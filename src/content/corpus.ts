/**
 * Checks across files: links between entries resolve, slugs are unique, and entries that
 * should connect do. Works on parsed entries, so it runs the same in the CLI and in tests.
 */
import { closest } from './closest.ts'
import { kindNames, kindRegistry, type KindName } from './kinds.ts'
import { checkBodyLinks } from './mentions.ts'
import type { Entry, EntryOf, RawDocument } from './parse.ts'
import type { Problem } from './problems.ts'

/** The valid entries, per kind, sorted by slug. */
export type Corpus = { [K in KindName]: EntryOf<K>[] }

export function groupEntries(entries: readonly Entry[]): Corpus {
  const corpus = Object.fromEntries(kindNames.map((kind) => [kind, [] as Entry[]])) as Record<KindName, Entry[]>
  for (const entry of entries) corpus[entry.kind].push(entry)
  for (const list of Object.values(corpus)) list.sort((a, b) => a.slug.localeCompare(b.slug))
  return corpus as Corpus
}

/** Every entry of the corpus, kind by kind in registry order. */
export function allEntries(corpus: Corpus): Entry[] {
  return kindNames.flatMap((kind): Entry[] => corpus[kind])
}

/**
 * Checks links and uniqueness over every file whose YAML parsed, valid or not, so that a
 * contributor sees a broken link in the same run as a schema error in the same file.
 */
export function checkCorpus(documents: readonly RawDocument[]): Problem[] {
  const problems: Problem[] = []
  const slugsOf = (kind: RawDocument['kind']) => new Set(documents.filter((d) => d.kind === kind).map((d) => d.slug))
  const slugs = Object.fromEntries(kindNames.map((kind) => [kind, slugsOf(kind)])) as Record<KindName, Set<string>>
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

  const checkLinks = (doc: RawDocument, field: string, target: Set<string>, kind: string) => {
    list(doc.data[field]).forEach((slug, i) => {
      if (target.has(slug)) return
      const hint = closest(slug, [...target])
      problems.push({
        file: doc.file,
        line: doc.lineOf([field, i]),
        field: `${field}[${i}]`,
        problem: `links to ${kind} "${slug}", which does not exist`,
        expected: hint ? `did you mean "${hint}"?` : `the slug of an existing ${kind}`,
        severity: 'error',
      })
    })
  }

  for (const doc of documents) {
    for (const [field, target] of Object.entries(kindRegistry[doc.kind].links as Record<string, KindName>)) {
      checkLinks(doc, field, slugs[target], target)
      if (target === doc.kind && list(doc.data[field]).includes(doc.slug)) {
        problems.push({ file: doc.file, line: doc.lineOf([field]), field, problem: 'links to itself', expected: `other ${target}s only`, severity: 'error' })
      }
    }
  }

  // Slugs are unique across the whole corpus, so a slug alone names one entry in search and feeds.
  const seen = new Map<string, RawDocument>()
  for (const doc of documents) {
    const first = seen.get(doc.slug)
    if (first) {
      problems.push({ file: doc.file, line: 1, field: 'file name', problem: `slug "${doc.slug}" is already used by ${first.file}`, expected: 'a slug that no other file uses', severity: 'error' })
    } else seen.set(doc.slug, doc)
  }

  const linkedFrom = (kind: RawDocument['kind']) => new Set(documents.filter((d) => d.kind === kind).flatMap((d) => list(d.data.rules)))
  const citedByCase = linkedFrom('case')
  const citedByWorkaround = linkedFrom('workaround')
  for (const rule of documents.filter((d) => d.kind === 'rule')) {
    if (!citedByCase.has(rule.slug)) {
      problems.push({ file: rule.file, line: 1, field: '-', problem: 'no case links to this rule yet', expected: 'a case in content/cases/ that lists it under rules', severity: 'warning' })
    }
    if (!citedByWorkaround.has(rule.slug)) {
      problems.push({ file: rule.file, line: 1, field: '-', problem: 'no workaround links to this rule yet', expected: 'a workaround in content/workarounds/ that lists it under rules', severity: 'warning' })
    }
  }
  problems.push(...checkBodyLinks(documents))
  return problems
}

/** Number of entries per kind. */
export function countsOf(corpus: Corpus): Record<KindName, number> {
  return Object.fromEntries(kindNames.map((kind) => [kind, corpus[kind].length])) as Record<KindName, number>
}

/** "24 rules, 51 workarounds, …" for command-line output. */
export function describeCounts(counts: Record<KindName, number>): string {
  return kindNames.map((kind) => `${counts[kind]} ${kindRegistry[kind].label.en[counts[kind] === 1 ? 'one' : 'many'].toLowerCase()}`).join(', ')
}
