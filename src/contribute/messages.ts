/**
 * Interface text of the contribution form, in Dutch and English. Kept out of the shared
 * catalogue (src/views/messages.ts) because the form's island ships these strings to the
 * browser; every value is a plain string (placeholders in braces, filled by `fmt`) so that
 * the server can hand one language to the island as JSON (the island imports only types from
 * here, and `fmt` from its own module, so neither language is bundled).
 */
import type { BuiltinLang, Lang } from '../i18n/languages.ts'

export { fmt } from './fmt.ts'

/** Form-level field keys: a form control name without its row number. */
export type FieldKey =
  | 'title'
  | 'title_en'
  | 'summary'
  | 'summary_en'
  | 'slug'
  | 'place'
  | 'province'
  | 'period.start'
  | 'period.end'
  | 'initiative.name'
  | 'initiative.legal_form'
  | 'initiative.kind'
  | 'public_bodies'
  | 'domains'
  | 'rules'
  | 'workarounds'
  | 'outcome'
  | 'barrier'
  | 'turnaround'
  | 'aliases'
  | 'contributors'
  | 'references'
  | 'references.type'
  | 'references.id'
  | 'references.title'
  | 'references.article'
  | 'references.publisher'
  | 'references.date'
  | 'sections.happened'
  | 'sections.friction'
  | 'sections.resolution'
  | 'sections.lessons'
  | 'consent'

export interface FieldText {
  label: string
  hint?: string
  /** Message when the field is empty or missing. */
  required?: string
  /** Message when the value has the wrong form. */
  invalid?: string
}

/** Checks that every field has its text, and types the result as a lookup by FieldKey. */
const defineFields = (fields: Record<FieldKey, FieldText>) => fields

