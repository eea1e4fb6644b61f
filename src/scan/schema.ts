/**
 * The file format of a scan, `content/scans/<slug>.md`: YAML front matter with the questions
 * and the decision tables, and a Markdown introduction as body. Types derive from the schema.
 *
 * Conditions are kept as text here; `compileScan` (evaluate.ts) parses them and `check.ts`
 * reports each one that does not parse, with its line and column.
 */
import * as v from 'valibot'
import { EXPECTED_SEPARATOR, referenceSchema, slug } from '../content/schema.ts'

const msg = (problem: string, expected: string) => `${problem}${EXPECTED_SEPARATOR}${expected}`

/** The option every question must offer, and that in a multi question excludes the others. */
export { DONT_KNOW, DONT_KNOW_LABEL } from './dont-know.ts'

/** Statuses a rule row can give; `niet` stops the table and keeps the rule out of the result. */
export const RULE_STATUSES = ['geldt', 'grijs', 'mogelijk', 'voldaan', 'niet'] as const
export const RELEVANCES = ['relevant', 'relevant-met-waarschuwing'] as const

const text = (description: string, max = 2000) =>
  v.pipe(
    v.string(msg('is not text', 'text')),
    v.trim(),
    v.nonEmpty(msg('is empty', 'text')),
    v.maxLength(max, msg(`is longer than ${max} characters`, 'a shorter text')),
    v.description(description),
  )

const condition = (description: string) =>
  v.pipe(
    v.string(msg('is not a condition', 'a condition such as "vorm in [verkopen, verhuren]"')),
    v.trim(),
    v.nonEmpty(msg('is empty', 'a condition such as "vorm = verkopen"')),
    v.description(description),
  )

const listOf = <T extends v.GenericSchema>(item: T, description: string, min = 0) =>
  v.pipe(
    v.array(item, msg('is not a list', 'a list, such as [a, b]')),
    v.minLength(min, msg(`has fewer than ${min} item${min === 1 ? '' : 's'}`, `at least ${min}`)),
    v.description(description),
  )

const id = (description: string) => v.pipe(slug, v.description(description))
const isoDate = (description: string) =>
  v.pipe(v.string(msg('is not a date', 'an ISO date such as 2026-01-31')), v.isoDate(msg('is not a valid date', 'an ISO date such as 2026-01-31')), v.description(description))

export const optionSchema = v.strictObject({
  id: id('Id van het antwoord, kebab-case; `weet-niet` is verplicht.'),
  label: text('Het antwoord zoals de gebruiker het ziet (B1).', 300),
})

export const questionSchema = v.strictObject({
  id: id('Id van de vraag, kebab-case, uniek in de scan.'),
  type: v.pipe(v.picklist(['single', 'multi'], msg('is not a question type', 'one of: single, multi')), v.description('single: één antwoord; multi: meer antwoorden (weet-niet sluit de andere uit).')),
  text: text('De vraag (B1).', 300),
  help: v.optional(text('Uitleg onder de vraag (B1).', 1000)),
  show_if: v.optional(condition('Conditie: de vraag komt alleen als deze waar is; mag alleen naar eerdere vragen verwijzen.')),
  options: listOf(optionSchema, 'De antwoorden, met `weet-niet` ("Weet ik niet").', 2),
})

const references = (description: string, min = 0) => listOf(referenceSchema, description, min)

export const ruleRowSchema = v.strictObject({
  when: condition('Conditie van de rij; de eerste rij die klopt bepaalt de status.'),
  status: v.pipe(v.picklist(RULE_STATUSES, msg('is not a status', `one of: ${RULE_STATUSES.join(', ')}`)), v.description('geldt, grijs, mogelijk, voldaan, of niet (regel niet tonen).')),
  demand: v.optional(text('Wat de regel in deze situatie vraagt, in eigen woorden (B1).')),
  open_questions: v.optional(listOf(text('Open vraag'), 'Wat nog uitgezocht moet worden (vaak na "Weet ik niet").')),
  grey_note: v.optional(text('Waarom het recht hier niet vaststaat (verplicht bij status grijs).')),
  references: v.optional(references('Bronnen voor juist deze eis, naast de regel zelf.')),
})

export const ruleAdditionSchema = v.strictObject({
  when: condition('Conditie: voegt tekst toe als de regel al getoond wordt; verandert de status niet.'),
  demand: v.optional(text('Extra eis.')),
  open_questions: v.optional(listOf(text('Open vraag'), 'Extra open vragen.')),
  grey_note: v.optional(text('Extra grijs-toelichting.')),
  references: v.optional(references('Bronnen voor deze aanvulling.')),
})

