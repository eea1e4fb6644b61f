/**
 * "Verstuur naar de redactie": a tip or a case file becomes an issue in the repository, filed by
 * the server with the deployment's token; without a token, or when GitHub fails, it becomes a
 * prefilled e-mail to the editorial address instead. Either way the contributor's text is kept
 * and shown, never lost.
 */
import type { AppConfig, IssueRelayConfig } from '../env.ts'
import { defaultConfig } from '../env.ts'
import type { CaseFile } from './case-file.ts'
import { fmt } from './fmt.ts'
import { fenced, fileIssue, type IssueDraft } from './github-issues.ts'
import type { RelayMessages } from './relay-messages.ts'
import type { Tip } from './tip.ts'
import { mailtoLink } from './mailto.ts'

/** Labels of issues filed from the site; the editors filter on `via-site`. */
export const TIP_LABELS = ['tip', 'via-site']
export const CASE_LABELS = ['nieuwe-casus', 'via-site']

export type RelayOutcome =
  | { kind: 'filed'; url: string; number: number }
  | { kind: 'mail'; reason: 'noToken' | 'failed' | 'tooLong'; mailto: string; fitsLink: boolean; text: string }

export function tipIssue(tip: Tip, m: RelayMessages): IssueDraft {
  const i = m.issue
  const body = [
    i.viaSite,
    '',
    `### ${i.what}`,
    '',
    // Fenced, so that nothing the contributor typed is rendered, links an issue or mentions a person.
    fenced(tip.what, 'text'),
    '',
    `### ${i.where}`,
    '',
    fenced(tip.where, 'text'),
    '',
    `### ${i.source}`,
    '',
    fenced(tip.source, 'text'),
    '',
    tip.email ? i.contact : i.noContact,
  ].join('\n')
  return { title: fmt(i.tipTitle, { where: oneLine(tip.where, 80) }), body, labels: TIP_LABELS }
}

export function caseIssue(file: CaseFile, title: string, m: RelayMessages, notes: { complete: boolean; workaroundsUnknown: boolean }): IssueDraft {
  const i = m.issue
  const body = [i.viaSite, '', fmt(notes.complete ? i.file : i.draft, { path: file.path }), '', fenced(file.markdown, 'markdown')]
  if (notes.workaroundsUnknown) body.push('', i.workaroundsUnknown)
  return { title: fmt(i.caseTitle, { title: oneLine(title, 120) }), body: body.join('\n'), labels: CASE_LABELS }
}

export function editorialAddress(config: AppConfig): string {
  return config.editorialEmail || defaultConfig.editorialEmail!
}

/** Files the issue when a token is configured; otherwise, or when filing fails, the e-mail route. */
export async function sendToEditors(relay: IssueRelayConfig | undefined, config: AppConfig, issue: IssueDraft, m: RelayMessages): Promise<RelayOutcome> {
  const mail = (reason: 'noToken' | 'failed' | 'tooLong'): RelayOutcome => {
    const link = mailtoLink(editorialAddress(config), issue.title, issue.body, m.send.mailPaste)
    return { kind: 'mail', reason, mailto: link.url, fitsLink: link.fitsLink, text: issue.body }
  }
  if (!relay) return mail('noToken')
  const filed = await fileIssue(relay, config.repositoryUrl, issue)
  if (filed.ok) return { kind: 'filed', url: filed.url, number: filed.number }
  // The reason goes to the log (never the token); the contributor gets the e-mail route.
  console.error(`Filing a contribution as an issue failed: ${filed.reason}`)
  return mail(filed.reason === 'tooLong' ? 'tooLong' : filed.reason === 'noRepository' ? 'noToken' : 'failed')
}

const oneLine = (text: string, max: number) => {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