const nl = {
  lang: 'nl' as Lang,
  title: 'Een casus bijdragen',
  lead: 'Beschrijf uw casus in vijf korte stappen. Daarna controleert u uw antwoorden en verstuurt u ze naar de redactie; een account heeft u niet nodig. Er wordt niets opgeslagen of verstuurd voordat u dat zelf doet.',
  contentIsDutch: '',
  formHeadingEdit: 'Iets aanpassen?',
  formEditIntro: 'Wijzig het formulier hieronder en controleer het opnieuw. U krijgt dan een nieuw bestand.',
  optional: '(niet verplicht)',
  groups: {
    about: 'Over de casus',
    where: 'Waar en wanneer',
    initiative: 'Het initiatief',
    links: 'Regels en oplossingen',
    outcome: 'Hoe het afliep',
    references: 'Bronnen',
    story: 'Het verhaal',
    extra: 'Aanvullend',
    consent: 'Spelregels',
  },
  groupHints: {
    references: 'Elk feit moet terug te vinden zijn in een bron: een uitspraak, een wet, een officiële publicatie of een webpagina. Lege rijen worden overgeslagen.',
    story: 'Schrijf in uw eigen woorden en in gewone taal. Noem organisaties en overheden, nooit namen van bewoners of andere privépersonen. U mag eenvoudige Markdown gebruiken: **vet**, lijstjes met een streepje en links die met https:// beginnen.',
    extra: 'Deze velden mag u leeg laten.',
  },
  referenceRow: 'Bron {n}',
  addReference: 'Nog een bron toevoegen',
  submit: 'Controleren',
  chooseProvince: 'Kies een provincie',
  summaryCount: 'Hoogstens {max} tekens; u heeft er nu {n}.',
  fields: defineFields({
    title: { label: 'Titel', hint: 'Kort en herkenbaar, bijvoorbeeld “Dorpshuis Oldenzijl en de gemeente Het Hogeland”.', required: 'Vul de titel van de casus in' },
    title_en: { label: 'Titel in het Engels' },
    summary: { label: 'Samenvatting', hint: 'Twee of drie zinnen in gewone taal: wie wilde wat, welke regel speelde, hoe liep het af?', required: 'Vul een samenvatting in' },
    summary_en: { label: 'Samenvatting in het Engels' },
    slug: {
      label: 'Bestandsnaam',
      hint: 'Laat leeg om hem uit de titel te maken. Alleen kleine letters, cijfers en streepjes, zoals dorpshuis-oldenzijl.',
      invalid: 'Gebruik voor de bestandsnaam alleen kleine letters, cijfers en streepjes, zoals dorpshuis-oldenzijl',
    },
    place: { label: 'Gemeente', hint: 'De gemeente waar het speelde.', required: 'Vul de gemeente in waar het speelde' },
    province: { label: 'Provincie', hint: 'Kies “Landelijk” als het in het hele land speelde.', required: 'Kies de provincie', invalid: 'Kies een provincie uit de lijst' },
    'period.start': { label: 'Beginjaar', hint: 'Bijvoorbeeld 2021.', required: 'Vul het beginjaar in', invalid: 'Vul het beginjaar in als jaartal, zoals 2021' },
    'period.end': { label: 'Eindjaar', hint: 'Laat leeg als het nog loopt.', invalid: 'Vul het eindjaar in als jaartal, zoals 2023, of laat het leeg' },
    'initiative.name': { label: 'Naam van het initiatief', hint: 'Een organisatie of groep, nooit een privépersoon.', required: 'Vul de naam van het initiatief in' },
    'initiative.legal_form': { label: 'Rechtsvorm', required: 'Kies de rechtsvorm van het initiatief', invalid: 'Kies een rechtsvorm uit de lijst' },
    'initiative.kind': { label: 'Soort initiatief', hint: 'Waar lijkt het initiatief het meest op?', required: 'Kies het soort initiatief', invalid: 'Kies een soort initiatief uit de lijst' },
    public_bodies: { label: 'Betrokken overheden', hint: 'Eén per regel, bijvoorbeeld “Gemeente Het Hogeland”.' },
    domains: { label: 'Domeinen', hint: 'Kies er een of meer.', required: 'Kies ten minste één domein', invalid: 'Kies domeinen uit de lijst' },
    rules: { label: 'Regels', hint: 'Welke regels kwam het initiatief tegen? Kies er een of meer.', required: 'Kies ten minste één regel die de casus raakte', invalid: 'Kies regels uit de lijst' },
    workarounds: { label: 'Oplossingen', hint: 'Welke oplossingen zijn gebruikt? Laat leeg als er geen was.', invalid: 'Kies oplossingen uit de lijst' },
    outcome: { label: 'Afloop', required: 'Kies hoe het afliep', invalid: 'Kies een afloop uit de lijst' },
    barrier: { label: 'Wat voor blokkade was het?', required: 'Kies wat voor blokkade het bleek te zijn', invalid: 'Kies een soort blokkade uit de lijst' },
    turnaround: { label: 'Eerst nee, later toch gelukt', hint: 'Vink aan als het eerste antwoord nee was en er later toch een weg is gevonden.', invalid: 'Vink aan of laat leeg' },
    aliases: { label: 'Andere namen', hint: 'Namen of afkortingen waarop mensen zoeken, één per regel.' },
    contributors: { label: 'Aangeleverd door', hint: 'Organisaties die de casus aanleverden, één per regel. Geen namen van privépersonen.' },
    references: { label: 'Bronnen', required: 'Voeg ten minste één bron toe' },
    'references.type': { label: 'Soort bron', required: 'Kies bij bron {n} de soort bron', invalid: 'Kies bij bron {n} een soort bron uit de lijst' },
    'references.id': {
      label: 'Webadres of code',
      hint: 'Een webadres dat begint met https://, of de code: ECLI (uitspraak), BWBR… (wet), CELEX (EU), CVDR… (lokale regel) of kst-… (officiële publicatie).',
      required: 'Vul bij bron {n} het webadres of de code in',
      invalid: 'Vul bij bron {n} een geldige code in voor {type}, zoals {example}',
    },
    'references.title': { label: 'Titel van de bron', required: 'Vul bij bron {n} de titel van de bron in' },
    'references.article': { label: 'Artikel', hint: 'Alleen bij een wet, bijvoorbeeld 4:51.', invalid: 'Vul bij bron {n} een artikelnummer in, zoals 4:51 of 2.82' },
    'references.publisher': { label: 'Uitgever', hint: 'Alleen bij een webpagina.' },
    'references.date': { label: 'Datum', hint: 'Alleen bij een webpagina, als JJJJ-MM-DD.', invalid: 'Vul bij bron {n} de datum in als JJJJ-MM-DD, zoals 2024-03-01' },
    'sections.happened': { label: 'Wat er gebeurde', hint: 'Wie wilde wat, met welke overheid, en wanneer?', required: 'Beschrijf wat er gebeurde' },
    'sections.friction': { label: 'Waar het knelde', hint: 'Welke regel stond in de weg, en hoe?', required: 'Beschrijf waar het knelde' },
    'sections.resolution': { label: 'Hoe het is opgelost', hint: 'Of waarom het niet lukte.', required: 'Beschrijf hoe het is opgelost, of waarom niet' },
    'sections.lessons': { label: 'Lessen', hint: 'Wat kunnen anderen hiervan leren?', required: 'Beschrijf de lessen' },
    consent: {
      label: 'Ik bevestig: de tekst is in mijn eigen woorden, bevat geen persoonsgegevens van privépersonen, het initiatief vindt het goed dat het bij naam genoemd wordt, en ik deel de tekst onder de licentie CC BY-SA 4.0.',
      required: 'Bevestig dat uw bijdrage aan de spelregels voldoet',
    },
  }),
  errors: {
    summaryHeading: 'Er is een probleem',
    tooLong: '{label} mag hoogstens {max} tekens hebben; nu zijn het er {n}',
    requiredGeneric: '{label} ontbreekt',
    invalidGeneric: '{label} klopt niet',
    unknownField: 'Onbekend veld: {name}',
    html: '{label} bevat HTML-code zoals <b> of <script>. Schrijf gewone tekst.',
    unsafeLink: '{label} bevat een link of webadres dat niet met https:// begint. Gebruik alleen links die met https:// beginnen.',
    codeBlock: '{label} bevat een codeblok (``` of ~~~). Schrijf gewone tekst.',
    placeholder: '{label} bevat nog de tekst TODO. Vervang die door uw eigen tekst.',
    ruleUnknown: 'De regel “{slug}” bestaat niet in Tussenruimte',
    workaroundUnknown: 'De oplossing “{slug}” bestaat niet in Tussenruimte',
    slugTaken: 'De bestandsnaam “{slug}” is al in gebruik. Kies een andere, bijvoorbeeld “{suggestion}”',
    slugMissing: 'Vul een bestandsnaam in; uit deze titel is er geen te maken',
    endBeforeStart: 'Het eindjaar ligt vóór het beginjaar {start}',
    onlyBwb: 'Een artikel hoort alleen bij een wet (BWB). Maak het artikel bij bron {n} leeg, of kies als soort “Wet (BWB)”',
    onlyUrl: '{label} hoort alleen bij een webpagina. Maak het veld bij bron {n} leeg, of kies als soort “Webpagina”',
    refUrl: 'Vul bij bron {n} een webadres in dat begint met https://',
    sectionTooLong: '{label} mag hoogstens {max} tekens hebben; nu zijn het er {n}',
    errorPrefix: 'Fout:',
    titlePrefix: 'Fout: ',
    rateLimited: 'U heeft in korte tijd veel bijdragen laten controleren. Probeer het over {seconds} seconden opnieuw.',
    tooLarge: 'Uw bijdrage is te groot om te controleren. Maak de teksten korter.',
  },
  problem: {
    title: 'De bijdrage klopt nog niet',
    detail: 'Er zijn {n} problemen; zie invalid-params.',
    tooLargeTitle: 'Bijdrage te groot',
    tooLargeDetail: 'Een bijdrage mag hoogstens {max} bytes zijn.',
    rateLimitedTitle: 'Te veel verzoeken',
    unsupportedTitle: 'Verkeerd formaat',
    unsupportedDetail: 'Stuur de bijdrage als JSON (Content-Type: application/json).',
    badJsonTitle: 'Ongeldige JSON',
    badJsonDetail: 'De inhoud van het verzoek is geen geldige JSON.',
  },
  result: {
    heading: 'Uw bestand is klaar',
    intro: 'Het bestand {path} voldoet aan alle controles van Tussenruimte. Er is nog niets opgeslagen of verstuurd. Kies hoe u het indient; de redactie kijkt elke bijdrage na voordat die online komt.',
    pullRequest: 'Pull request openen op GitHub',
    pullRequestHint: 'Met een GitHub-account. GitHub opent een nieuw bestand met deze inhoud; kies daarna “Propose new file” of “Commit changes”.',
    issue: 'Als issue indienen',
    issueHint: 'Geen ervaring met pull requests? Dien het bestand in als issue; de redactie maakt er een pull request van. Ook hiervoor heeft u een GitHub-account nodig.',
    issueTooLong: 'Uw bestand is te lang om mee te sturen in de link. Kopieer het en plak het in het veld “Het bestand”.',
    longLink: 'Uw bestand is lang. Opent GitHub het niet, download dan het bestand en kies op GitHub “Add file” en “Upload files”.',
    download: 'Bestand downloaden ({name})',
    downloadHint: 'Om het zelf toe te voegen met git, of om het naar de redactie te sturen.',
    copy: 'Kopiëren',
    copied: 'Het bestand is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer die zelf.',
    fileLabel: 'Inhoud van {path}',
    previewHeading: 'Voorbeeld',
    previewNote: 'Opmaak zoals **vet** en links ziet u pas op de site na publicatie.',
    issueTitle: 'Nieuwe casus: {title}',
  },
  preview: {
    place: 'Plaats',
    period: 'Periode',
    since: 'sinds {year}',
    initiative: 'Initiatief',
    publicBodies: 'Overheden',
    domains: 'Domeinen',
    rules: 'Regels',
    workarounds: 'Oplossingen',
    none: 'geen',
    outcome: 'Afloop',
    barrier: 'Soort blokkade',
    turnaround: 'Eerst nee, later gelukt',
    references: 'Bronnen',
    lastReviewed: 'Gecontroleerd op',
  },
  draft: {
    restored: 'We hebben uw concept van de vorige keer teruggezet. Het staat alleen in deze browser.',
    clear: 'Concept wissen en opnieuw beginnen',
    cleared: 'Het concept is gewist.',
  },
  steps: {
    names: ['Het verhaal', 'Wie en waar', 'Regels en oplossingen', 'Bronnen', 'Controleer uw antwoorden'],
    progress: 'Stap {n} van {total}',
    navLabel: 'Stappen van het formulier',
    next: 'Volgende stap',
    back: 'Vorige stap',
    change: 'Wijzig',
    otherSteps: 'Er is nog iets niet in orde in een eerdere stap. Hieronder ziet u wat.',
    notAnswered: 'Niet ingevuld',
    unknown: 'Weet ik niet',
    extra: 'Aanvullende gegevens (niet verplicht)',
    rulesUnknown: { legend: 'Weet u niet welke regel het was?', label: 'Weet ik niet: de redactie zoekt de regel erbij' },
    workaroundsUnknown: { legend: 'Weet u niet of er een oplossing is gebruikt?', label: 'Weet ik niet' },
    filter: { rules: 'Zoek een regel', workarounds: 'Zoek een oplossing', count: '{n} van {total} getoond' },
    tip: 'Weinig tijd? Stuur een tip in vijf vragen.',
    draftResult: 'U wist niet welke regel speelde. Dat is geen probleem: verstuur uw casus naar de redactie, die zoekt de regel erbij. Een bestand om zelf in te dienen kan pas met ten minste één regel.',
    selfSubmit: 'Zelf indienen met een GitHub-account',
    fieldTooLarge: '{label} is veel te lang ({n} tekens). Maak de tekst korter; uw tekst staat er nog.',
  },
}

