/**
 * Everything the contribution form renders from. The server renders it, then hands the same
 * object to the island as JSON, so the browser's first render matches the server's.
 */
import type { CaseFile } from '../../contribute/case-file.ts'
import type { FormError, FormValues } from '../../contribute/form.ts'
import type { Repository } from '../../contribute/links.ts'
import type { ContributeMessages } from '../../contribute/messages.ts'
import type { CaseContribution } from '../../contribute/schema.ts'
import type { CorpusOption } from '../../contribute/validate.ts'
import type { RelayOutcome } from '../../contribute/relay.ts'
import type { RelayMessages } from '../../contribute/relay-messages.ts'
import type { StepNumber } from '../../contribute/steps.ts'

export interface ContributeResult {
  file: CaseFile
  contribution: CaseContribution & { slug: string }
  today: string
  /** False for a draft without a rule ("weet ik niet"): it can only go to the editors. */
  complete: boolean
  /** After "Verstuur naar de redactie": the issue, or the e-mail route. */
  outcome?: RelayOutcome
}

export interface ContributeProps {
  t: ContributeMessages
  /** Path the form posts to (the page itself). */
  action: string
  /** The validation endpoint the island uses. */
  api: string
  options: { rules: CorpusOption[]; workarounds: CorpusOption[] }
  /** Slugs in use, so that the browser can tell a taken file name before asking the server. */
  taken: string[]
  repository: Repository
  values: FormValues
  errors: FormError[]
  result?: ContributeResult
  /** A general message above the form (rate limit, network). */
  alert?: string
  /** The page was loaded empty: the island may restore a saved draft. */
  fresh: boolean
  /** The step shown (5 is "check your answers"; with a result, the answers under it). */
  step: StepNumber
  /** Texts of sending to the editors. */
  relay: RelayMessages
  /** Where contributions go by e-mail. */
  editorialAddress: string
  /** The tip page, for people with little time. */
  tipHref: string
}

/** JSON for a `<script type="application/json">`: nothing in it can close the element or start markup. */
export function serializeProps(props: ContributeProps): string {
  return JSON.stringify(props).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** The least the view needs from a DOM event; typed here so that the view stays free of browser types. */
export interface UiEvent {
  preventDefault(): void
  target: unknown
  /** The button that submitted a form (SubmitEvent.submitter). */
  submitter?: unknown
}
