import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../src/content/load-fs.ts'
import { formatProblem } from '../../src/content/problems.ts'
import { FIXTURE_CORPUS, REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'

const INVALID = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url))

describe('content check', () => {
  it('reports every problem at once as path:line  field  problem  expected', () => {
    const { problems } = loadContent(INVALID, TODAY)

    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/cases/Foute_Naam.md:1  file name  "Foute_Naam" is not a valid slug  lower-case words joined by hyphens, such as didam-arrest.md",
        "content/cases/Foute_Naam.md:5  province  "Noord Holland" is not an allowed value  did you mean "Noord-Holland"? (one of: Groningen, Fryslân, Drenthe, Overijssel, Flevoland, Gelderland, Utrecht, Noord-Holland, Zuid-Holland, Zeeland, Noord-Brabant, Limburg, landelijk)",
        "content/cases/Foute_Naam.md:8  period.end  2020 is before the start 2022  an end year on or after the start",
        "content/cases/Foute_Naam.md:10  initiative.kind  is missing  Soort initiatief, zoals dorpshuis of energiecoöperatie. — one of: dorpshuis, zorgcooperatie, energiecooperatie, warmtecooperatie, voedselbos, wooncooperatie, meetnet, sportvereniging, speeltuin, buurtbedrijf, natuurbeheer, cultuurplek, mobiliteit, other",
        "content/cases/Foute_Naam.md:11  initiative.legal_form  "bv" is not an allowed value  one of: stichting, cooperatie, vereniging, informal, company, other",
        "content/cases/Foute_Naam.md:14  rules[0]  links to rule "goede-regl", which does not exist  did you mean "goede-regel"?",
        "content/cases/Foute_Naam.md:15  workarounds[0]  links to workaround "bestaat-ook-niet", which does not exist  the slug of an existing workaround",
        "content/cases/Foute_Naam.md:20  references[0].id  is not a valid identifier  the form kst-36410-VII-85",
        "content/cases/Foute_Naam.md:29  body  section "## Lessen" is out of order  sections in this order: ## Wat er gebeurde, ## Waar het knelde, ## Hoe het is opgelost, ## Lessen",
        "content/workarounds/kapotte-yaml.md:2  front matter  is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  valid YAML",
        "content/workarounds/zonder-kop.md:1  front matter  is missing  the file starts with a line "---", the fields, and another "---"",
        "rules/goede-regel.md:1  -  warning: no case links to this rule yet  a case in content/cases/ that lists it under rules",
        "rules/goede-regel.md:1  -  warning: no workaround links to this rule yet  a workaround in content/workarounds/ that lists it under rules",
        "rules/goede-regel.md:2  applies_to  is missing  Wie de regel moet toepassen: gemeente, provincie, waterschap, Rijk, en waar het speelt ook initiatief, woningcorporatie of netbeheerder. — a list, such as [a, b]",
        "rules/goede-regel.md:9  related[0]  links to rule "bestaat-niet", which does not exist  the slug of an existing rule",
        "rules/kapotte-regel.md:1  -  warning: no case links to this rule yet  a case in content/cases/ that lists it under rules",
        "rules/kapotte-regel.md:1  -  warning: no workaround links to this rule yet  a workaround in content/workarounds/ that lists it under rules",
        "rules/kapotte-regel.md:2  summary  is missing  Samenvatting in gewone taal (B1), hoogstens 300 tekens. — plain text of at most 300 characters",
        "rules/kapotte-regel.md:2  applies_to  is missing  Wie de regel moet toepassen: gemeente, provincie, waterschap, Rijk, en waar het speelt ook initiatief, woningcorporatie of netbeheerder. — a list, such as [a, b]",
        "rules/kapotte-regel.md:3  sumary  is not a known field  did you mean "summary"?",
        "rules/kapotte-regel.md:4  kind  "rulin" is not an allowed value  did you mean "ruling"? (one of: ruling, law, regulation, procedure, policy)",
        "rules/kapotte-regel.md:6  domains[0]  "enery" is not an allowed value  did you mean "energy"? (one of: housing, energy, food, care, public-space, nature, data, culture, sport, mobility, economy, democracy)",
        "rules/kapotte-regel.md:9  related[0]  links to rule "didam-arest", which does not exist  the slug of an existing rule",
        "rules/kapotte-regel.md:12  references[0].id  is not a valid identifier  the form ECLI:NL:HR:2021:1778",
        "rules/kapotte-regel.md:15  references[1].url  is not an https address  an https:// address",
        "rules/kapotte-regel.md:17  last_reviewed  2030-01-01 is in the future  a date on or before 2026-12-03",
        "rules/kapotte-regel.md:22  body  contains raw HTML: <b>  Markdown only (write **bold**, [link](https://…), lists)",
        "rules/kapotte-regel.md:22  body  contains raw HTML: </b>  Markdown only (write **bold**, [link](https://…), lists)",
        "rules/kapotte-regel.md:26  body  links to an unsafe or non-https address: javascript:alert(1)  an https:// address or a path on this site such as /regels/didam-arrest",
        "rules/kapotte-regel.md:27  body  section "## Waar het knelt" is missing  sections in this order: ## Wat de regel vraagt, ## Waar het knelt, ## Tussenruimte",
      ]
    `)
  })

  it('accepts the fixture corpus without errors', () => {
    const { problems, corpus } = loadContent(FIXTURE_CORPUS, TODAY)

    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(corpus.rule.map((r) => r.slug)).toEqual(['didam-arrest', 'staatssteun-de-minimis'])
  })

  it('exits non-zero from the command line when there are errors, zero when there are none', () => {
    const run = (dir: string) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', dir], { cwd: REPO_ROOT, encoding: 'utf8' }) }
      } catch (error) {
        const e = error as { status: number; stdout: string }
        return { code: e.status, out: e.stdout }
      }
    }

    const bad = run(INVALID)
    const good = run(FIXTURE_CORPUS)

    expect(bad.code).toBe(1)
    expect(bad.out).toContain('rules/kapotte-regel.md:4  kind  "rulin" is not an allowed value')
    expect(bad.out).toContain('26 errors, 4 warnings')
    expect(good.code).toBe(0)
  })
})
