/**
 * Checks across files: links between entries resolve, slugs are unique, and entries that
 * should connect do. Works on parsed entries, so it runs the same in the CLI and in tests.
 */
import { closest } from './closest.ts'
import type { Entry } from './parse.ts'
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
 * @param knownSlugs slugs of files that exist but failed to parse; links to them are not
 *   reported again as broken, so one mistake produces one message.
 */
export function checkCorpus(corpus: Corpus, knownSlugs: { rule: Set<string>; workaround: Set<string> }): Problem[] {
  const problems: Problem[] = []
  const ruleSlugs = new Set([...corpus.rules.map((r) => r.slug), ...knownSlugs.rule])
  const workaroundSlugs = new Set([...corpus.workarounds.map((w) => w.slug), ...knownSlugs.workaround])

  const checkLinks = (entry: Entry, field: string, slugs: readonly string[] | undefined, target: Set<string>, kind: string) => {
    slugs?.forEach((slug, i) => {
      if (target.has(slug)) return
      const hint = closest(slug, [...target])
      problems.push({
        file: entry.file,
        line: entry.lineOf([field, i]),
        field: `${field}[${i}]`,
        problem: `links to ${kind} "${slug}", which does not exist`,
        expected: hint ? `did you mean "${hint}"?` : `the slug of an existing ${kind}`,
        severity: 'error',
      })
    })
  }

  for (const rule of corpus.rules) {
    checkLinks(rule, 'related', rule.meta.related, ruleSlugs, 'rule')
    if (rule.meta.related?.includes(rule.slug)) {
      problems.push({ file: rule.file, line: rule.lineOf(['related']), field: 'related', problem: 'links to itself', expected: 'other rules only', severity: 'error' })
    }
  }
  for (const w of corpus.workarounds) checkLinks(w, 'rules', w.meta.rules, ruleSlugs, 'rule')
  for (const c of corpus.cases) {
    checkLinks(c, 'rules', c.meta.rules, ruleSlugs, 'rule')
    checkLinks(c, 'workarounds', c.meta.workarounds, workaroundSlugs, 'workaround')
  }

  // Slugs are unique across the whole corpus, so a slug alone names one entry in search and feeds.
  const seen = new Map<string, Entry>()
  for (const entry of [...corpus.rules, ...corpus.workarounds, ...corpus.cases, ...corpus.pages]) {
    const first = seen.get(entry.slug)
    if (first) {
      problems.push({ file: entry.file, line: 1, field: 'file name', problem: `slug "${entry.slug}" is already used by ${first.file}`, expected: 'a slug that no other file uses', severity: 'error' })
    } else seen.set(entry.slug, entry)
  }

  const citedRules = new Set(corpus.cases.flatMap((c) => c.meta.rules))
  const rulesWithWorkaround = new Set(corpus.workarounds.flatMap((w) => w.meta.rules))
  for (const rule of corpus.rules) {
    if (!citedRules.has(rule.slug)) {
      problems.push({ file: rule.file, line: 1, field: '-', problem: 'no case links to this rule yet', expected: 'a case in content/cases/ that lists it under rules', severity: 'warning' })
    }
    if (!rulesWithWorkaround.has(rule.slug)) {
      problems.push({ file: rule.file, line: 1, field: '-', problem: 'no workaround links to this rule yet', expected: 'a workaround in content/workarounds/ that lists it under rules', severity: 'warning' })
    }
  }
  return problems
}
