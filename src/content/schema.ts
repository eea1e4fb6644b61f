/**
 * The content model: one valibot schema per kind of entry. Types are derived from these
 * schemas; the validator, the contribution form, the field table in CONTRIBUTING.md and the
 * OpenAPI descriptions all read the `description` given here.
 *
 * Messages are written for contributors. A message may carry what would be right after a
 * `EXPECTED_SEPARATOR`; `splitMessage` takes the two apart.
 */
import * as v from 'valibot'
import {
  appliesTo,
  barriers,
  certainties,
  domains,
  initiativeKinds,
  instruments,
  legalForms,
  levels,
  outcomes,
  provinces,
  ruleKinds,
  statuses,
} from './taxonomy.ts'
import { identifierPatterns } from './identifiers.ts'

export const EXPECTED_SEPARATOR = '\u001f'
const msg = (problem: string, expected: string) => `${problem}${EXPECTED_SEPARATOR}${expected}`

/** Splits a schema message into what is wrong and what would be right. */
export function splitMessage(message: string): { problem: string; expected: string } {
  const [problem = message, expected = ''] = message.split(EXPECTED_SEPARATOR)
  return { problem, expected }
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SUMMARY_MAX = 300

const text = (description: string) =>
  v.pipe(
    v.string(msg('is not text', 'text')),
    v.trim(),
    v.nonEmpty(msg('is empty', 'text')),
    v.maxLength(2000, msg('is longer than 2000 characters', 'a shorter text')),
    v.description(description),
  )

const summary = (description: string) =>
  v.pipe(
    v.string(msg('is not text', `plain text of at most ${SUMMARY_MAX} characters`)),
    v.trim(),
    v.nonEmpty(msg('is empty', `plain text of at most ${SUMMARY_MAX} characters`)),
    v.maxLength(SUMMARY_MAX, (issue) =>
      msg(`is ${issue.received.replace(/\D/g, '')} characters long`, `at most ${SUMMARY_MAX} characters`),
    ),
    v.description(description),
  )

const isoDate = (description: string) =>
  v.pipe(
    v.string(msg('is not a date', 'an ISO date such as 2026-01-31')),
    v.isoDate(msg('is not a valid date', 'an ISO date such as 2026-01-31')),
    v.description(description),
  )

const year = (description: string) =>
  v.pipe(
    v.number(msg('is not a year', 'a year such as 2021')),
    v.integer(msg('is not a whole year', 'a year such as 2021')),
    v.minValue(1900, msg('is before 1900', 'a year from 1900 on')),
    v.maxValue(2100, msg('is after 2100', 'a real year')),
    v.description(description),
  )

export const slug = v.pipe(
  v.string(msg('is not a slug', 'a slug such as didam-arrest')),
  v.regex(SLUG_PATTERN, msg('is not a valid slug', 'lower-case words joined by hyphens, such as didam-arrest')),
)

/** A value from one of the taxonomy's vocabularies; unknown values get a close match in the message. */
const oneOf = <K extends string>(vocab: { keys: [K, ...K[]] }, description: string) =>
  v.pipe(v.picklist(vocab.keys, msg('is not an allowed value', `one of: ${vocab.keys.join(', ')}`)), v.description(description))

const listOf = <T extends v.GenericSchema>(item: T, description: string, min = 0) =>
  v.pipe(
    v.array(item, msg('is not a list', 'a list, such as [a, b]')),
    v.minLength(min, msg(`has fewer than ${min} item${min === 1 ? '' : 's'}`, `at least ${min}`)),
    v.description(description),
  )

const slugList = (description: string, min = 0) => listOf(slug, description, min)

const idOf = (pattern: RegExp, example: string) =>
  v.pipe(v.string(msg('is not text', example)), v.trim(), v.regex(pattern, msg('is not a valid identifier', `the form ${example}`)))

const refTitle = text('Titel van de bron zoals een lezer die herkent.')

/** A source: a ruling, an act, EU law, a local regulation, an official publication or a web page. */
export const referenceSchema = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('ecli'), id: idOf(identifierPatterns.ecli, 'ECLI:NL:HR:2021:1778'), title: refTitle }),
    v.strictObject({
      type: v.literal('bwb'),
      id: idOf(identifierPatterns.bwb, 'BWBR0005537'),
      article: v.optional(
        v.pipe(
          v.union([v.string(), v.number()], msg('is not an article number', 'an article such as 4:51 or 2.82')),
          v.transform(String),
          v.regex(/^[0-9A-Za-z.:]+$/, msg('is not an article number', 'an article such as 4:51 or 2.82')),
        ),
      ),
      title: refTitle,
    }),
    v.strictObject({ type: v.literal('celex'), id: idOf(identifierPatterns.celex, '32014L0024'), title: refTitle }),
    v.strictObject({ type: v.literal('cvdr'), id: idOf(identifierPatterns.cvdr, 'CVDR740524'), title: refTitle }),
    v.strictObject({ type: v.literal('kamerstuk'), id: idOf(identifierPatterns.kamerstuk, 'kst-36410-VII-85'), title: refTitle }),
    v.strictObject({
      type: v.literal('url'),
      url: v.pipe(
        v.string(msg('is not text', 'an https:// address')),
        v.trim(),
        v.url(msg('is not a web address', 'an https:// address')),
        v.startsWith('https://', msg('is not an https address', 'an https:// address')),
      ),
      title: refTitle,
      publisher: v.optional(text('Uitgever of organisatie achter de pagina.')),
      date: v.optional(isoDate('Publicatiedatum van de pagina.')),
    }),
  ],
  msg('has an unknown reference type', 'type: one of ecli, bwb, celex, cvdr, kamerstuk, url'),
)

