/**
 * Interface text that components used to carry inline as Dutch/English branches: the review
 * notice's label, the editorial policy and the friction map's legend. A registered language gives
 * its own under `messages.pages`.
 */
import { catalogue } from '../i18n/languages.ts'

const nl = {
  reviewNoteLabel: 'Let op: ',
  policyPoints: [
    'Elke regel, oplossing en casus noemt de bronnen waarop hij steunt, met een directe link.',
    'Op elke pagina staat wanneer die voor het laatst is gecontroleerd. Is dat meer dan een jaar geleden, dan staat er een waarschuwing bij.',
    'Een bijdrage verschijnt pas nadat de redactie haar aan de bronnen heeft gecontroleerd.',
    'Een gemelde fout verbeteren we zo snel mogelijk; elke wijziging blijft zichtbaar in de geschiedenis van de broncode.',
  ],
  frictionLegend: 'Hoe donkerder het vak, hoe meer casussen; het getal staat er altijd in.',
}

export type PageMessages = typeof nl

const en: PageMessages = {
  reviewNoteLabel: 'Note: ',
  policyPoints: [
    'Every rule, workaround and case names the sources it rests on, with a direct link.',
    'Every page says when it was last reviewed; more than a year ago, it carries a warning.',
    'A contribution appears only after the editors have checked it against its sources.',
    'A reported mistake is corrected as soon as possible; every change stays visible in the history of the source code.',
  ],
  frictionLegend: 'The darker the cell, the more cases; the number is always shown.',
}

export const pageMessages = catalogue<PageMessages>('pages', { nl, en })
