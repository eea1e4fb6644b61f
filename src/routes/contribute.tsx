/**
 * The contribution page (/bijdragen, /en/contribute): the case form in five steps. GET shows
 * step 1; without JavaScript every button is a POST that carries all answers (the other steps'
 * in hidden fields) and says what to do — `next`, `back`, `goto-N`, `add-reference`, `check`
 * (the finished file) or `send` (to the editors). Nothing is stored on the server.
 */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { caseFile } from '../contribute/case-file.ts'
import { emptyValues, formErrors, toInput, valuesFromBody, withReferenceRow, type FormError, type FormValues } from '../contribute/form.ts'
import { formShapeProblem, shapeMessage } from '../contribute/input-limits.ts'
import { contributeMessages, fmt } from '../contribute/messages.ts'
import { caseIssue, editorialAddress, sendToEditors } from '../contribute/relay.ts'
import { relayMessages } from '../contribute/relay-messages.ts'
import { oversizedFields } from '../contribute/size.ts'
import { CHECK_STEP, errorsOfStep, firstStepWithErrors, rulesUnknown, stepFrom, type StepNumber } from '../contribute/steps.ts'
import { pick, type Lang } from '../i18n/languages.ts'
import { createEntriesRepository } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { renderHtml } from '../views/render.tsx'
import type { ContributeProps, ContributeResult } from '../views/contribute/props.ts'
import { TRAP_FIELD } from '../views/contribute/tip-view.tsx'
import { ContributePage } from '../views/pages/contribute.tsx'
import { checkContribution, clientKey, contributionCorpus, contributionLimiter, MAX_CONTRIBUTION_BYTES, MAX_FORM_BYTES, sendLimiter, todayOf } from './contribute-shared.ts'
import { createTipRoutes } from './contribute-tip.tsx'
import { viewContext } from './html.tsx'
import { pathsOf } from '../paths.ts'

export const CONTRIBUTION_API = '/api/v1/contributions/case'

type State = { values: FormValues; step: StepNumber; errors?: FormError[]; result?: ContributeResult; alert?: string; fresh?: boolean }

