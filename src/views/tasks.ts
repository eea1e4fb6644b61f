/**
 * The task entries on the home page, per audience: the civil servant who has to decide something
 * (each task leads into the Regelscan for it) and the initiative that runs into a rule (each
 * task opens the rules, workarounds and cases for it).
 */
import { contentIsForeign } from '../i18n/content-text.ts'
import { CONTENT_LANG } from '../i18n/languages.ts'
import type { Label, Lang } from '../content/taxonomy.ts'
import { pathsOf } from '../paths.ts'
import type { Filters } from '../search/engine.ts'
import { toQueryString } from '../search/params.ts'

export interface Task {
  label: Label
  href: (lang: Lang) => string
  /** Language of the page the task leads to, when it is not the interface language. */
  hrefLang?: (lang: Lang) => Lang | undefined
}

export interface Audience {
  key: string
  heading: Label
  intro: Label
  tasks: Task[]
}

/** The Regelscan for a task: a short set of questions that names the rules that apply (Dutch only). */
const scan = (slug: string, label: Label): Task => ({ label, href: () => `/regelscan/${slug}`, hrefLang: (lang) => (contentIsForeign(lang) ? CONTENT_LANG : undefined) })
const search = (filters: Filters, label: Label): Task => ({ label, href: (lang) => pathsOf(lang).search + toQueryString({ filters }) })

export const audiences: Audience[] = [
  {
    key: 'government',
    heading: { nl: 'Ik werk bij een overheid', en: 'I work for a public body' },
    intro: { nl: 'Beantwoord een paar vragen en zie welke regels gelden en welke ruimte er is.', en: 'Answer a few questions and see which rules apply and where the room is.' },
    tasks: [
      scan('grond-of-gebouw', { nl: 'Grond of een gebouw verkopen, verhuren of in gebruik geven aan een initiatief', en: 'Sell, let or lend land or a building to an initiative' }),
      scan('initiatief-betalen', { nl: 'Een initiatief betalen: subsidie, opdracht of bijdrage', en: 'Pay an initiative: subsidy, contract or contribution' }),
      scan('taak-overdragen', { nl: 'Een taak overdragen aan een initiatief', en: 'Hand a task over to an initiative' }),
      scan('samen-energie', { nl: 'Een energiecoöperatie of warmte-initiatief ondersteunen', en: 'Support an energy or heat cooperative' }),
      scan('samen-meten', { nl: 'Samen met inwoners meten en gegevens delen', en: 'Measure and share data together with residents' }),
    ],
  },
  {
    key: 'initiative',
    heading: { nl: 'Ik zit in een initiatief', en: 'I am part of an initiative' },
    intro: { nl: 'Zie welke regel u tegenhoudt, hoe anderen erdoorheen kwamen en wat u de overheid kunt voorleggen.', en: 'See which rule stops you, how others got through and what you can put to the government.' },
    tasks: [
      search({ instrument: ['property'] }, { nl: 'Wij willen grond of een gebouw van de gemeente gebruiken', en: 'We want to use land or a building owned by the municipality' }),
      search({ instrument: ['procurement'] }, { nl: 'Wij willen een taak van de gemeente overnemen', en: 'We want to take over a task from the municipality' }),
      search({ instrument: ['subsidy'] }, { nl: 'Wij krijgen subsidie en lopen tegen de voorwaarden aan', en: 'We receive a subsidy and run into its conditions' }),
      search({ domain: ['energy'] }, { nl: 'Wij willen samen energie opwekken of delen', en: 'We want to generate or share energy together' }),
      search({ domain: ['data'] }, { nl: 'Wij meten en delen data', en: 'We measure and share data' }),
      search({ domain: ['housing'] }, { nl: 'Wij willen samen wonen', en: 'We want to live together' }),
    ],
  },
]
