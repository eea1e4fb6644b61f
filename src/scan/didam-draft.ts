/**
 * A draft text for publishing the intention to sell or let to the one serious candidate (the
 * exception in the Didam rulings), filled in from the answers of the scan grond-of-gebouw. It
 * says no more than the rule entry didam-arrest does: when objective, testable and reasonable
 * criteria show that only one party qualifies, no selection is needed, but the intention must
 * be made public in time, with reasons, before the contract is signed.
 */
import type { Answers } from './evaluate.ts'

export interface DraftText {
  intro: string
  title: string
  paragraphs: { heading?: string; text: string }[]
}

/** The scan, the rule and the answer that lead to the route "one serious candidate". */
export const DIDAM_SCAN = 'grond-of-gebouw'
const DIDAM_RULE = 'didam-arrest'
const ONE_CANDIDATE = { question: 'gegadigden', option: 'een-objectief' }

const verbs: Record<string, string> = {
  verkopen: 'te verkopen',
  verhuren: 'te verhuren',
  erfpacht: 'in erfpacht uit te geven',
  pacht: 'te verpachten',
  bruikleen: 'in bruikleen te geven',
  opstal: 'een recht van opstal te geven op',
  ruil: 'te ruilen',
}
const nouns: Record<string, string> = {
  verkopen: 'verkoop',
  verhuren: 'verhuur',
  erfpacht: 'uitgifte in erfpacht',
  pacht: 'verpachting',
  bruikleen: 'bruikleen',
  opstal: 'vestiging van een recht van opstal',
  ruil: 'ruil',
}
const durations: Record<string, string> = {
  kort: 'De overeenkomst geldt voor een jaar of korter.',
  middel: 'De overeenkomst geldt voor langer dan een jaar en ten hoogste zes jaar, verlengingen meegeteld: [looptijd].',
  lang: 'De overeenkomst geldt voor langer dan zes jaar of zonder einddatum: [looptijd].',
}
const prices: Record<string, string> = {
  marktconform: 'De prijs is de marktprijs, vastgesteld door [taxateur] op [datum van de taxatie], vóór de onderhandelingen.',
  'onder-markt': 'De vergoeding ligt onder de marktprijs: [bedrag en hoe het is bepaald]. [Leg apart vast waarom dat mag; dat is een andere toets dan de keuze van de partij.]',
}
const policies: Record<string, string> = {
  'ja-past': 'De criteria volgen uit [naam van het beleid], vastgesteld door [de raad of het college] op [datum], te vinden op [vindplaats]. Dat beleid bestond al voordat deze uitgifte speelde.',
  'ja-past-niet': 'De criteria zijn: [criteria]. [Het bestaande beleid dekt deze uitgifte niet. Leg daarom extra zorgvuldig uit waar de criteria vandaan komen en waarom ze niet voor deze ene partij zijn bedacht.]',
  nee: 'De criteria zijn: [criteria]. [Er is geen vastgesteld beleid. Leg daarom extra zorgvuldig uit waar de criteria vandaan komen en waarom ze niet voor deze ene partij zijn bedacht.]',
}

const one = (a: string | string[] | undefined) => (Array.isArray(a) ? a[0] : a)

/** The draft, when the answers lead to the one-serious-candidate route of grond-of-gebouw. */
export function didamDraft(scanSlug: string, answers: Answers, result: { rules: { slug: string }[] }): DraftText | undefined {
  if (scanSlug !== DIDAM_SCAN || one(answers[ONE_CANDIDATE.question]) !== ONE_CANDIDATE.option) return undefined
  if (!result.rules.some((r) => r.slug === DIDAM_RULE)) return undefined
  const form = one(answers.vorm) ?? ''
  const verb = verbs[form] ?? 'uit te geven'
  const noun = nouns[form] ?? 'uitgifte'
  const deal = [durations[one(answers.looptijd) ?? ''], prices[one(answers.prijs) ?? '']].filter(Boolean).join(' ')
  const criteria = policies[one(answers.beleid) ?? ''] ?? 'De criteria zijn: [criteria, en waar ze vandaan komen].'
  return {
    intro: 'Een concept om aan te passen. Vul de gegevens tussen [haken] in en laat de tekst toetsen voordat u hem publiceert. Publiceer ruim vóór het sluiten van de overeenkomst, zo dat iedereen het voornemen kan kennen.',
    title: `Voornemen tot ${noun} van [object] aan [naam van het initiatief]`,
    paragraphs: [
      {
        text: `[Naam van de overheid] is van plan [object: adres of kadastrale aanduiding, oppervlakte] ${verb} aan [naam en rechtsvorm van het initiatief].${deal ? ` ${deal}` : ''}`,
      },
      {
        heading: 'Waarom alleen deze partij in aanmerking komt',
        text: `Wij zijn van oordeel dat op grond van objectieve, toetsbare en redelijke criteria maar één serieuze gegadigde in aanmerking komt. ${criteria} [Naam van het initiatief] voldoet daaraan omdat [feiten die een buitenstaander kan controleren]. Of er andere gegadigden zijn, hebben wij nagegaan door [hoe: bijvoorbeeld een marktverkenning of een eerdere openbare oproep].`,
      },
      {
        heading: 'Reageren',
        text: 'Vindt u dat u ook een serieuze gegadigde bent, of bent u het oneens met dit voornemen? Laat het ons dan vóór [datum] weten via [contactgegevens]. Wij sluiten de overeenkomst niet vóór die datum. [Kies een redelijke termijn; de Hoge Raad noemt geen vast aantal dagen.] Blijkt er meer dan één serieuze gegadigde te zijn, dan geven wij alle gegadigden een kans in een openbare selectie, met criteria en een tijdpad die wij vooraf bekendmaken.',
      },
      { heading: 'Datum en contact', text: 'Gepubliceerd op [datum] in [het elektronische gemeenteblad, provincieblad of waterschapsblad, en op de eigen website]. Contact: [functie en e-mailadres].' },
    ],
  }
}