export function createContributeRoutes(deps: Deps, lang: Lang) {
  const routes = new Hono<AppEnv>()
  const t = pick(contributeMessages, lang)
  const entries = createEntriesRepository(deps.db)
  const limiter = contributionLimiter(deps)
  const sending = sendLimiter(deps)

  const render = async (c: Context, state: State, status: 200 | 400 | 413 | 429) => {
    const corpus = await contributionCorpus(deps)
    const props: ContributeProps = {
      t,
      action: pathsOf(lang).contribute,
      api: CONTRIBUTION_API,
      options: { rules: [...corpus.rules], workarounds: [...corpus.workarounds] },
      taken: [...corpus.taken],
      repository: { url: deps.config.repositoryUrl, branch: deps.config.repositoryBranch },
      values: state.values,
      errors: state.errors ?? [],
      result: state.result,
      alert: state.alert,
      fresh: state.fresh ?? false,
      step: state.step,
      relay: pick(relayMessages, lang),
      editorialAddress: editorialAddress(deps.config),
      tipHref: `${pathsOf(lang).contribute}/tip`,
    }
    const page = await entries.findPage('bijdragen')
    // What was typed comes back in the page: never cache it, anywhere.
    c.header('Cache-Control', status === 200 && state.fresh ? 'public, max-age=60, stale-while-revalidate=600' : 'no-store')
    return c.html(renderHtml(<ContributePage ctx={viewContext(c, deps, lang)} page={page} props={props} />), status)
  }

  /** Every problem of the whole contribution, as form errors, or the finished (or draft) file. */
  const checkAll = async (values: FormValues): Promise<{ errors: FormError[] } | { result: ContributeResult }> => {
    const { input, rowMap } = toInput(values)
    const unknown = rulesUnknown(values)
    const checked = await checkContribution(deps, input, t, { referenceNumbers: rowMap.map((row) => row + 1), rulesUnknown: unknown })
    if (!checked.ok) return { errors: formErrors(checked.problems, rowMap) }
    const today = todayOf(deps)
    return { result: { file: caseFile(checked.value, today), contribution: checked.value, today, complete: checked.value.rules.length > 0 } }
  }

  /** Back to the first step with a problem, showing that step's problems. */
  const showProblems = (c: Context, values: FormValues, errors: FormError[]) => {
    const step = firstStepWithErrors(errors) ?? CHECK_STEP
    return render(c, { values, step, errors: errorsOfStep(errors, step) }, 400)
  }

  routes.route('/tip', createTipRoutes(deps, lang))

  routes.get('/', (c) => render(c, { values: emptyValues(), step: 1, fresh: true }, 200))

  routes.post(
    '/',
    async (c, next) => {
      const decision = await limiter.take(clientKey(c))
      if (decision.ok) return next()
      c.header('Retry-After', String(decision.retryAfterSeconds))
      return render(c, { values: emptyValues(), step: 1, alert: fmt(t.errors.rateLimited, { seconds: decision.retryAfterSeconds }) }, 429)
    },
    bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => render(c, { values: emptyValues(), step: 1, alert: t.errors.tooLarge }, 413) }),
    async (c) => {
      const body = await c.req.parseBody({ all: true })
      const shape = formShapeProblem(body)
      if (shape) return render(c, { values: emptyValues(), step: 1, alert: shapeMessage(shape, lang).detail }, 400)
      let values = valuesFromBody(body)
      // A form posted without a step (an old page, a script) is checked as a whole.
      const step = stepFrom(body.step) ?? CHECK_STEP
      const action = typeof body.action === 'string' ? body.action : 'check'

      // Over the size limit: the values are kept, and the longest fields are named on their step.
      const oversized = oversizedFields(values, t, MAX_CONTRIBUTION_BYTES)
      if (oversized.length) {
        const at = firstStepWithErrors(oversized) ?? step
        return render(c, { values, step: at, errors: errorsOfStep(oversized, at), alert: t.errors.tooLarge }, 413)
      }

      if (action === 'add-reference') {
        values = withReferenceRow(values).values
        return render(c, { values, step: 4 }, 200)
      }
      if (action === 'back') return render(c, { values, step: Math.max(1, step - 1) as StepNumber }, 200)
      const goto = /^goto-(\d)$/.exec(action)
      if (goto) return render(c, { values, step: stepFrom(goto[1]) ?? step }, 200)

      const checked = await checkAll(values)
      if (action === 'next' && step < CHECK_STEP) {
        const here = 'errors' in checked ? errorsOfStep(checked.errors, step) : []
        if (here.length) return render(c, { values, step, errors: here }, 400)
        return render(c, { values, step: (step + 1) as StepNumber }, 200)
      }
      if ('errors' in checked) return showProblems(c, values, checked.errors)
      if (action !== 'send') return render(c, { values, step: CHECK_STEP, result: checked.result }, 200)

      const trap = body[TRAP_FIELD]
      if (typeof trap === 'string' && trap.trim()) return render(c, { values, step: CHECK_STEP, result: checked.result, alert: pick(relayMessages, lang).send.trapped }, 400)
      const decision = await sending.take(clientKey(c))
      if (!decision.ok) {
        c.header('Retry-After', String(decision.retryAfterSeconds))
        return render(c, { values, step: CHECK_STEP, result: checked.result, alert: fmt(t.errors.rateLimited, { seconds: decision.retryAfterSeconds }) }, 429)
      }
      const { file, contribution, complete } = checked.result
      const issue = caseIssue(file, contribution.title, pick(relayMessages, lang), { complete, workaroundsUnknown: values.workarounds_unknown === 'yes' && !contribution.workarounds.length })
      const outcome = await sendToEditors(deps.issueRelay, deps.config, issue, pick(relayMessages, lang))
      return render(c, { values, step: CHECK_STEP, result: { ...checked.result, outcome } }, 200)
    },
  )

  return routes
}
