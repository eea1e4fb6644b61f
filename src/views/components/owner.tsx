/**
 * Who answers for the site: publisher, editors' address and editorial policy, from configuration
 * (PUBLISHER, EDITORIAL_EMAIL, EDITORIAL_POLICY_URL), so a fork names its own owner.
 */
import type { ViewContext } from '../context.ts'
import { reportMailto } from './report-links.tsx'
import { pageMessages } from '../page-messages.ts'

/** The default policy lives on /over under this id; a configured EDITORIAL_POLICY_URL may point elsewhere. */
export const POLICY_ID = 'redactiebeleid'

export function OwnerSection({ ctx, withPolicy, title }: { ctx: ViewContext; withPolicy: boolean; title: string }) {
  const { t, config } = ctx
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
            {pageMessages(ctx.lang).policyPoints.map((point) => (
              <li>{point}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
