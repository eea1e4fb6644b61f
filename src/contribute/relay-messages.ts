/**
 * Interface text of the tip form and of sending to the editors, in Dutch and English. Only the
 * server renders these (the tip page has no island), so they live apart from the form's texts.
 */
import type { Lang } from '../content/taxonomy.ts'
import type { ContributeMessages } from './messages.ts'
import type { TipTexts } from './tip.ts'

const nl = {
  tip: {
    title: 'Een tip sturen',
    lead: 'Weinig tijd? Vertel in een paar zinnen wat er gebeurde, waar, en waar dat te lezen is. De redactie zoekt de rest uit. U heeft geen account nodig.',
    fullForm: 'Liever de hele casus beschrijven? Gebruik het formulier in stappen.',
    hints: {
      what: 'Wie wilde wat, welke regel of procedure stond in de weg, en hoe liep het af? Noem organisaties en overheden, geen namen van bewoners of andere privépersonen.',
      where: 'De gemeente, de provincie of de organisatie waar het speelde.',
      source: 'Een link die met https:// begint, of een beschrijving: een krantenartikel, een raadsbesluit, een uitspraak.',
      email: 'Alleen als de redactie u iets mag vragen. Het komt niet in het openbare issue te staan.',
    },
    labels: {
      what: 'Wat gebeurde er?',
      where: 'Waar was het?',
      source: 'Waar staat het?',
      email: 'Uw e-mailadres',
      consent: 'Ik bevestig: de tekst is in mijn eigen woorden, bevat geen persoonsgegevens van privépersonen, en ik deel hem onder de licentie CC BY-SA 4.0.',
    },
    required: {
      what: 'Vertel wat er gebeurde',
      where: 'Vul in waar het was',
      source: 'Vul een link of een beschrijving van de bron in',
      consent: 'Bevestig dat uw tip aan de spelregels voldoet',
    },
    email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het veld leeg',
    trap: 'Laat dit veld leeg',
  },
  send: {
    button: 'Verstuur naar de redactie',
    hint: 'De redactie krijgt uw bijdrage als openbaar issue in de repository van Tussenruimte. U heeft geen account nodig, en u krijgt de link om het te volgen.',
    sentHeading: 'Verstuurd naar de redactie',
    sentIntro: 'Dank u. Uw bijdrage staat nu als issue {number} bij de redactie. Daar kunt u volgen wat ermee gebeurt; de redactie kijkt elke bijdrage na voordat die online komt.',
    follow: 'Volg uw bijdrage: issue {number}',
    emailNote: 'U gaf een e-mailadres. Omdat issues openbaar zijn, staat het er niet in. Wilt u dat de redactie u kan bereiken? Stuur uw adres dan per e-mail.',
    emailLink: 'Mijn e-mailadres aan de redactie sturen',
    mailHeading: 'Stuur uw bijdrage per e-mail',
    mailIntro: 'Versturen gaat op deze site via uw e-mailprogramma. De knop opent een e-mail aan {address} met uw bijdrage erin; u hoeft alleen op verzenden te drukken.',
    failedHeading: 'Versturen lukte nu niet',
    failedIntro: 'De verbinding met de redactie werkt op dit moment niet. Uw tekst is niet verloren: stuur hem per e-mail aan {address}, of probeer het later opnieuw.',
    tooLongIntro: 'Uw bijdrage is te lang om als issue te versturen. Uw tekst is niet verloren: stuur hem per e-mail aan {address}.',
    mailLink: 'E-mail aan de redactie openen',
    mailTooLong: 'Uw tekst is te lang voor een e-maillink. Kopieer hem hieronder en plak hem in de e-mail.',
    mailPaste: '(Plak hier de tekst van de pagina.)',
    textLabel: 'Uw tekst',
    trapped: 'Uw bijdrage is niet verstuurd: het veld “Laat dit veld leeg” was ingevuld. Maak het leeg en verstuur opnieuw.',
    contactSubject: 'Contact over issue {number}',
    contactBody: 'Mijn e-mailadres voor vragen over issue {number} ({url}): {email}',
  },
  issue: {
    tipTitle: 'Tip: {where}',
    caseTitle: 'Nieuwe casus: {title}',
    viaSite: 'Ingestuurd via het formulier op de site, zonder account.',
    what: 'Wat er gebeurde',
    where: 'Waar',
    source: 'Bron',
    contact: 'De inzender liet een e-mailadres achter; het staat niet in dit openbare issue.',
    noContact: 'De inzender liet geen e-mailadres achter.',
    file: 'Het bestand ({path}), gecontroleerd met dezelfde regels als npm run check:',
    draft: 'Het concept ({path}). Het is nog niet compleet: de inzender wist niet welke regel speelde. Vul `rules` aan voordat u het samenvoegt.',
    workaroundsUnknown: 'De inzender wist niet of er een oplossing is gebruikt.',
  },
}

