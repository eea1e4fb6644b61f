/**
 * Links both ways (#14): a body that names another entry links it, a case records the
 * workarounds its body links, and a workaround a rule links names that rule.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MASK, scanBody } from '../../src/content/body-links.ts'
import { loadContent } from '../../src/content/load-fs.ts'
import { checkBodyLinks } from '../../src/content/mentions.ts'
import type { RawDocument } from '../../src/content/parse.ts'
import { formatProblem } from '../../src/content/problems.ts'
import { TODAY } from '../helpers/create-test-app.ts'

const LINKS = fileURLToPath(new URL('../fixtures/links/', import.meta.url))

describe('the link check on the fixture corpus', () => {
  const { problems } = loadContent(LINKS, TODAY)
  const bodyWarnings = problems.filter((p) => p.field === 'body').map(formatProblem)

  it('warns about each missed link at path:line, and nothing else', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(bodyWarnings).toEqual([
      'content/cases/dorpshuis-voorbeeld.md:38  body  warning: links workaround "openbare-selectie", which is missing from workarounds  "openbare-selectie" in workarounds, if the case used it',
      'content/cases/zonnedak-voorbeeld.md:27  body  warning: mentions "Dorpshuis Voorbeeld" without linking it  [Dorpshuis Voorbeeld](/casussen/dorpshuis-voorbeeld)',
      'content/cases/zonnedak-voorbeeld.md:32  body  warning: mentions "de-minimis" without linking it  [de-minimis](/regels/staatssteun-de-minimis)',
      'rules/didam-arrest.md:29  body  warning: links workaround "openbare-selectie", which does not list this rule in rules  "didam-arrest" in rules of content/workarounds/openbare-selectie.md, if the workaround applies to this rule',
      'rules/staatssteun-de-minimis.md:20  body  warning: mentions "Didam-regels" without linking it  [Didam-regels](/regels/didam-arrest)',
    ])
    expect(problems.filter((p) => p.field === 'body').every((p) => p.severity === 'warning')).toBe(true)
  })

  it('does not warn about a mention once the body links that entry, nor inside a link or code', () => {
    // enige-serieuze-gegadigde.md links the Didam-arrest, then names it again; "staatssteun" is in
    // the text of an outside link and a code span; openbare-selectie.md has "DAEB-de-minimis".
    expect(bodyWarnings.filter((w) => w.startsWith('content/workarounds/'))).toEqual([])
  })

  it('does not warn about a linked workaround that the case lists or that lists the rule, nor about one linked outside the sections that claim it', () => {
    // The zonnedak case links it under "Lessen" without listing it; the staatssteun rule links it under "Waar het knelt".
    expect(bodyWarnings.join('\n')).not.toContain('"enige-serieuze-gegadigde"')
  })
})

const doc = (kind: RawDocument['kind'], slug: string, data: Record<string, unknown>, body: string): RawDocument => ({
  kind,
  slug,
  file: `${kind}/${slug}.md`,
  data,
  lineOf: () => 1,
  body,
  bodyLine: 10,
})
const mentions = (documents: RawDocument[]) => checkBodyLinks(documents).map((p) => `${p.file}:${p.line} ${p.problem}`)

describe('mentions of other entries', () => {
  it('matches an abbreviation in capitals only, so "was 2023" is not "WAS 2023"', () => {
    const rule = doc('rule', 'speeltoestellen', { title: 'Veiligheid van speeltoestellen', aliases: ['WAS 2023 speeltoestellen'] }, '')

    expect(mentions([rule, doc('case', 'a', { title: 'Casus A' }, 'Het was 2023 speeltoestellen.')])).toEqual([])
    expect(mentions([rule, doc('case', 'a', { title: 'Casus A' }, 'Het WAS 2023 speeltoestellen.')])).toEqual(['case/a.md:10 mentions "WAS 2023 speeltoestellen" without linking it'])
  })

  it('skips a name that two entries carry, unless it is the full title of one of them', () => {
    const house = doc('workaround', 'open-house', { title: 'Open House', rules: [] }, '')
    const sas = doc('rule', 'sas', { title: 'Sociale diensten', aliases: ['Open House', 'lichte regime diensten'] }, '')
    const other = doc('rule', 'ander', { title: 'Andere regel', aliases: ['lichte regime diensten'] }, '')
    const text = doc('case', 'a', { title: 'Casus A' }, 'Via Open House en het lichte regime diensten.')

    expect(mentions([house, sas, other, text])).toEqual(['case/a.md:10 mentions "Open House" without linking it'])
  })

  it('does not read the aliases of cases, nor aliases that share no word with the title', () => {
    const place = doc('case', 'noorderpark', { title: 'Stichting Noorderpark en de parapluvergunning', aliases: ['Amsterdam-Noord'] }, '')
    const rule = doc('rule', 'didam-arrest', { title: 'Didam-arrest', aliases: ['gelijke kansen'] }, '')
    const text = doc('rule', 'x', { title: 'Een regel' }, 'In Amsterdam-Noord gelden gelijke kansen.')

    expect(mentions([place, rule, text])).toEqual([])
  })

  it('counts a link to the English page as a link, ignores headings and gives the line of a mention across lines', () => {
    const rule = doc('rule', 'didam-arrest', { title: 'Didam-arrest (Didam I en II)' }, '')
    const linkedInEnglish = doc('workaround', 'w', { title: 'Iets', rules: [] }, 'Zie het [arrest](/en/rules/didam-arrest). Het Didam-arrest geldt.')
    const inHeading = doc('workaround', 'v', { title: 'Iets anders', rules: [] }, '## Het Didam-arrest\n\nTekst.')
    const acrossLines = doc('case', 'c', { title: 'Casus C' }, 'Eerste regel.\nHier geldt het Didam-arrest (Didam I\nen II) ook.')

    expect(mentions([rule, linkedInEnglish, inHeading, acrossLines])).toEqual(['case/c.md:11 mentions "Didam-arrest (Didam I en II)" without linking it'])
  })
})

describe('scanBody', () => {
  it('finds links outside code and masks link text, code and headings in place', () => {
    const body = '## Kop\n\nZie [Didam](/regels/didam-arrest) en `[geen](/regels/x)`.\n'
    const { prose, links } = scanBody(body)

    expect(links).toEqual([{ href: '/regels/didam-arrest', index: body.indexOf('[Didam]') }])
    expect(prose).toHaveLength(body.length)
    expect(prose.split('\n').length).toBe(body.split('\n').length)
    expect(prose.replaceAll(MASK, '')).toBe('\n\nZie  en .\n')
  })
})
