/**
 * What happened after "Verstuur naar de redactie": the link to the filed issue, or the e-mail
 * route (no token, GitHub down, too long) with the contributor's text shown in full, so that it
 * is never lost.
 */
import { fmt } from '../../contribute/fmt.ts'
import { mailtoLink } from '../../contribute/mailto.ts'
import type { RelayOutcome } from '../../contribute/relay.ts'
import type { RelayMessages } from '../../contribute/relay-messages.ts'

export function RelayView({ m, outcome, address, email }: { m: RelayMessages; outcome: RelayOutcome; address: string; email?: string }) {
  const s = m.send
  if (outcome.kind === 'filed') {
    const number = `#${outcome.number}`
    const contact = email ? mailtoLink(address, fmt(s.contactSubject, { number }), fmt(s.contactBody, { number, url: outcome.url, email }), '') : undefined
    return (
      <section class="contribute-result relay-result" aria-labelledby="verstuurd-heading">
        <h2 id="verstuurd-heading" tabIndex={-1}>
          {s.sentHeading}
        </h2>
        <p>{fmt(s.sentIntro, { number })}</p>
        <p>
          <a class="button-link" id="issue-link" href={outcome.url}>
            {fmt(s.follow, { number })}
          </a>
        </p>
        {contact && (
          <>
            <p>{s.emailNote}</p>
            <p>
              <a class="button-link button-link--secondary" href={contact.url}>
                {s.emailLink}
              </a>
            </p>
          </>
        )}
      </section>
    )
  }
  const heading = outcome.reason === 'noToken' ? s.mailHeading : s.failedHeading
  const intro = outcome.reason === 'noToken' ? s.mailIntro : outcome.reason === 'tooLong' ? s.tooLongIntro : s.failedIntro
  return (
    <section class="contribute-result relay-result" aria-labelledby="verstuurd-heading">
      <h2 id="verstuurd-heading" tabIndex={-1}>
        {heading}
      </h2>
      <p>{fmt(intro, { address })}</p>
      <p>
        <a class="button-link" id="mail-link" href={outcome.mailto}>
          {s.mailLink}
        </a>
      </p>
      {!outcome.fitsLink && <p>{s.mailTooLong}</p>}
      <div class="field contribute-file">
        <label class="field__label" for="relay-text">
          {s.textLabel}
        </label>
        <textarea id="relay-text" readOnly rows={12} spellcheck={false} value={outcome.text} />
      </div>
    </section>
  )
}
