/**
 * POST /api/v1/contributions/case: checks a contributed case and returns the Markdown file,
 * or every problem at once as a problem document. Stateless: nothing is stored.
 */
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { caseFile } from '../contribute/case-file.ts'
import { jsonDepthExceeds, jsonShapeProblem, shapeMessage } from '../contribute/input-limits.ts'
import { contributeMessages, fmt } from '../contribute/messages.ts'
import type { AppEnv, Deps } from '../env.ts'
import { checkContribution, clientKey, contributionLimiter, MAX_CONTRIBUTION_BYTES, todayOf } from './contribute-shared.ts'
import { problem } from './problem.ts'

const languageOf = (c: Context) => (/^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'nl')

export function createContributionApi(deps: Deps) {
  const api = new Hono<AppEnv>()
  const limiter = contributionLimiter(deps)

  api.post(
    '/case',
    async (c, next) => {
      const decision = await limiter.take(clientKey(c))
      if (decision.ok) return next()
      const t = contributeMessages[languageOf(c)]
      const res = problem(c, 429, t.problem.rateLimitedTitle, fmt(t.errors.rateLimited, { seconds: decision.retryAfterSeconds }))
      res.headers.set('Retry-After', String(decision.retryAfterSeconds))
      return res
    },
    bodyLimit({
      maxSize: MAX_CONTRIBUTION_BYTES,
      onError: (c) => problem(c, 413, contributeMessages.nl.problem.tooLargeTitle, fmt(contributeMessages.nl.problem.tooLargeDetail, { max: MAX_CONTRIBUTION_BYTES })),
    }),
    async (c) => {
      const t = contributeMessages[languageOf(c)]
      if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(c.req.header('content-type') ?? '')) return problem(c, 415, t.problem.unsupportedTitle, t.problem.unsupportedDetail)
      let raw: unknown
      try {
        const text = await c.req.text()
        // Refused before parsing: nothing below ever walks a structure deeper or wider than a case can be.
        const shape = jsonDepthExceeds(text) ? { kind: 'depth' as const, at: '-' } : jsonShapeProblem((raw = JSON.parse(text)))
        if (shape) {
          const { title, detail } = shapeMessage(shape, t.lang)
          return problem(c, 400, title, detail)
        }
      } catch {
        return problem(c, 400, t.problem.badJsonTitle, t.problem.badJsonDetail)
      }
      const result = await checkContribution(deps, raw, t)
      if (!result.ok) {
        return problem(c, 400, t.problem.title, fmt(t.problem.detail, { n: result.problems.length }), result.problems.map((p) => ({ name: p.name, reason: p.message })))
      }
      const file = caseFile(result.value, todayOf(deps))
      c.header('Cache-Control', 'no-store')
      if (/\btext\/markdown\b/.test(c.req.header('accept') ?? '')) {
        return c.body(file.markdown, 200, { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': `attachment; filename="${file.slug}.md"` })
      }
      return c.json(file)
    },
  )
  api.all('/case', (c) => {
    const res = problem(c, 405, 'Methode niet toegestaan', 'Stuur een bijdrage met POST.')
    res.headers.set('Allow', 'POST')
    return res
  })
  return api
}
