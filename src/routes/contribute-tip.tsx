/**
 * The tip page (/bijdragen/tip, /en/contribute/tip): GET shows five questions; POST checks them
 * and sends the tip to the editors — an issue filed by the server, or a prefilled e-mail. Every
 * answer is a page with the values kept; nothing is stored on the server.
 */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { contributeMessages, fmt } from '../contribute/messages.ts'
import { editorialAddress, sendToEditors, tipIssue, type RelayOutcome } from '../contribute/relay.ts'
import { relayMessages, tipTexts } from '../contribute/relay-messages.ts'
import { tipValuesFrom, validateTip, type TipValues } from '../contribute/tip.ts'
import type { FormError } from '../contribute/form.ts'
import type { Lang } from '../content/taxonomy.ts'
import type { AppEnv, Deps } from '../env.ts'
import { pathsOf } from '../paths.ts'
import { ContributeTipPage } from '../views/pages/contribute-tip.tsx'
import { TRAP_FIELD } from '../views/contribute/tip-view.tsx'
import { renderHtml } from '../views/render.tsx'
import { clientKey, contributionLimiter, MAX_FORM_BYTES, sendLimiter } from './contribute-shared.ts'
import { viewContext } from './html.tsx'
import { pick } from '../i18n/languages.ts'

const emptyTip = (): TipValues => ({ what: '', where: '', source: '', email: '', consent: '' })

export function createTipRoutes(deps: Deps, lang: Lang) {
  const routes = new Hono<AppEnv>()
  const m = pick(relayMessages, lang)
  const t = pick(contributeMessages, lang)
  const limiter = contributionLimiter(deps)
  const sending = sendLimiter(deps)
  const action = `${pathsOf(lang).contribute}/tip`

  const render = (c: Context, state: { values: TipValues; errors?: FormError[]; alert?: string; outcome?: RelayOutcome }, status: 200 | 400 | 413 | 429) => {
    const props = {
      m,
      errorHeading: t.errors.summaryHeading,
      errorPrefix: t.errors.errorPrefix,
      optional: t.optional,
      consentLegend: t.groups.consent,
      action,
      fullFormHref: pathsOf(lang).contribute,
      values: state.values,
      errors: state.errors ?? [],
      alert: state.alert,
      outcome: state.outcome,
      address: editorialAddress(deps.config),
    }
    // What was typed comes back in the page: never cache it.
    c.header('Cache-Control', status === 200 && !state.outcome && !state.values.what ? 'public, max-age=60, stale-while-revalidate=600' : 'no-store')
    return c.html(renderHtml(<ContributeTipPage ctx={viewContext(c, deps, lang)} props={props} errorTitlePrefix={t.errors.titlePrefix} />), status)
  }

  routes.get('/', (c) => render(c, { values: emptyTip() }, 200))

  routes.post(
    '/',
    async (c, next) => {
      const decision = await limiter.take(clientKey(c))
      if (decision.ok) return next()
      c.header('Retry-After', String(decision.retryAfterSeconds))
      return render(c, { values: emptyTip(), alert: fmt(t.errors.rateLimited, { seconds: decision.retryAfterSeconds }) }, 429)
    },
    bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => render(c, { values: emptyTip(), alert: t.errors.tooLarge }, 413) }),
    async (c) => {
      const body = await c.req.parseBody()
      const values = tipValuesFrom(body)
      const trap = body[TRAP_FIELD]
      if (typeof trap === 'string' && trap.trim()) return render(c, { values, alert: m.send.trapped }, 400)
      const result = validateTip(values, tipTexts(m, t))
      if (!result.ok) return render(c, { values, errors: result.errors }, 400)
      const decision = await sending.take(clientKey(c))
      if (!decision.ok) {
        c.header('Retry-After', String(decision.retryAfterSeconds))
        return render(c, { values, alert: fmt(t.errors.rateLimited, { seconds: decision.retryAfterSeconds }) }, 429)
      }
      const outcome = await sendToEditors(deps.issueRelay, deps.config, tipIssue(result.tip, m), m)
      return render(c, { values, outcome }, 200)
    },
  )

  return routes
}
