/**
 * Real Dutch words from the domain of the knowledge base (municipal policy, land, energy, care,
 * procurement, law). vocab.ts turns them into a ranked vocabulary and generates compounds.
 * Notation: "singular/plural" for nouns, "base/inflected" for adjectives, bare words otherwise.
 */

/** Splits a whitespace-separated word list. */
const list = (text: string): string[] => text.split(/\s+/).filter(Boolean)

export const FUNCTION_WORDS = list(`
de het een van en in op te voor met dat die is zijn niet aan er om ook als bij of door naar
tot over uit worden wordt kan kunnen moet moeten heeft hebben had dan maar nog wel zo deze dit
wat wie waar hoe omdat zodat want al meer geen na onder tegen tussen zonder binnen via per
sinds tijdens volgens daarom daarna daarbij daarvoor hierbij hiervoor echter dus toch ook
alleen vaak soms steeds altijd nooit hier daar nu toen later eerst ieder elke alle veel weinig
enkele andere zelf waarbij waardoor waarmee welke wanneer hun haar hen ons onze zij wij je
u men we ze hij zich mij die dat zal zullen zou zouden mag mogen wil willen werd werden was waren
is geweest eens reeds zeer erg heel ongeveer bijna vooral ofwel noch hetzij indien mits tenzij
totdat terwijl nadat voordat zoals zowel ofschoon hoewel bovendien evenals namelijk immers
`)

