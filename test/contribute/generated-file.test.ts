/**
 * The form's promise: a case it accepts is a file `npm run check` accepts unchanged. Checked
 * with the real parser and link check, on fixed cases, on every vocabulary value, and on many
 * random texts full of Markdown, YAML and HTML syntax.
 */
import { describe, expect, it } from 'vitest'
import { kindRegistry as kinds } from '../../src/content/kinds.ts'
import { barriers, domains, initiativeKinds, legalForms, outcomes, provinces } from '../../src/content/taxonomy.ts'
import { caseFile } from '../../src/contribute/case-file.ts'
import { contributeMessages } from '../../src/contribute/messages.ts'
import { SECTION_KEYS } from '../../src/contribute/schema.ts'
import { hasUnsafeLink, textIssue } from '../../src/contribute/text-safety.ts'
import { validateContribution, type ContributionCorpus } from '../../src/contribute/validate.ts'
import { FIXTURE_CORPUS, TODAY } from '../helpers/create-test-app.ts'
import { corpusChecker, validContribution } from './helpers.ts'

const corpus: ContributionCorpus = {
  rules: [
    { slug: 'didam-arrest', title: 'Didam-arrest' },
    { slug: 'staatssteun-de-minimis', title: 'De-minimis' },
  ],
  workarounds: [
    { slug: 'enige-serieuze-gegadigde', title: 'Enige serieuze gegadigde' },
    { slug: 'de-minimis-verklaring', title: 'De-minimisverklaring' },
  ],
  taken: ['didam-arrest', 'staatssteun-de-minimis', 'enige-serieuze-gegadigde', 'de-minimis-verklaring', 'dorpshuis-voorbeeld', 'zonnedak-voorbeeld', 'over'],
}
const t = contributeMessages.nl
const check = corpusChecker(FIXTURE_CORPUS)

/** Validates and, when accepted, runs `npm run check` on the file in a copy of the fixture corpus. */
function generateAndCheck(input: Record<string, unknown>) {
  const result = validateContribution(input, corpus, t)
  if (!result.ok) return { accepted: false as const, problems: result.problems }
  const file = caseFile(result.value, TODAY)
  return { accepted: true as const, file, errors: check(file.path, file.markdown) }
}

describe('a generated case file', () => {
  it('passes npm run check unchanged, with every field the form offers', () => {
    const outcome = generateAndCheck({
      ...validContribution(),
      title_en: 'Community centre De Kern',
      summary_en: 'A foundation bought the community centre.',
      aliases: ['De Kern', 'buurthuis'],
      contributors: ['Stichting Buurthuis De Kern'],
      references: [
        { type: 'ecli', id: 'ECLI:NL:HR:2021:1778', title: 'Didam' },
        { type: 'bwb', id: 'BWBR0005291', article: '3:14', title: 'BW 3:14' },
        { type: 'celex', id: '32014L0024', title: 'Aanbestedingsrichtlijn' },
        { type: 'cvdr', id: 'CVDR740524', title: 'Verordening' },
        { type: 'kamerstuk', id: 'kst-36410-VII-85', title: 'Kamerbrief' },
        { type: 'url', url: 'https://www.example.org/a?b=c&d="e"', title: 'Pagina', publisher: 'Uitgever', date: '2024-02-29' },
      ],
    })

    expect(outcome.accepted).toBe(true)
    if (!outcome.accepted) return
    expect(outcome.errors).toEqual([])
    expect(outcome.file.path).toBe('content/cases/buurthuis-de-kern-en-de-gemeente.md')
    expect(outcome.file.markdown).toContain(`last_reviewed: ${TODAY}\n---\n`)
    for (const heading of kinds.case.sections) expect(outcome.file.markdown).toContain(`\n## ${heading}\n`)
  })

  it('passes with every province, legal form, domain, outcome and barrier', () => {
    const files = provinces.keys.map((province, i) =>
      generateAndCheck({
        ...validContribution(),
        slug: `casus-${i}`,
        province,
        initiative: { name: 'Coöperatie “Samen” & Co: "test"', legal_form: legalForms.keys[i % legalForms.keys.length], kind: initiativeKinds.keys[i % initiativeKinds.keys.length] },
        domains: [...domains.keys],
        outcome: outcomes.keys[i % outcomes.keys.length],
        barrier: barriers.keys[i % barriers.keys.length],
      }),
    )
    for (const outcome of files) expect(outcome.accepted && outcome.errors).toEqual([])
  })

  it('passes with any text the validator accepts (fuzzed)', () => {
    // A deterministic generator, so a failure can be reproduced.
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    // Markdown and YAML syntax the form accepts, and now and then something it must refuse.
    const common = ['Tekst', ' ', '\n', '\n\n', '## Kop', '# ', '---', '===', '- ', '* ', '1. ', '> ', '`', '    code', '**', '_', '[a](https://a.nl)', '[d](/regels/didam-arrest)', '[e]', '](https://a.nl)', '< ', '>', '< b', '<3', '&lt;', '&', '"', "'", '\\', ':', ': ', '#', ' #', '{', '}', '[', '] ', '|', '%', '@', '!', '![x](https://a.nl/x.png)', 'https://b.nl', 'https://www.b.nl', 'mailto:a@b.nl', 'a@b.nl', 'é', 'ĳ', '😀', '\u2028', '\u0085', '\u0000', '\t', '\r\n', '\r', '\uD800', 'null', 'true', '- - -', '---\n', '\n---\n', '|a|b|\n|-|-|\n']
    const hostile = ['```', '~~~', '<b>', '</p>', '<!--', '[b](javascript:alert(1))', '[c]: http://x', '](', 'www.example.org', 'http://a', 'TODO']
    const piece = () => {
      const pool = random() < 0.01 ? hostile : common
      return pool[Math.floor(random() * pool.length)]!
    }
    const text = (length: number) => Array.from({ length }, piece).join('')
    let accepted = 0
    let refused = 0
    for (let i = 0; i < 300; i++) {
      const outcome = generateAndCheck({
        ...validContribution(),
        title: `Titel ${text(4)}`,
        summary: `Samenvatting ${text(6)}`.slice(0, 300),
        place: text(3) || 'Plaats',
        public_bodies: [text(3) || 'Gemeente'],
        initiative: { name: text(4) || 'Initiatief', legal_form: 'stichting', kind: 'other' },
        references: [{ type: 'url', url: 'https://example.org', title: text(3) || 'Bron' }],
        sections: Object.fromEntries(SECTION_KEYS.map((key) => [key, `Start ${text(12)}`])),
      })
      if (!outcome.accepted) {
        if (process.env.DEBUG_FUZZ) console.log(outcome.problems.map((p) => p.message.slice(0, 60)).join(' | '))
        refused++
        continue
      }
      accepted++
      expect(outcome.errors).toEqual([])
    }
    // Both sides of the line were exercised.
    expect(accepted).toBeGreaterThan(100)
    expect(refused).toBeGreaterThan(20)
  })
})

