import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_CORPUS } from '../helpers/create-test-app.ts'
import { checkWithFile } from './helpers.ts'

const base = readFileSync(join(FIXTURE_CORPUS, 'content/cases/dorpshuis-voorbeeld.md'), 'utf8')
const check = (text: string) => checkWithFile(FIXTURE_CORPUS, 'content/cases/met-todo.md', text)

describe('the placeholder check in npm run check', () => {
  it('reports each TODO once, with what belongs there, instead of the schema and link errors it causes', () => {
    const text = base
      .replace('title: Dorpshuis in een voorbeeldgemeente', 'title: TODO titel')
      .replace('province: Groningen', 'province: TODO')
      .replace('rules: [didam-arrest]', 'rules: [TODO]')
      .replace('De gemeente wilde het dorpshuis verkopen.', 'TODO beschrijf wat er gebeurde')

    expect(check(text)).toEqual([
      'content/cases/met-todo.md:2  title  still contains the placeholder "TODO"  Titel in het Nederlands. — text',
      'content/cases/met-todo.md:5  province  still contains the placeholder "TODO"  Provincie, of "landelijk". — one of: Groningen, Fryslân, Drenthe, Overijssel, Flevoland, Gelderland, Utrecht, Noord-Holland, Zuid-Holland, Zeeland, Noord-Brabant, Limburg, landelijk',
      'content/cases/met-todo.md:15  rules[0]  still contains the placeholder "TODO"  a slug such as didam-arrest',
      'content/cases/met-todo.md:29  body  still contains the placeholder "TODO"  your own text in place of the placeholder line',
    ])
  })

  it('does not report a TODO date as a date in the future', () => {
    expect(check(base.replace('last_reviewed: 2026-03-01', 'last_reviewed: TODO'))).toEqual([
      'content/cases/met-todo.md:24  last_reviewed  still contains the placeholder "TODO"  Datum waarop de inhoud voor het laatst is gecontroleerd; niet in de toekomst. — an ISO date such as 2026-01-31',
    ])
  })

  it('leaves words that merely contain the letters alone, and a finished file passes', () => {
    expect(check(base.replace('Leg criteria vooraf vast.', 'Leg de TODOlijst en de todo vast.'))).toEqual([])
  })
})