export const NOUNS = list(`
gemeente/gemeenten provincie/provincies rijk waterschap/waterschappen grond/gronden
verkoop/verkopen aankoop/aankopen aanbesteding/aanbestedingen subsidie/subsidies
initiatief/initiatieven coöperatie/coöperaties bewoner/bewoners erfpacht vereniging/verenigingen
stichting/stichtingen burger/burgers raad/raden college/colleges wethouder/wethouders
burgemeester/burgemeesters ambtenaar/ambtenaren beleid regel/regels regeling/regelingen wet/wetten
besluit/besluiten verordening/verordeningen vergunning/vergunningen ontheffing/ontheffingen
bestemmingsplan/bestemmingsplannen omgevingsplan/omgevingsplannen omgevingsvisie/omgevingsvisies
procedure/procedures selectie/selecties selectieprocedure/selectieprocedures mededinging
gelijkheidsbeginsel beginsel/beginselen recht/rechten rechter/rechters uitspraak/uitspraken
arrest/arresten vonnis/vonnissen bezwaar/bezwaren beroep/beroepen zienswijze/zienswijzen inspraak
participatie overheid/overheden markt/markten prijs/prijzen waarde/waarden taxatie/taxaties
kavel/kavels perceel/percelen pand/panden gebouw/gebouwen woning/woningen huur/huren
huurder/huurders koper/kopers eigenaar/eigenaren eigendom/eigendommen contract/contracten
overeenkomst/overeenkomsten convenant/convenanten afspraak/afspraken opdracht/opdrachten
opdrachtgever/opdrachtgevers inschrijver/inschrijvers inschrijving/inschrijvingen gunning/gunningen
criterium/criteria offerte/offertes dienst/diensten levering/leveringen werk/werken
project/projecten plan/plannen visie/visies programma/programma's budget/budgetten fonds/fondsen
lening/leningen garantie/garanties financiering/financieringen bijdrage/bijdragen
schenking/schenkingen belasting/belastingen heffing/heffingen staatssteun steun
vrijstelling/vrijstellingen toets/toetsen toetsing/toetsingen advies/adviezen adviseur/adviseurs
rapport/rapporten onderzoek/onderzoeken evaluatie/evaluaties experiment/experimenten pilot/pilots
proef/proeven energie warmte warmtenet/warmtenetten zon wind windmolen/windmolens
windturbine/windturbines zonnepaneel/zonnepanelen dak/daken net/netten netbeheerder/netbeheerders
aansluiting/aansluitingen opslag batterij/batterijen stroom gas isolatie besparing/besparingen
transitie/transities klimaat natuur landschap/landschappen akker/akkers weide/weiden polder/polders
dijk/dijken rivier/rivieren water sloot/sloten bos/bossen boom/bomen tuin/tuinen park/parken
plein/pleinen straat/straten wijk/wijken buurt/buurten dorp/dorpen stad/steden regio/regio's
platteland boer/boeren landbouw voedsel zorg welzijn cliënt/cliënten patiënt/patiënten
mantelzorger/mantelzorgers vrijwilliger/vrijwilligers buurthuis/buurthuizen dorpshuis/dorpshuizen
bibliotheek/bibliotheken school/scholen sport cultuur erfgoed monument/monumenten kerk/kerken
molen/molens haven/havens verkeer vervoer mobiliteit fiets/fietsen auto/auto's bus/bussen
data gegevens privacy melding/meldingen verzoek/verzoeken informatie openbaarheid transparantie
verantwoording democratie bestuur organisatie/organisaties netwerk/netwerken
samenwerking/samenwerkingen partnerschap/partnerschappen partner/partners deelnemer/deelnemers
lid/leden aandeel/aandelen aandeelhouder/aandeelhouders winst/winsten verlies/verliezen
risico/risico's aansprakelijkheid verzekering/verzekeringen kost/kosten opbrengst/opbrengsten
rendement/rendementen investering/investeringen exploitatie beheer onderhoud bouw sloop
renovatie/renovaties verduurzaming herbestemming/herbestemmingen leegstand gebied/gebieden
terrein/terreinen locatie/locaties ruimte/ruimten kennis ervaring/ervaringen praktijk/praktijken
oplossing/oplossingen probleem/problemen knelpunt/knelpunten drempel/drempels
belemmering/belemmeringen kans/kansen uitdaging/uitdagingen doel/doelen doelstelling/doelstellingen
resultaat/resultaten effect/effecten gevolg/gevolgen maatregel/maatregelen instrument/instrumenten
voorwaarde/voorwaarden eis/eisen norm/normen termijn/termijnen jaar/jaren maand/maanden week/weken
dag/dagen periode/perioden fase/fasen stap/stappen moment/momenten vraag/vragen antwoord/antwoorden
brief/brieven nota/nota's notitie/notities document/documenten bijlage/bijlagen paragraaf/paragrafen
artikel/artikelen hoofdstuk/hoofdstukken bepaling/bepalingen uitzondering/uitzonderingen
interpretatie/interpretaties jurisprudentie handreiking/handreikingen richtlijn/richtlijnen
kader/kaders model/modellen aanpak werkwijze/werkwijzen methode/methoden route/routes
traject/trajecten proces/processen besluitvorming vergadering/vergaderingen motie/moties
amendement/amendementen raadsvoorstel/raadsvoorstellen coalitie/coalities partij/partijen
fractie/fracties minister/ministers ministerie/ministeries kamer/kamers toezicht
toezichthouder/toezichthouders inspectie/inspecties handhaving sanctie/sancties boete/boetes
dwangsom/dwangsommen idee/ideeën comité/comités café/cafés museum/musea theater/theaters
festival/festivals evenement/evenementen winkel/winkels ondernemer/ondernemers bedrijf/bedrijven
economie werkgelegenheid baan/banen uitkering/uitkeringen inkomen/inkomens armoede schuld/schulden
jongere/jongeren oudere/ouderen gezin/gezinnen kind/kinderen inwoner/inwoners
gemeenschap/gemeenschappen samenleving maatschappij/maatschappijen kwaliteit/kwaliteiten
duurzaamheid veiligheid gezondheid betaalbaarheid leefbaarheid zeggenschap eigenaarschap
uitdaagrecht overname/overnames overdracht/overdrachten beschikking/beschikkingen
aanvraag/aanvragen aanvrager/aanvragers vaststelling subsidieplafond/subsidieplafonds
tender/tenders loting/lotingen rangschikking commissie/commissies overleg agenda/agenda's
akkoord/akkoorden strategie/strategieën protocol/protocollen register/registers loket/loketten
team/teams coördinator/coördinatoren beheerder/beheerders centrum/centra huis/huizen
plicht/plichten verbod/verboden ontwikkeling/ontwikkelingen bijeenkomst/bijeenkomsten
verhuur omgeving/omgevingen bestemming/bestemmingen innovatie/innovaties jeugd pacht koop
mantelzorg aanbieder/aanbieders zaak/zaken notaris/notarissen akte/akten hypotheek/hypotheken
`)

