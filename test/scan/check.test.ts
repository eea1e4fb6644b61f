import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkScan, type KnownSlugs } from '../../src/scan/check.ts'
import { formatProblem } from '../../src/content/problems.ts'

const known: KnownSlugs = {
  rules: new Set(['didam-arrest', 'staatssteun-de-minimis']),
  workarounds: new Set(['marktconforme-prijs']),
  cases: new Set(['maarschalksbos-baarn']),
  scans: new Set(),
}
function check(name: string) {
  const file = `test/scan/fixtures/${name}`
  const { problems, scan } = checkScan({ file, source: readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'), known, today: '2026-12-03' })
  return { scan, errors: problems.filter((p) => p.severity === 'error').map(formatProblem) }
}

describe('scan check', () => {
  it('passes a valid scan and compiles it', () => {
    const r = check('valid.md')
    expect(r.errors).toEqual([])
    expect(r.scan?.questions.map((q) => q.id)).toEqual(['vorm', 'prijs'])
  })

  it.each([
    ['bad-condition.md', /valid\.md|bad-condition\.md:24 {2}rules\[0\]\.rows\[0\]\.when {2}condition does not parse at column 13: expected a question/],
    ['mixed-and-or.md', /:25 {2}rules\[0\]\.rows\[1\]\.when {2}condition does not parse at column 28: AND and OR are mixed/],
    ['unknown-option.md', /:16 {2}questions\[1\]\.show_if {2}"vergunning" is not an option of "vorm" \(column 9\) {2}one of: verkopen, toestemming, weet-niet/],
    ['wrong-type.md', /questions\[1\]\.show_if {2}question "vorm" is single/],
    ['missing-weet-niet.md', /questions\[1\]\.options {2}question "prijs" has no option "weet-niet"/],
    ['dead-end.md', /dead end: the result has no rule and no signal for vorm=toestemming/],
    ['unreachable.md', /questions\[1\]\.show_if {2}question "prijs" can never be shown/],
    ['show-if-later.md', /show_if depends on "prijs", which is not asked before this question/],
    ['status-cycle.md', /rules\[0\]\.rows\[0\]\.when {2}status\("staatssteun-de-minimis"\) refers to this rule or a later one/],
    ['derived-cycle.md', /derived names refer to each other in a cycle: uitgifte → verkoop → uitgifte/],
    ['missing-slug.md', /workarounds\[0\]\.slug {2}workaround "marktconforme-prijs-bestaat-niet" does not exist in content\/workarounds\/ {2}an existing slug, or add content\/workarounds\/marktconforme-prijs-bestaat-niet\.md/],
    ['grey-without-note.md', /a grijs row has no grey_note/],
    ['unknown-parameter.md', /\{\{plafond\}\} is not a parameter of this scan/],
    ['schema.md', /:15 {2}questions\[1\]\.type {2}is not a question type {2}one of: single, multi/],
  ])('%s is caught', (name, pattern) => {
    const r = check(name)
    expect(r.errors.join('\n')).toMatch(pattern)
    expect(r.scan).toBeUndefined()
  })

  it('warns when a time-bound parameter has expired', () => {
    const source = readFileSync(join(import.meta.dirname, 'fixtures', 'valid.md'), 'utf8').replace(
      'questions:',
      'parameters:\n  - {key: plafond, value: "€ 1", valid_until: 2025-12-31, source: {type: celex, id: "32023R2831", title: "De-minimis"}}\nquestions:',
    )
    const { problems } = checkScan({ file: 'x/valid.md', source, known, today: '2026-12-03' })
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/parameters\[0\]\.valid_until {2}warning: parameter "plafond" was valid until 2025-12-31/)])
  })
})