export type RelayMessages = typeof nl

const en: RelayMessages = {
  tip: {
    title: 'Send a tip',
    lead: 'Short of time? Tell us in a few sentences what happened, where, and where it can be read. The editors work out the rest. You need no account.',
    fullForm: 'Rather describe the whole case? Use the form in steps.',
    hints: {
      what: 'Who wanted what, which rule or procedure was in the way, and how did it end? Name organisations and public bodies, never residents or other private persons.',
      where: 'The municipality, province or organisation where it happened.',
      source: 'A link that starts with https://, or a description: a newspaper article, a council decision, a ruling.',
      email: 'Only if the editors may ask you something. It is not put in the public issue.',
    },
    labels: {
      what: 'What happened?',
      where: 'Where was it?',
      source: 'Where can it be read?',
      email: 'Your e-mail address',
      consent: 'I confirm: the text is in my own words, holds no personal data of private persons, and I share it under the CC BY-SA 4.0 licence.',
    },
    required: {
      what: 'Tell us what happened',
      where: 'Enter where it was',
      source: 'Enter a link or a description of the source',
      consent: 'Confirm that your tip follows the house rules',
    },
    email: 'Enter an e-mail address such as name@example.org, or leave the field empty',
    trap: 'Leave this field empty',
  },
  send: {
    button: 'Send to the editors',
    hint: 'The editors receive your contribution as a public issue in the Tussenruimte repository. You need no account, and you get the link to follow it.',
    sentHeading: 'Sent to the editors',
    sentIntro: 'Thank you. Your contribution is now issue {number} with the editors. You can follow it there; the editors review every contribution before it is published.',
    follow: 'Follow your contribution: issue {number}',
    emailNote: 'You gave an e-mail address. Issues are public, so it is not in there. Do you want the editors to be able to reach you? Then send your address by e-mail.',
    emailLink: 'Send my e-mail address to the editors',
    mailHeading: 'Send your contribution by e-mail',
    mailIntro: 'On this site, sending goes through your e-mail program. The button opens an e-mail to {address} with your contribution in it; you only need to press send.',
    failedHeading: 'Sending did not work just now',
    failedIntro: 'The connection to the editors is not working at the moment. Your text is not lost: send it by e-mail to {address}, or try again later.',
    tooLongIntro: 'Your contribution is too long to send as an issue. Your text is not lost: send it by e-mail to {address}.',
    mailLink: 'Open an e-mail to the editors',
    mailTooLong: 'Your text is too long for an e-mail link. Copy it below and paste it into the e-mail.',
    mailPaste: '(Paste the text from the page here.)',
    textLabel: 'Your text',
    trapped: 'Your contribution was not sent: the field “Leave this field empty” was filled in. Empty it and send again.',
    contactSubject: 'Contact about issue {number}',
    contactBody: 'My e-mail address for questions about issue {number} ({url}): {email}',
  },
  // The issue is read by the (Dutch) editors, whatever the contributor's interface language.
  issue: nl.issue,
}

export const relayMessages: Record<Lang, RelayMessages> = { nl, en }

/** The texts the tip validator needs: its own, and the case form's for the shared text rules. */
export function tipTexts(m: RelayMessages, t: ContributeMessages): TipTexts {
  const { tooLong, html, unsafeLink, codeBlock } = t.errors
  return { required: m.tip.required, tooLong, email: m.tip.email, labels: m.tip.labels, issues: { html, unsafeLink, codeBlock } }
}