export const ADJECTIVES = list(`
financieel/financiële openbaar/openbare lokaal/lokale regionaal/regionale landelijk/landelijke
europees/europese maatschappelijk/maatschappelijke duurzaam/duurzame sociaal/sociale
juridisch/juridische coöperatief/coöperatieve ideëel/ideële gelijk/gelijke transparant/transparante
eerlijk/eerlijke groen/groene nieuw/nieuwe oud/oude groot/grote klein/kleine belangrijk/belangrijke
mogelijk/mogelijke nodig/nodige bestuurlijk/bestuurlijke ambtelijk/ambtelijke politiek/politieke
economisch/economische efficiënt/efficiënte reëel/reële concreet/concrete formeel/formele
informeel/informele collectief/collectieve particulier/particuliere publiek/publieke
privaat/private zakelijk/zakelijke commercieel/commerciële redelijk/redelijke
zorgvuldig/zorgvuldige tijdelijk/tijdelijke structureel/structurele bijzonder/bijzondere
algemeen/algemene specifiek/specifieke voorlopig/voorlopige definitief/definitieve geldig/geldige
strijdig/strijdige onrechtmatig/onrechtmatige rechtmatig/rechtmatige marktconform/marktconforme
onderhands/onderhandse meervoudig/meervoudige enkelvoudig/enkelvoudige betaalbaar/betaalbare
beschikbaar/beschikbare haalbaar/haalbare kwetsbaar/kwetsbare actief/actieve creatief/creatieve
innovatief/innovatieve naïef/naïeve
`)

export const VERB_FORMS = list(`
verkopen verkoopt verkocht kopen koopt gekocht aanbesteden aanbesteed gunnen gunt gegund
subsidiëren subsidieert gesubsidieerd financieren financiert gefinancierd investeren investeert
geïnvesteerd beoordelen beoordeelt beoordeeld toetsen toetst getoetst besluiten besloten
vaststellen vastgesteld verlenen verleent verleend weigeren weigert geweigerd aanvragen
aangevraagd indienen ingediend samenwerken samengewerkt organiseren organiseert georganiseerd
beheren beheert beheerd ontwikkelen ontwikkelt ontwikkeld bouwen bouwt gebouwd verhuren verhuurt
verhuurd overdragen overgedragen uitdagen uitgedaagd evalueren evalueert geëvalueerd beëindigen
beëindigt beëindigd coördineren coördineert gecoördineerd ondersteunen ondersteunt ondersteund
bepalen bepaalt bepaald voorkomen voorkomt toestaan toegestaan verbieden verbiedt verboden kiezen
kiest gekozen selecteren selecteert geselecteerd publiceren publiceert gepubliceerd melden meldt
gemeld betalen betaalt betaald lenen leent geleend delen deelt gedeeld werken werkt gewerkt
zoeken zoekt gezocht vinden vindt gevonden helpen helpt geholpen vragen vraagt gevraagd geven
geeft gegeven nemen neemt genomen maken maakt gemaakt brengen brengt gebracht houden houdt
gehouden leggen legt gelegd zetten zet gezet komen komt gekomen gaan gaat gegaan laten laat
gelaten blijven blijft gebleven blijken blijkt gebleken lijken lijkt geleken spelen speelt
gespeeld leiden leidt geleid regelen regelt geregeld afspreken afgesproken overleggen overlegt
overlegd adviseren adviseert geadviseerd onderzoeken onderzocht uitvoeren uitgevoerd verduurzamen
verduurzaamd herbestemmen herbestemd benutten benut
`)

export const PLACE_NAMES = list(`
Amsterdam Rotterdam Utrecht Groningen Leeuwarden Zwolle Assen Arnhem Nijmegen Eindhoven Tilburg
Breda Maastricht Venlo Almere Lelystad Emmen Middelburg Haarlem Leiden Delft Gouda Zeist
Amersfoort Apeldoorn Enschede Hengelo Deventer Heerlen Roermond Oss Helmond Ede Wageningen
Alkmaar Hoorn Texel Terschelling Bolsward Sneek Drachten Heerenveen Kampen Meppel Hoogeveen
Coevorden Winterswijk Doetinchem Zutphen Tiel Culemborg Vlissingen Goes Terneuzen Zaanstad
Purmerend Hilversum Didam Duiven Zevenaar Oldambt Loppersum Bronckhorst Peel Drenthe Overijssel
Gelderland Flevoland Zeeland Limburg Fryslân Twente Achterhoek Veluwe Betuwe
`)

