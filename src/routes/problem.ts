/**
 * RFC 9457 problem documents (application/problem+json), the error format of the API.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { capProblems } from './problem-list.ts'
import type { ParamProblem } from './search-params.ts'

export interface ProblemDocument {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  'invalid-params'?: ParamProblem[]
  /** How many more problems there were than invalid-params lists. */
  'invalid-params-omitted'?: number
}

export function problem(c: Context, status: ContentfulStatusCode, title: string, detail: string, invalid?: ParamProblem[]): Response {
  const body: ProblemDocument = { type: 'about:blank', title, status, detail, instance: new URL(c.req.url).pathname }
  if (invalid?.length) {
    const { listed, more } = capProblems(invalid)
    body['invalid-params'] = listed
    if (more) body['invalid-params-omitted'] = more
  }
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json; charset=utf-8' })
}
