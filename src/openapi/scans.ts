/** The Regelscan part of the OpenAPI document: paths and schemas, described in Dutch. */
const str = (description: string) => ({ type: 'string', description })
const nullableStr = (description: string) => ({ type: ['string', 'null'], description })
const arrayOf = (items: object, description: string) => ({ type: 'array', items, description })
const obj = (properties: object, description: string) => ({ type: 'object', description, properties })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: object) => ({ 'application/json': { schema } })
const versionHeaderOf = (headers: object) => headers
let problemHeaders: object = {}
const problem = (description: string) => ({ description, headers: problemHeaders, content: { 'application/problem+json': { schema: ref('Problem') } } })
const slugParam = { name: 'slug', in: 'path', required: true, description: 'Korte naam van de scan (bijv. grond-of-gebouw).', schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } }

export function scanPaths(versionHeader: object) {
  problemHeaders = versionHeaderOf(versionHeader)
  return {
    '/scans': {
      get: {
        operationId: 'listScans',
        tags: ['scans'],
        description: 'Alle regelscans: korte vragenlijsten over één samenwerking die de regels, de ruimte en de casussen geven die daarbij horen.',
        summary: 'Lijst van regelscans',
        responses: { 200: { description: 'De regelscans, op titel gesorteerd.', headers: versionHeader, content: json(obj({ total: { type: 'integer', description: 'Aantal scans.' }, items: arrayOf(ref('ScanSummary'), 'De scans.') }, 'De scans.')) } },
      },
    },
    '/scans/{slug}': {
      get: {
        operationId: 'getScan',
        tags: ['scans'],
        description: 'De vragen van één scan, met hun antwoordmogelijkheden en wanneer een vraag getoond wordt.',
        summary: 'Eén regelscan met zijn vragen',
        parameters: [slugParam],
        responses: { 200: { description: 'De scan.', headers: versionHeader, content: json(ref('ScanDetail')) }, 404: problem('Er bestaat geen scan met deze slug.') },
      },
    },
    '/scans/{slug}/result': {
      get: {
        operationId: 'getScanResult',
        tags: ['scans'],
        summary: 'De uitkomst van een regelscan voor gegeven antwoorden',
        description:
          'Geef elk antwoord als queryparameter: de id van de vraag met de id van het gekozen antwoord (?vorm=verhuren&gegadigden=meer). Bij een vraag met meer antwoorden herhaalt u de parameter of scheidt u de antwoorden met komma’s. Antwoorden op vragen die bij deze antwoorden niet getoond worden, tellen niet mee. Ontbreken er antwoorden, dan is complete false en noemt next_question de volgende vraag. Geen juridisch advies.',
        parameters: [
          slugParam,
          { name: 'antwoorden', in: 'query', required: false, description: 'Per vraag-id het gekozen antwoord (zie /scans/{slug}).', schema: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }, style: 'form', explode: true },
        ],
        responses: {
          200: { description: 'De uitkomst.', headers: versionHeader, content: json(ref('ScanResult')) },
          400: problem('Een antwoord hoort niet bij deze scan; invalid-params noemt per vraag (name) wat er mis is.'),
          404: problem('Er bestaat geen scan met deze slug.'),
        },
      },
    },
  }
}

const trace = arrayOf(
  obj({ question: str('Id van de vraag.'), answer: str('Id van het antwoord.'), questionText: str('De vraag.'), answerLabel: str('Het antwoord zoals de gebruiker het zag.') }, 'Een antwoord.'),
  'De antwoorden die dit item in de uitkomst brachten.',
)
const item = { slug: str('Slug van het item.'), title: str('Titel van het item.'), url: str('Pad van de HTML-pagina van het item.'), trace }