export const scanRuleSchema = v.strictObject({
  slug: id('Slug van de regel in rules/.'),
  cumulative: v.optional(v.pipe(v.boolean(msg('is not true or false', 'true or false')), v.description('Waar: de eerste rij bepaalt de status, alle kloppende rijen tonen hun eis.'))),
  rows: listOf(ruleRowSchema, 'Rijen van boven naar beneden.', 1),
  additions: v.optional(listOf(ruleAdditionSchema, 'Aanvullingen die alleen tekst toevoegen.')),
})

export const workaroundRowSchema = v.strictObject({
  when: condition('Conditie waaronder de oplossing getoond wordt.'),
  relevance: v.pipe(v.picklist(RELEVANCES, msg('is not a relevance', `one of: ${RELEVANCES.join(', ')}`)), v.description('relevant, of relevant-met-waarschuwing (dan is warning verplicht).')),
  warning: v.optional(text('Waarschuwing die altijd bij de oplossing staat.')),
})

export const scanWorkaroundSchema = v.strictObject({
  slug: id('Slug van de oplossing in content/workarounds/.'),
  rows: listOf(workaroundRowSchema, 'Alle kloppende rijen tellen; een waarschuwing wint.', 1),
})

export const scanCaseSchema = v.strictObject({
  slug: id('Slug van de casus in content/cases/.'),
  when: condition('Conditie waaronder de casus getoond wordt.'),
})

export const signalSchema = v.strictObject({
  id: id('Id van het signaal, uniek in de scan.'),
  when: condition('Conditie waaronder het signaal getoond wordt.'),
  text: text('Tekst van het signaal (B1).'),
  rule: v.optional(id('De regel waar deze tekst over gaat (slug), als het een uitspraak over het recht is.')),
  references: v.optional(references('Bronnen voor deze tekst.')),
  scan: v.optional(id('Slug van een andere scan waarnaar het signaal verwijst.')),
})

export const parameterSchema = v.strictObject({
  key: id('Naam van de parameter; in teksten te gebruiken als {{naam}}.'),
  value: text('De waarde zoals die in de tekst komt, bijvoorbeeld "€ 300.000".', 200),
  valid_from: v.optional(isoDate('Vanaf wanneer de waarde geldt.')),
  valid_until: v.optional(isoDate('Tot en met wanneer de waarde geldt; daarna geeft de check een waarschuwing.')),
  source: referenceSchema,
})

export const scanSchema = v.strictObject({
  slug: v.optional(id('Optioneel; moet gelijk zijn aan de bestandsnaam.')),
  title: text('Titel in het Nederlands.', 200),
  title_en: text('Titel in het Engels.', 200),
  summary: text('Samenvatting (B1), hoogstens 300 tekens.', 300),
  summary_en: text('Samenvatting in het Engels, hoogstens 300 tekens.', 300),
  last_reviewed: isoDate('Datum waarop de scan voor het laatst is gecontroleerd.'),
  references: references('Bronnen van de scan als geheel.', 1),
  parameters: v.optional(listOf(parameterSchema, 'Tijdgebonden waarden (drempels, data) met hun bron.')),
  questions: listOf(questionSchema, 'De vragen, in de volgorde waarin ze komen.', 1),
  derived: v.optional(
    v.pipe(
      v.record(slug, condition('Conditie'), msg('is not a map of names to conditions', 'derived: { naam: "conditie" }')),
      v.description('Afgeleide ja/nee-waarden: naam → conditie.'),
    ),
  ),
  rules: listOf(scanRuleSchema, 'Regels met hun rijen; status(slug) mag alleen naar een eerdere regel verwijzen.', 1),
  workarounds: listOf(scanWorkaroundSchema, 'Oplossingen met hun rijen.'),
  cases: listOf(scanCaseSchema, 'Casussen met hun conditie.'),
  signals: listOf(signalSchema, 'Signalen: verwijzingen naar andere scans en losse waarschuwingen.'),
  result: v.strictObject({
    intro: text('Tekst boven de uitkomst.'),
    disclaimer: text('Tekst "Geen juridisch advies".'),
  }),
})

export type ScanMeta = v.InferOutput<typeof scanSchema>
export type QuestionMeta = v.InferOutput<typeof questionSchema>
export type ScanRuleMeta = v.InferOutput<typeof scanRuleSchema>
export type RuleStatus = (typeof RULE_STATUSES)[number]
export type Relevance = (typeof RELEVANCES)[number]
