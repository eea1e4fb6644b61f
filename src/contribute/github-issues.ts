/**
 * Files a contribution as an issue through the GitHub REST API (POST /repos/{owner}/{repo}/issues)
 * with the deployment's token, so that a contributor needs no account. Uses only `fetch`, so it
 * runs the same on Node and in the Worker. Every failure comes back as a reason, never a throw:
 * the caller then offers e-mail instead, with the text kept.
 */
import type { IssueRelayConfig } from '../env.ts'

export interface IssueDraft {
  title: string
  body: string
  labels: string[]
}

export type FiledIssue = { ok: true; url: string; number: number }
export type IssueFailure = { ok: false; reason: 'unauthorized' | 'unavailable' | 'timeout' | 'rejected' | 'tooLong' | 'noRepository' }

/** GitHub refuses an issue body above 65,536 characters; stay a little below it. */
export const ISSUE_BODY_MAX = 65_000
/** Time GitHub gets to answer before the contributor is offered e-mail. */
export const DEFAULT_TIMEOUT_MS = 10_000

/** Owner and name of a repository at github.com (or a GitHub Enterprise host) from its web address. */
export function repositoryOf(repositoryUrl: string): { owner: string; repo: string } | undefined {
  const match = /^https?:\/\/[^/]+\/([A-Za-z0-9][A-Za-z0-9_.-]*)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(repositoryUrl.trim())
  return match ? { owner: match[1]!, repo: match[2]! } : undefined
}

/** The two fields of GitHub's answer the contributor needs: the issue's web address and number. */
function createdIssue(value: unknown): { url: string; number: number } | undefined {
  const { html_url: url, number } = (value ?? {}) as { html_url?: unknown; number?: unknown }
  return typeof url === 'string' && /^https?:\/\/[^\s"<>]+$/.test(url) && typeof number === 'number' && Number.isInteger(number) ? { url, number } : undefined
}

export async function fileIssue(relay: IssueRelayConfig, repositoryUrl: string, issue: IssueDraft): Promise<FiledIssue | IssueFailure> {
  const repository = repositoryOf(repositoryUrl)
  if (!repository) return { ok: false, reason: 'noRepository' }
  if (issue.body.length > ISSUE_BODY_MAX) return { ok: false, reason: 'tooLong' }
  const url = `${relay.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}/issues`
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${relay.token}`,
        'Content-Type': 'application/json',
        'User-Agent': 'Tussenruimte-bijdragen',
        'X-GitHub-Api-Version': '2022-11-28',
      },
      body: JSON.stringify(issue),
      signal: AbortSignal.timeout(relay.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    })
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unavailable' }
  }
  if (res.status === 401 || res.status === 403) return drain(res, 'unauthorized')
  if (res.status >= 500) return drain(res, 'unavailable')
  if (res.status !== 201) return drain(res, 'rejected')
  const created = createdIssue(await res.json().catch(() => undefined))
  return created ? { ok: true, ...created } : { ok: false, reason: 'rejected' }
}

async function drain(res: Response, reason: IssueFailure['reason']): Promise<IssueFailure> {
  // The body is not needed, but left unread it would hold the connection open.
  await res.body?.cancel().catch(() => undefined)
  return { ok: false, reason }
}

/** A fenced block that no line of `text` can close: one backtick more than the longest run inside. */
export function fenced(text: string, info = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${info}\n${text}\n${fence}`
}
