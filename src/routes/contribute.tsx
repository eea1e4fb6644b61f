/**
 * The contribution page (/bijdragen, /en/contribute). GET shows the empty form; POST is the
 * form without JavaScript: it renders the page again with every value kept and every problem
 * listed, or with the finished file. Nothing is stored.
 */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { caseFile } from '../contribute/case-file.ts'
import { emptyValues, formErrors, toInput, valuesFromBody, withReferenceRow, type FormError, type FormValues } from '../contribute/form.ts'
import { formShapeProblem, shapeMessage } from '../contribute/input-limits.ts'
import { contributeMessages, fmt } from '../contribute/messages.ts'
import { pick, type Lang } from '../i18n/languages.ts'
import { createEntriesRepository } from '../db/entries.repository.ts'
import type { AppEnv, Deps } from '../env.ts'
import { renderHtml } from '../views/render.tsx'
import type { ContributeProps, ContributeResult } from '../views/contribute/props.ts'
import { ContributePage } from '../views/pages/contribute.tsx'
import { checkContribution, clientKey, contributionCorpus, contributionLimiter, MAX_CONTRIBUTION_BYTES, todayOf } from './contribute-shared.ts'
import { viewContext } from './html.tsx'
import { pathsOf } from '../paths.ts'

export const CONTRIBUTION_API = '/api/v1/contributions/case'

export function createContributeRoutes(deps: Deps, lang: Lang) {
  const routes = new Hono<AppEnv>()
  const t = pick(contributeMessages, lang)
  const entries = createEntriesRepository(deps.db)
  const limiter = contributionLimiter(deps)

  const render = async (c: Context, state: { values: FormValues; errors?: FormError[]; result?: ContributeResult; alert?: string; fresh?: boolean }, status: 200 | 400 | 413 | 429) => {
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
    }
    const page = await entries.findPage('bijdragen')
    // What was typed comes back in the page: never cache it, anywhere.
    c.header('Cache-Control', status === 200 && state.fresh ? 'public, max-age=60, stale-while-revalidate=600' : 'no-store')
    return c.html(renderHtml(<ContributePage ctx={viewContext(c, deps, lang)} page={page} props={props} />), status)
  }

  routes.get('/', (c) => render(c, { values: emptyValues(), fresh: true }, 200))

  routes.post(
    '/',
    async (c, next) => {
      const decision = await limiter.take(clientKey(c))
      if (decision.ok) return next()
      c.header('Retry-After', String(decision.retryAfterSeconds))
      return render(c, { values: emptyValues(), alert: fmt(t.errors.rateLimited, { seconds: decision.retryAfterSeconds }) }, 429)
    },
    bodyLimit({ maxSize: MAX_CONTRIBUTION_BYTES, onError: (c) => render(c, { values: emptyValues(), alert: t.errors.tooLarge }, 413) }),
    async (c) => {
      const body = await c.req.parseBody({ all: true })
      const shape = formShapeProblem(body)
      if (shape) return render(c, { values: emptyValues(), alert: shapeMessage(shape, lang).detail }, 400)
      let values = valuesFromBody(body)
      // "Add another source" without JavaScript: the same form with one more row, no checks yet.
      if (body.action === 'add-reference') {
        values = withReferenceRow(values).values
        return render(c, { values }, 200)
      }
      const { input, rowMap } = toInput(values)
      const result = await checkContribution(deps, input, t, { referenceNumbers: rowMap.map((row) => row + 1) })
      if (!result.ok) return render(c, { values, errors: formErrors(result.problems, rowMap) }, 400)
      const today = todayOf(deps)
      return render(c, { values, result: { file: caseFile(result.value, today), contribution: result.value, today } }, 200)
    },
  )

  return routes
}