describe('text safety', () => {
  it.each([
    ['<script>alert(1)</script>', 'html'],
    ['<img src=x onerror=alert(1)>', 'html'],
    ['<!-- verborgen -->', 'html'],
    ['[klik](javascript:alert(1))', 'unsafeLink'],
    ['[klik]( javascript:alert(1))', 'unsafeLink'],
    ['[klik](//evil.example)', 'unsafeLink'],
    ['[klik](/\\evil.example)', 'unsafeLink'],
    ['[klik][x]\n\n[x]: javascript:alert(1)', 'unsafeLink'],
    ['[klik]()', 'unsafeLink'],
    ['zie http://example.org', 'unsafeLink'],
    ['zie www.example.org', 'unsafeLink'],
    ['zie HTTPS://example.org', 'unsafeLink'],
    ['```\ncode', 'codeBlock'],
  ])('rejects %j in a section as %s', (text, issue) => {
    expect(textIssue(text, true)).toBe(issue)
  })

  it.each(['a < b en c > d', 'Zie [de regel](/regels/didam-arrest) en [dit](https://www.example.org/x).', 'Mail a@b.nl of [ons](mailto:a@b.nl).', 'https://www.example.org', '1 < 2, <3'])('accepts %j', (text) => {
    expect(textIssue(text, true)).toBeUndefined()
  })

  it('treats one-line fields as text: only HTML is refused there', () => {
    expect(textIssue('javascript:alert(1)', false)).toBeUndefined()
    expect(textIssue('<b>vet</b>', false)).toBe('html')
    expect(hasUnsafeLink('javascript:alert(1)')).toBe(false)
  })
})

describe('the validator', () => {
  it('refuses the TODO placeholder, which npm run check would refuse too', () => {
    const outcome = generateAndCheck({ ...validContribution(), place: 'TODO', sections: { happened: 'Eerst TODO nog', friction: 'b', resolution: 'c', lessons: 'd' } })

    expect(!outcome.accepted && outcome.problems.map((p) => `${p.name}: ${p.message}`)).toEqual([
      'place: Gemeente bevat nog de tekst TODO. Vervang die door uw eigen tekst.',
      'sections.happened: Wat er gebeurde bevat nog de tekst TODO. Vervang die door uw eigen tekst.',
    ])
  })

  it('reports every problem at once, in the order of the form', () => {
    const result = validateContribution(
      { ...validContribution(), title: '', province: 'Noord Holland', period: { start: 2022, end: 2020 }, rules: ['didam-arest'], references: [{ type: 'url', url: 'http://x.nl', title: 'X' }], consent: false },
      corpus,
      t,
    )

    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => `${p.name}: ${p.message}`)).toEqual([
      'title: Vul de titel van de casus in',
      'references[0].url: Vul bij bron 1 een webadres in dat begint met https://',
      'province: Kies een provincie uit de lijst',
      'consent: Bevestig dat uw bijdrage aan de spelregels voldoet',
      'rules[0]: De regel “didam-arest” bestaat niet in Tussenruimte',
      'period.end: Het eindjaar ligt vóór het beginjaar 2022',
    ])
  })

  it('makes the file name from the title, and refuses one already in use with a free suggestion', () => {
    const made = validateContribution({ ...validContribution(), title: 'Coöperatie “IJsselĳk” in Ærø & Zoetermeer!' }, corpus, t)
    const taken = validateContribution({ ...validContribution(), slug: 'dorpshuis-voorbeeld' }, corpus, t)
    const page = validateContribution({ ...validContribution(), title: 'Over' }, corpus, t)

    expect(made.ok && made.slug).toBe('cooperatie-ijsselijk-in-aero-zoetermeer')
    expect(!taken.ok && taken.problems).toEqual([{ path: ['slug'], name: 'slug', message: 'De bestandsnaam “dorpshuis-voorbeeld” is al in gebruik. Kies een andere, bijvoorbeeld “dorpshuis-voorbeeld-2”' }])
    expect(page.ok).toBe(false)
  })

  it('speaks English to the English form', () => {
    const result = validateContribution({ ...validContribution(), place: '' }, corpus, contributeMessages.en)

    expect(!result.ok && result.problems[0]!.message).toBe('Enter the municipality where it happened')
  })
})