/** Hyphenated words and names: indexed whole and in parts, a classic source of misses. */
export const HYPHENATED = list(`
Didam-arrest Wob-verzoek Woo-verzoek WOZ-waarde 's-Hertogenbosch 's-Gravenhage Noord-Holland
Zuid-Holland Noord-Brabant btw-plichtig btw-vrijstelling ANBI-status SROI-verplichting
SDE-subsidie ISDE-subsidie Bibob-toets Awb-procedure VNG-model CPO-project mkb-bedrijf
zonne-energie energie-initiatief zee-egel cv-ketel e-mail co-creatie vice-voorzitter ex-wethouder
oud-wethouder niet-commercieel semi-publiek publiek-private sociaal-maatschappelijk groen-blauwe
Oost-Groningen West-Brabant Zuid-Limburg ECLI-nummer BWB-code CELEX-nummer Awb-besluit
Europese-Commissie PPS-constructie WKO-systeem Omgevingswet-proof
`)

/**
 * Compound parts. A modifier may give its linking form after ">" (zon>zonne, stad>stads);
 * otherwise vocab.ts applies the tussen-s rule for -ing/-heid/-schap/-teit.
 */
export const COMPOUND_MODIFIERS = list(`
grond woning energie zon>zonne wind water warmte buurt wijk dorp>dorps stad>stads gemeente
provincie rijk>rijks bewoner>bewoners burger zorg natuur landschap erfgoed cultuur sport
voedsel landbouw boer>boeren school jeugd huur koop pacht erfpacht subsidie aanbesteding
gelijkheid selectie mededinging participatie inspraak samenwerking gemeenschap eigendom>eigendoms
markt prijs risico kwaliteit duurzaamheid veiligheid gezondheid leefbaarheid klimaat mobiliteit
fiets verkeer>verkeers data privacy informatie openbaarheid bestuur>bestuurs raad>raads college
coöperatie vereniging stichting vrijwilliger>vrijwilligers mantelzorg welzijn armoede schuld
werk innovatie experiment monument molen kerk dijk polder rivier bos park tuin akker weide dak
stroom gas batterij opslag isolatie transitie bouw sloop renovatie ontwikkeling omgeving
bestemming kavel pand terrein haven dienst handhaving toezicht belasting financiering
investering kennis beleid>beleids onderzoek>onderzoeks bedrijf>bedrijfs kind>kinder
`)

export const COMPOUND_HEADS = list(`
subsidie/subsidies regeling/regelingen beleid plan/plannen fonds/fondsen procedure/procedures
project/projecten contract/contracten overeenkomst/overeenkomsten vergunning/vergunningen
beschikking/beschikkingen verordening/verordeningen besluit/besluiten coöperatie/coöperaties
vereniging/verenigingen stichting/stichtingen initiatief/initiatieven raad/raden
commissie/commissies overleg netwerk/netwerken budget/budgetten bijdrage/bijdragen lening/leningen
garantie/garanties toets/toetsen onderzoek/onderzoeken rapport/rapporten advies/adviezen
visie/visies programma/programma's strategie/strategieën agenda/agenda's akkoord/akkoorden
convenant/convenanten protocol/protocollen kader/kaders model/modellen aanpak traject/trajecten
proces/processen organisatie/organisaties bedrijf/bedrijven centrum/centra huis/huizen
gebouw/gebouwen terrein/terreinen gebied/gebieden grond/gronden waarde/waarden prijs/prijzen
markt/markten kosten opbrengst/opbrengsten beheer onderhoud exploitatie eigendom/eigendommen
recht/rechten plicht/plichten verbod/verboden norm/normen eis/eisen criterium/criteria
termijn/termijnen aanvraag/aanvragen verzoek/verzoeken melding/meldingen register/registers
loket/loketten team/teams coördinator/coördinatoren beheerder/beheerders eigenaar/eigenaren
deelnemer/deelnemers energie transitie/transities verkoop/verkopen aankoop/aankopen verhuur
investering/investeringen financiering/financieringen ontwikkeling/ontwikkelingen
herbestemming/herbestemmingen renovatie/renovaties isolatie aansluiting/aansluitingen
vergadering/vergaderingen bijeenkomst/bijeenkomsten uitspraak/uitspraken arrest/arresten
`)

/** Tags: a small controlled list, as entries in a knowledge base have. */
export const TAGS = list(`
grondbeleid aanbesteden subsidie staatssteun energie wonen zorg welzijn participatie
uitdaagrecht erfpacht coöperatie vergunning omgevingswet openbaarheid privacy data democratie
cultuur sport natuur landbouw voedsel mobiliteit economie armoede jeugd erfgoed klimaat
leefbaarheid bestuur financiering belasting toezicht handhaving jurisprudentie europa
mededinging gelijkheid experimenten burgerinitiatief buurtrecht dorpsraad
`)