export function scanSchemas() {
  const summary = {
    slug: str('Korte naam van de scan.'),
    title: str('Titel in het Nederlands.'),
    titleEn: nullableStr('Titel in het Engels.'),
    summary: str('Samenvatting in gewone taal.'),
    summaryEn: nullableStr('Samenvatting in het Engels.'),
    url: str('Pad van de startpagina van de scan.'),
    apiUrl: str('Pad van de scan in deze API.'),
    resultUrl: str('Pad waar de uitkomst voor antwoorden te halen is.'),
    lastReviewed: str('Datum waarop de scan voor het laatst is gecontroleerd.'),
  }
  return {
    ScanSummary: obj({ ...summary, questions: { type: 'integer', description: 'Aantal vragen (niet elke vraag wordt altijd gesteld).' }, rules: arrayOf({ type: 'string' }, 'Slugs van de regels die de scan naar voren kan brengen.') }, 'Een regelscan.'),
    ScanDetail: obj(
      {
        ...summary,
        disclaimer: str('Tekst "Geen juridisch advies" van de scan.'),
        questions: arrayOf(
          obj(
            {
              id: str('Id van de vraag: de naam van de queryparameter.'),
              type: { type: 'string', enum: ['single', 'multi'], description: 'single: één antwoord; multi: meer antwoorden (weet-niet sluit de andere uit).' },
              text: str('De vraag.'),
              help: nullableStr('Uitleg bij de vraag.'),
              showIf: nullableStr('Conditie waaronder de vraag gesteld wordt; leeg als hij altijd komt.'),
              options: arrayOf(obj({ id: str('Id van het antwoord: de waarde van de queryparameter.'), label: str('Het antwoord zoals de gebruiker het ziet.') }, 'Een antwoord.'), 'De antwoorden; weet-niet is er altijd.'),
            },
            'Een vraag.',
          ),
          'De vragen, in volgorde.',
        ),
        rules: arrayOf({ type: 'string' }, 'Slugs van de regels die de scan naar voren kan brengen.'),
        workarounds: arrayOf({ type: 'string' }, 'Slugs van de oplossingen die de scan kan noemen.'),
        cases: arrayOf({ type: 'string' }, 'Slugs van de casussen die de scan kan noemen.'),
        references: arrayOf(ref('Reference'), 'Bronnen van de scan als geheel.'),
      },
      'Een regelscan met zijn vragen.',
    ),
    ScanResult: obj(
      {
        scan: str('Slug van de scan.'),
        complete: { type: 'boolean', description: 'Of elke getoonde vraag een antwoord heeft.' },
        next_question: nullableStr('Id van de eerstvolgende vraag zonder antwoord, of leeg.'),
        url: str('Pad van dezelfde uitkomst als HTML-pagina.'),
        rules: arrayOf(
          obj(
            {
              ...item,
              status: { type: 'string', enum: ['geldt', 'grijs', 'mogelijk', 'voldaan'], description: 'geldt; grijs (recht staat niet vast); mogelijk (hangt af van een open vraag); voldaan.' },
              demands: arrayOf({ type: 'string' }, 'Wat de regel in deze situatie vraagt.'),
              grey_note: nullableStr('Waarom het recht hier niet vaststaat.'),
              open_questions: arrayOf({ type: 'string' }, 'Wat nog uitgezocht moet worden.'),
            },
            'Een regel in de uitkomst.',
          ),
          'Regels, gesorteerd op status: geldt, grijs, mogelijk, voldaan.',
        ),
        workarounds: arrayOf(
          obj(
            {
              ...item,
              relevance: { type: 'string', enum: ['relevant', 'relevant-met-waarschuwing'], description: 'Relevant, of relevant met een waarschuwing.' },
              warnings: arrayOf({ type: 'string' }, 'Waarschuwingen bij deze oplossing in deze situatie.'),
              certainty: str('Zekerheid van de oplossing (zie Workaround.certainty).'),
              conditions: arrayOf({ type: 'string' }, 'Voorwaarden, als checklist.'),
              rules: arrayOf({ type: 'string' }, 'Slugs van de regels waarin de oplossing ruimte vindt.'),
            },
            'Een oplossing in de uitkomst.',
          ),
          'De ruimte: oplossingen.',
        ),
        cases: arrayOf(obj({ ...item, outcome: str('Afloop van de casus.'), place: str('Plaats.') }, 'Een casus die erop lijkt.'), 'Casussen die erop lijken.'),
        signals: arrayOf(obj({ id: str('Id van het signaal.'), text: str('Tekst.'), scan: nullableStr('Slug van een andere scan om ook te doen.'), rule: nullableStr('Slug van de regel waar de tekst over gaat.'), trace }, 'Een signaal.'), 'Signalen en verwijzingen.'),
        open_questions: arrayOf(obj({ text: str('De open vraag.'), rules: arrayOf({ type: 'string' }, 'Slugs van de regels waarbij hij hoort.') }, 'Een open vraag.'), 'Open vragen, vaak door "Weet ik niet".'),
        trace,
        parameters: arrayOf(obj({ key: str('Naam.'), value: str('Waarde.'), valid_until: str('Geldig tot en met.') }, 'Een bedrag of datum.'), 'Gebruikte tijdgebonden bedragen en data.'),
      },
      'De uitkomst van een scan.',
    ),
  }
}
