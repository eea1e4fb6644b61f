/**
 * Who answers for the site: publisher, editors' address and editorial policy, from configuration
 * (PUBLISHER, EDITORIAL_EMAIL, EDITORIAL_POLICY_URL), so a fork names its own owner.
 */
import type { ViewContext } from '../context.ts'
import { reportMailto } from './report-links.tsx'

/** The default policy lives on /over under this id; a configured EDITORIAL_POLICY_URL may point elsewhere. */
export const POLICY_ID = 'redactiebeleid'

export function OwnerSection({ ctx, withPolicy, title }: { ctx: ViewContext; withPolicy: boolean; title: string }) {
  const { t, config } = ctx
  const nl = ctx.lang === 'nl'
  return (
    <section class="owner" aria-labelledby="owner-heading">
      <h2 id="owner-heading">{t.ownerHeading}</h2>
      <p>{t.ownerText(config.publisher)}</p>
      <p>
        {t.ownerContact} <a href={reportMailto(ctx, title)}>{config.editorialEmail}</a>
      </p>
      {withPolicy && (
        <>
          <h3 id={POLICY_ID}>{t.footerPolicy}</h3>
          <ul>
            <li>{nl ? 'Elke regel, oplossing en casus noemt de bronnen waarop hij steunt, met een directe link.' : 'Every rule, workaround and case names the sources it rests on, with a direct link.'}</li>
            <li>{nl ? 'Op elke pagina staat wanneer die voor het laatst is gecontroleerd. Is dat meer dan een jaar geleden, dan staat er een waarschuwing bij.' : 'Every page says when it was last reviewed; more than a year ago, it carries a warning.'}</li>
            <li>{nl ? 'Een bijdrage verschijnt pas nadat de redactie haar aan de bronnen heeft gecontroleerd.' : 'A contribution appears only after the editors have checked it against its sources.'}</li>
            <li>{nl ? 'Een gemelde fout verbeteren we zo snel mogelijk; elke wijziging blijft zichtbaar in de geschiedenis van de broncode.' : 'A reported mistake is corrected as soon as possible; every change stays visible in the history of the source code.'}</li>
          </ul>
        </>
      )}
    </section>
  )
}
