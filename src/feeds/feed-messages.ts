/** The words of the feed titles, per interface language; a registered language gives its own under `messages.feeds`. */
import { catalogue } from '../i18n/languages.ts'

const nl = { domain: 'Domein', everything: 'Alles', newAndChanged: 'nieuw en gewijzigd' }
const en: typeof nl = { domain: 'Domain', everything: 'Everything', newAndChanged: 'new and changed' }

export const feedMessages = catalogue<typeof nl>('feeds', { nl, en })
