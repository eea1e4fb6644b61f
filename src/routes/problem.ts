/**
 * RFC 9457 problem documents (application/problem+json), the error format of the API.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ParamProblem } from './search-params.ts'

export interface ProblemDocument {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  'invalid-params'?: ParamProblem[]
}

export function problem(c: Context, status: ContentfulStatusCode, title: string, detail: string, invalid?: ParamProblem[]): Response {
  const body: ProblemDocument = { type: 'about:blank', title, status, detail, instance: new URL(c.req.url).pathname }
  if (invalid?.length) body['invalid-params'] = invalid
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json; charset=utf-8' })
}
