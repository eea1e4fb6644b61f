/**
 * Checks across files: links between entries resolve, slugs are unique, and entries that
 * should connect do. Works on parsed entries, so it runs the same in the CLI and in tests.
 */
import { closest } from './closest.ts'
import type { Entry, RawDocument } from './parse.ts'
import type { Problem } from './problems.ts'

export interface Corpus {
  rules: Extract<Entry, { kind: 'rule' }>[]
  workarounds: Extract<Entry, { kind: 'workaround' }>[]
  cases: Extract<Entry, { kind: 'case' }>[]
  pages: Extract<Entry, { kind: 'page' }>[]
}

export function groupEntries(entries: readonly Entry[]): Corpus {
  const byKind = <K extends Entry['kind']>(kind: K) =>
    entries.filter((e): e is Extract<Entry, { kind: K }> => e.kind === kind).sort((a, b) => a.slug.localeCompare(b.slug))
  return { rules: byKind('rule'), workarounds: byKind('workaround'), cases: byKind('case'), pages: byKind('page') }
}

/**
 * Checks links and uniqueness over every file whose YAML parsed, valid or not, so that a
 * contributor sees a broken link in the same run as a schema error in the same file.
 */
export function checkCorpus(documents: readonly RawDocument[]): Problem[] {
  const problems: Problem[] = []
  const slugsOf = (kind: RawDocument['kind']) => new Set(documents.filter((d) => d.kind === kind).map((d) => d.slug))
  const ruleSlugs = slugsOf('rule')
  const workaroundSlugs = slugsOf('workaround')
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
    if (doc.kind === 'rule') {
      checkLinks(doc, 'related', ruleSlugs, 'rule')
      if (list(doc.data.related).includes(doc.slug)) {
        problems.push({ file: doc.file, line: doc.lineOf(['related']), field: 'related', problem: 'links to itself', expected: 'other rules only', severity: 'error' })
      }
    }
    if (doc.kind === 'workaround' || doc.kind === 'case') checkLinks(doc, 'rules', ruleSlugs, 'rule')
    if (doc.kind === 'case') checkLinks(doc, 'workarounds', workaroundSlugs, 'workaround')
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
  return problems
}