const references = listOf(referenceSchema, 'Bronnen: uitspraken, wetten, Europese regels, officiële publicaties of webpagina’s.', 1)

/** Fields every entry has. */
const common = {
  slug: v.optional(v.pipe(slug, v.description('Optioneel; moet gelijk zijn aan de bestandsnaam.'))),
  title: text('Titel in het Nederlands.'),
  title_en: v.optional(text('Titel in het Engels.')),
  summary: summary('Samenvatting in gewone taal (B1), hoogstens 300 tekens.'),
  summary_en: v.optional(summary('Samenvatting in het Engels, hoogstens 300 tekens.')),
  aliases: v.optional(listOf(text('Andere naam'), 'Andere namen en afkortingen waarop mensen zoeken.')),
  references,
  last_reviewed: isoDate('Datum waarop de inhoud voor het laatst is gecontroleerd; niet in de toekomst.'),
}

export const ruleSchema = v.strictObject({
  ...common,
  kind: oneOf(ruleKinds, 'Soort regel.'),
  levels: listOf(oneOf(levels, 'Bestuurslaag'), 'Bestuurslagen waar de regel vandaan komt.', 1),
  domains: listOf(oneOf(domains, 'Domein'), 'Domeinen waarin de regel knelt.', 1),
  instruments: listOf(oneOf(instruments, 'Instrument'), 'Instrumenten waar de regel over gaat.', 1),
  applies_to: listOf(oneOf(appliesTo, 'Gebonden partij'), 'Wie de regel moet toepassen: gemeente, provincie, waterschap, Rijk, en waar het speelt ook initiatief, woningcorporatie of netbeheerder.', 1),
  status: oneOf(statuses, 'Of de regel geldt, verandert of vervallen is.'),
  changes: v.optional(text('Wat er verandert: wetsvoorstellen, nieuwe uitspraken.')),
  related: v.optional(slugList('Regels die met deze regel samenhangen (slugs).')),
  review_by: v.optional(isoDate('Datum waarna de inhoud opnieuw bekeken moet worden.')),
})

export const workaroundSchema = v.strictObject({
  ...common,
  rules: slugList('Regels waar deze oplossing ruimte in vindt (slugs).', 1),
  certainty: oneOf(certainties, 'Hoe zeker de oplossing is.'),
  conditions: listOf(text('Voorwaarde'), 'Voorwaarden waaronder de oplossing werkt.'),
  risks: listOf(text('Risico'), 'Risico’s van de oplossing.'),
})

export const caseSchema = v.strictObject({
  ...common,
  place: text('Gemeente waar het speelde.'),
  province: oneOf(provinces, 'Provincie, of "landelijk".'),
  period: v.pipe(
    v.strictObject(
    {
      start: year('Beginjaar.'),
      end: v.optional(year('Eindjaar; weglaten als het nog loopt of onbekend is.')),
    },
    msg('is not a period', 'period: { start: 2019, end: 2022 }'),
    ),
    v.description('Periode van de casus: beginjaar en, als het voorbij is, eindjaar.'),
  ),
  initiative: v.pipe(
    v.strictObject(
    {
      name: text('Naam van het initiatief (een organisatie, nooit een privépersoon).'),
      legal_form: oneOf(legalForms, 'Rechtsvorm van het initiatief.'),
      kind: oneOf(initiativeKinds, 'Soort initiatief, zoals dorpshuis of energiecoöperatie.'),
    },
    msg('is not an initiative', 'initiative: { name: …, legal_form: stichting }'),
    ),
    v.description('Het initiatief: naam, rechtsvorm en soort.'),
  ),
  public_bodies: listOf(text('Overheid'), 'Betrokken overheden en publieke organisaties.'),
  domains: listOf(oneOf(domains, 'Domein'), 'Domeinen van de casus.', 1),
  rules: slugList('Regels die de casus raakte (slugs).', 1),
  workarounds: slugList('Gebruikte oplossingen (slugs); mag leeg zijn.'),
  outcome: oneOf(outcomes, 'Hoe het afliep.'),
  turnaround: v.optional(v.pipe(v.boolean(msg('is not true or false', 'true or false')), v.description('Waar als het eerste antwoord nee was en later toch een weg is gevonden.'))),
  barrier: oneOf(barriers, 'Wat voor blokkade het bleek te zijn.'),
  contributors: v.optional(listOf(text('Bijdrager'), 'Organisaties die de casus aanleverden.')),
})

export const pageSchema = v.strictObject({
  slug: common.slug,
  title: common.title,
  title_en: common.title_en,
  summary: common.summary,
  summary_en: common.summary_en,
  last_reviewed: common.last_reviewed,
})

export type Reference = v.InferOutput<typeof referenceSchema>
export type RuleMeta = v.InferOutput<typeof ruleSchema>
export type WorkaroundMeta = v.InferOutput<typeof workaroundSchema>
export type CaseMeta = v.InferOutput<typeof caseSchema>
export type PageMeta = v.InferOutput<typeof pageSchema>
