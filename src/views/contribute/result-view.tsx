/**
 * The finished file: how to submit it (pull request, issue, download, copy), a preview of the
 * case as readers will meet it, and the file itself. Everything the contributor typed is shown
 * as text; nothing here is inserted as HTML.
 */
import type { ComponentChildren } from 'preact'
import { barriers, domains, initiativeKinds, labelOf, legalForms, outcomes, provinces } from '../../content/taxonomy.ts'
import { dataUrl, LONG_LINK, newFileUrl, newIssueUrl, type Repository } from '../../contribute/links.ts'
import { fmt } from '../../contribute/fmt.ts'
import type { ContributeMessages } from '../../contribute/messages.ts'
import { SECTION_KEYS, sectionHeadings } from '../../contribute/schema.ts'
import type { CorpusOption } from '../../contribute/validate.ts'
import type { ContributeResult } from './props.ts'
import { periodText } from '../components/period.ts'
import type { RelayMessages } from '../../contribute/relay-messages.ts'
import { RelayView } from './relay-view.tsx'
import { TrapField } from './tip-view.tsx'

/** What "Verstuur naar de redactie" needs: where to post, every answer as hidden fields, and its texts. */
export interface SendForm {
  action: string
  hidden: [string, string][]
  relay: RelayMessages
  address: string
}

export interface ResultActions {
  onCopy?: () => void
}

export function ResultView({
  t,
  result,
  repository,
  options,
  copyStatus,
  actions,
  send,
}: {
  t: ContributeMessages
  result: ContributeResult
  repository: Repository
  options: { rules: CorpusOption[]; workarounds: CorpusOption[] }
  copyStatus?: string
  actions?: ResultActions
  send: SendForm
}) {
  const { file, contribution } = result
  const name = `${file.slug}.md`
  const pullRequest = newFileUrl(repository, file.path, file.markdown)
  const issue = newIssueUrl(repository, fmt(t.result.issueTitle, { title: contribution.title }), file.markdown)
  return (
    <section class="contribute-result" aria-labelledby="resultaat-heading">
      <h2 id="resultaat-heading" tabIndex={-1}>
        {t.result.heading}
      </h2>
      <p>{result.complete ? fmt(t.result.intro, { path: file.path }) : t.steps.draftResult}</p>
      {result.outcome ? (
        <RelayView m={send.relay} outcome={result.outcome} address={send.address} />
      ) : (
        <form method="post" action={`${send.action}#uitkomst`} class="contribute-send">
          {send.hidden.map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <TrapField label={send.relay.tip.trap} />
          <p>
            <button type="submit" name="action" value="send">
              {send.relay.send.button}
            </button>
          </p>
          <p class="field__hint">{send.relay.send.hint}</p>
        </form>
      )}
      {result.complete && (
        <details class="contribute-self">
          <summary>{t.steps.selfSubmit}</summary>
          <ul class="contribute-actions">
            <li>
              <a class="button-link button-link--secondary" href={pullRequest}>
                {t.result.pullRequest}
              </a>
              <p class="field__hint">
                {t.result.pullRequestHint}
                {pullRequest.length > LONG_LINK && ` ${t.result.longLink}`}
              </p>
            </li>
            <li>
              <a class="button-link button-link--secondary" href={issue.url}>
                {t.result.issue}
              </a>
              <p class="field__hint">
                {t.result.issueHint}
                {!issue.includesFile && ` ${t.result.issueTooLong}`}
              </p>
            </li>
            <li>
              <a class="button-link button-link--secondary" href={dataUrl(file.markdown)} download={name}>
                {fmt(t.result.download, { name })}
              </a>
              <p class="field__hint">{t.result.downloadHint}</p>
            </li>
          </ul>
        </details>
      )}

      <h3>{t.result.previewHeading}</h3>
      <p class="field__hint">{t.result.previewNote}</p>
      <Preview t={t} result={result} options={options} />

      <div class="field contribute-file">
        <label class="field__label" for="contribute-file">
          {fmt(t.result.fileLabel, { path: file.path })}
        </label>
        {actions?.onCopy && (
          <p class="contribute-file__copy">
            <button type="button" class="button--secondary" onClick={actions.onCopy}>
              {t.result.copy}
            </button>{' '}
            <span role="status">{copyStatus}</span>
          </p>
        )}
        <textarea id="contribute-file" readOnly rows={16} spellcheck={false} value={file.markdown} />
      </div>
    </section>
  )
}

/** The case as a reader will see it, rendered from the validated values (Markdown stays as typed). */
function Preview({ t, result, options }: { t: ContributeMessages; result: ContributeResult; options: { rules: CorpusOption[]; workarounds: CorpusOption[] } }) {
  const c = result.contribution
  const lang = t.lang
  const p = t.preview
  const titleOf = (list: CorpusOption[], slug: string) => list.find((o) => o.slug === slug)?.title ?? slug
  const period = periodText(c.period, (year) => fmt(p.since, { year }))
  return (
    <article class="contribute-preview" lang="nl">
      <p class="contribute-preview__title">{c.title}</p>
      <p>{c.summary}</p>
      <dl class="contribute-preview__facts" lang={lang}>
        <Fact term={p.place}>
          {c.place} ({labelOf(provinces, c.province, lang)})
        </Fact>
        <Fact term={p.period}>{period}</Fact>
        <Fact term={p.initiative}>
          <span lang="nl">{c.initiative.name}</span> ({labelOf(legalForms, c.initiative.legal_form, lang).toLowerCase()}; {labelOf(initiativeKinds, c.initiative.kind, lang).toLowerCase()})
        </Fact>
        <Fact term={p.publicBodies}>{c.public_bodies.length ? <span lang="nl">{c.public_bodies.join(', ')}</span> : p.none}</Fact>
        <Fact term={p.domains}>{c.domains.map((d) => labelOf(domains, d, lang)).join(', ')}</Fact>
        <Fact term={p.rules}>
          <span lang="nl">{c.rules.map((slug) => titleOf(options.rules, slug)).join(', ')}</span>
        </Fact>
        <Fact term={p.workarounds}>{c.workarounds.length ? <span lang="nl">{c.workarounds.map((slug) => titleOf(options.workarounds, slug)).join(', ')}</span> : p.none}</Fact>
        <Fact term={p.outcome}>{labelOf(outcomes, c.outcome, lang)}</Fact>
        <Fact term={p.barrier}>{labelOf(barriers, c.barrier, lang)}</Fact>
        {c.turnaround && <Fact term={p.turnaround}>✓</Fact>}
        <Fact term={p.lastReviewed}>{result.today}</Fact>
      </dl>
      {SECTION_KEYS.map((key) => (
        <section>
          <h4>{sectionHeadings[key]}</h4>
          {paragraphs(c.sections[key]).map((text) => (
            <p class="contribute-preview__text">{text}</p>
          ))}
        </section>
      ))}
      <h4 lang={lang}>{p.references}</h4>
      <ul>
        {c.references.map((ref) => (
          <li>
            {ref.title} — <span class="contribute-preview__source">{ref.type === 'url' ? ref.url : ref.type === 'bwb' && ref.article ? `${ref.id}, art. ${ref.article}` : ref.id}</span>
          </li>
        ))}
      </ul>
    </article>
  )
}

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