export type ContributeMessages = typeof nl

const en: ContributeMessages = {
  lang: 'en',
  title: 'Contribute a case',
  lead: 'Describe your case in five short steps. Then check your answers and send them to the editors; you need no account. Nothing is stored or sent until you do so yourself.',
  contentIsDutch: 'Tussenruimte is written in Dutch: please write the texts of your case in Dutch.',
  formHeadingEdit: 'Change something?',
  formEditIntro: 'Change the form below and check it again. You will get a new file.',
  optional: '(optional)',
  groups: {
    about: 'About the case',
    where: 'Where and when',
    initiative: 'The initiative',
    links: 'Rules and workarounds',
    outcome: 'How it ended',
    references: 'Sources',
    story: 'The story',
    extra: 'Additional',
    consent: 'House rules',
  },
  groupHints: {
    references: 'Every fact must be traceable to a source: a ruling, an act, an official publication or a web page. Empty rows are skipped.',
    story: 'Write in your own words and in plain Dutch. Name organisations and public bodies, never residents or other private persons. You may use simple Markdown: **bold**, lists with a hyphen and links that start with https://.',
    extra: 'You may leave these fields empty.',
  },
  referenceRow: 'Source {n}',
  addReference: 'Add another source',
  submit: 'Check',
  chooseProvince: 'Choose a province',
  summaryCount: 'At most {max} characters; you have {n}.',
  fields: defineFields({
    title: { label: 'Title', hint: 'Short and recognisable, for example “Dorpshuis Oldenzijl en de gemeente Het Hogeland”.', required: 'Enter the title of the case' },
    title_en: { label: 'Title in English' },
    summary: { label: 'Summary', hint: 'Two or three sentences in plain language: who wanted what, which rule was in the way, how did it end?', required: 'Enter a summary' },
    summary_en: { label: 'Summary in English' },
    slug: {
      label: 'File name',
      hint: 'Leave empty to make it from the title. Only lower-case letters, digits and hyphens, such as dorpshuis-oldenzijl.',
      invalid: 'Use only lower-case letters, digits and hyphens in the file name, such as dorpshuis-oldenzijl',
    },
    place: { label: 'Municipality', hint: 'The municipality where it happened.', required: 'Enter the municipality where it happened' },
    province: { label: 'Province', hint: 'Choose “Nationwide” if it happened across the country.', required: 'Choose the province', invalid: 'Choose a province from the list' },
    'period.start': { label: 'Start year', hint: 'For example 2021.', required: 'Enter the start year', invalid: 'Enter the start year as a year, such as 2021' },
    'period.end': { label: 'End year', hint: 'Leave empty if it is still going on.', invalid: 'Enter the end year as a year, such as 2023, or leave it empty' },
    'initiative.name': { label: 'Name of the initiative', hint: 'An organisation or group, never a private person.', required: 'Enter the name of the initiative' },
    'initiative.legal_form': { label: 'Legal form', required: 'Choose the legal form of the initiative', invalid: 'Choose a legal form from the list' },
    'initiative.kind': { label: 'Kind of initiative', hint: 'What is the initiative most like?', required: 'Choose the kind of initiative', invalid: 'Choose a kind of initiative from the list' },
    public_bodies: { label: 'Public bodies involved', hint: 'One per line, for example “Gemeente Het Hogeland”.' },
    domains: { label: 'Domains', hint: 'Choose one or more.', required: 'Choose at least one domain', invalid: 'Choose domains from the list' },
    rules: { label: 'Rules', hint: 'Which rules did the initiative run into? Choose one or more.', required: 'Choose at least one rule the case ran into', invalid: 'Choose rules from the list' },
    workarounds: { label: 'Workarounds', hint: 'Which workarounds were used? Leave empty if there were none.', invalid: 'Choose workarounds from the list' },
    outcome: { label: 'Outcome', required: 'Choose how it ended', invalid: 'Choose an outcome from the list' },
    barrier: { label: 'What kind of barrier was it?', required: 'Choose what kind of barrier it turned out to be', invalid: 'Choose a kind of barrier from the list' },
    turnaround: { label: 'First no, a way found later', hint: 'Tick if the first answer was no and a way was found later.', invalid: 'Tick or leave empty' },
    aliases: { label: 'Other names', hint: 'Names or abbreviations people search for, one per line.' },
    contributors: { label: 'Contributed by', hint: 'Organisations that contributed the case, one per line. No names of private persons.' },
    references: { label: 'Sources', required: 'Add at least one source' },
    'references.type': { label: 'Kind of source', required: 'Choose the kind of source {n}', invalid: 'Choose a kind for source {n} from the list' },
    'references.id': {
      label: 'Web address or identifier',
      hint: 'A web address starting with https://, or the identifier: ECLI (ruling), BWBR… (act), CELEX (EU), CVDR… (local regulation) or kst-… (official publication).',
      required: 'Enter the web address or identifier of source {n}',
      invalid: 'Enter a valid identifier for {type} in source {n}, such as {example}',
    },
    'references.title': { label: 'Title of the source', required: 'Enter the title of source {n}' },
    'references.article': { label: 'Article', hint: 'Only for an act, for example 4:51.', invalid: 'Enter an article number for source {n}, such as 4:51 or 2.82' },
    'references.publisher': { label: 'Publisher', hint: 'Only for a web page.' },
    'references.date': { label: 'Date', hint: 'Only for a web page, as YYYY-MM-DD.', invalid: 'Enter the date of source {n} as YYYY-MM-DD, such as 2024-03-01' },
    'sections.happened': { label: 'What happened (Wat er gebeurde)', hint: 'Who wanted what, with which public body, and when?', required: 'Describe what happened' },
    'sections.friction': { label: 'Where it chafed (Waar het knelde)', hint: 'Which rule was in the way, and how?', required: 'Describe where it chafed' },
    'sections.resolution': { label: 'How it was resolved (Hoe het is opgelost)', hint: 'Or why it did not work.', required: 'Describe how it was resolved, or why not' },
    'sections.lessons': { label: 'Lessons (Lessen)', hint: 'What can others learn from this?', required: 'Describe the lessons' },
    consent: {
      label: 'I confirm: the text is in my own words, contains no personal data about private persons, the initiative agrees to be named, and I share the text under the CC BY-SA 4.0 licence.',
      required: 'Confirm that your contribution follows the house rules',
    },
  }),
  errors: {
    summaryHeading: 'There is a problem',
    tooLong: '{label} must be at most {max} characters; it is {n}',
    requiredGeneric: '{label} is missing',
    invalidGeneric: '{label} is not valid',
    unknownField: 'Unknown field: {name}',
    html: '{label} contains HTML code such as <b> or <script>. Write plain text.',
    unsafeLink: '{label} contains a link or web address that does not start with https://. Use only links that start with https://.',
    codeBlock: '{label} contains a code block (``` or ~~~). Write plain text.',
    placeholder: '{label} still contains the text TODO. Replace it with your own text.',
    ruleUnknown: 'The rule “{slug}” does not exist in Tussenruimte',
    workaroundUnknown: 'The workaround “{slug}” does not exist in Tussenruimte',
    slugTaken: 'The file name “{slug}” is already in use. Choose another, for example “{suggestion}”',
    slugMissing: 'Enter a file name; none can be made from this title',
    endBeforeStart: 'The end year is before the start year {start}',
    onlyBwb: 'An article belongs only to an act (BWB). Empty the article of source {n}, or choose “Act (BWB)” as its kind',
    onlyUrl: '{label} belongs only to a web page. Empty the field in source {n}, or choose “Web page” as its kind',
    refUrl: 'Enter a web address starting with https:// for source {n}',
    sectionTooLong: '{label} must be at most {max} characters; it is {n}',
    errorPrefix: 'Error:',
    titlePrefix: 'Error: ',
    rateLimited: 'You have had many contributions checked in a short time. Please try again in {seconds} seconds.',
    tooLarge: 'Your contribution is too large to check. Make the texts shorter.',
  },
  problem: nl.problem,
  result: {
    heading: 'Your file is ready',
    intro: 'The file {path} passes every check of Tussenruimte. Nothing has been stored or sent yet. Choose how to submit it; the editors review every contribution before it is published.',
    pullRequest: 'Open a pull request on GitHub',
    pullRequestHint: 'With a GitHub account. GitHub opens a new file with this content; then choose “Propose new file” or “Commit changes”.',
    issue: 'Submit as an issue',
    issueHint: 'New to pull requests? Submit the file as an issue and the editors will turn it into a pull request. This also needs a GitHub account.',
    issueTooLong: 'Your file is too long to send along in the link. Copy it and paste it into the field “Het bestand”.',
    longLink: 'Your file is long. If GitHub does not open it, download the file and choose “Add file” and “Upload files” on GitHub.',
    download: 'Download the file ({name})',
    downloadHint: 'To add it yourself with git, or to send it to the editors.',
    copy: 'Copy',
    copied: 'The file has been copied.',
    copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
    fileLabel: 'Content of {path}',
    previewHeading: 'Preview',
    previewNote: 'Formatting such as **bold** and links shows only on the site after publication.',
    issueTitle: 'Nieuwe casus: {title}',
  },
  preview: {
    place: 'Place',
    period: 'Period',
    since: 'since {year}',
    initiative: 'Initiative',
    publicBodies: 'Public bodies',
    domains: 'Domains',
    rules: 'Rules',
    workarounds: 'Workarounds',
    none: 'none',
    outcome: 'Outcome',
    barrier: 'Kind of barrier',
    turnaround: 'First no, later a way',
    references: 'Sources',
    lastReviewed: 'Checked on',
  },
  draft: {
    restored: 'We restored your draft from last time. It is stored only in this browser.',
    clear: 'Delete the draft and start again',
    cleared: 'The draft has been deleted.',
  },
  steps: {
    names: ['The story', 'Who and where', 'Rules and workarounds', 'Sources', 'Check your answers'],
    progress: 'Step {n} of {total}',
    navLabel: 'Steps of the form',
    next: 'Next step',
    back: 'Previous step',
    change: 'Change',
    otherSteps: 'Something in an earlier step is not right yet. You can see what below.',
    notAnswered: 'Not answered',
    unknown: 'I do not know',
    extra: 'Additional details (optional)',
    rulesUnknown: { legend: 'Do you not know which rule it was?', label: 'I do not know: the editors will find the rule' },
    workaroundsUnknown: { legend: 'Do you not know whether a workaround was used?', label: 'I do not know' },
    filter: { rules: 'Find a rule', workarounds: 'Find a workaround', count: '{n} of {total} shown' },
    tip: 'Short of time? Send a tip in five questions.',
    draftResult: 'You did not know which rule was in play. That is fine: send your case to the editors, who will find the rule. A file to submit yourself needs at least one rule.',
    selfSubmit: 'Submit it yourself with a GitHub account',
    fieldTooLarge: '{label} is far too long ({n} characters). Shorten the text; what you typed is still there.',
  },
}

export const contributeMessages: Record<BuiltinLang, ContributeMessages> = { nl, en }
