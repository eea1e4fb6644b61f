/** The items of a scan result: a rule with its status and demands, a workaround with its checklist, a case, a signal. */
import type { ComponentChildren } from 'preact'
import { entryPath } from '../../paths.ts'
import type { CaseView, RuleView, SignalView, TraceView, WorkaroundView } from '../../services/scan-result.ts'
import { CertaintyBadge, OutcomeBadge } from '../components/badges.tsx'
import type { ViewContext } from '../context.ts'
import { scanPath } from './scan-url.ts'

/** "Waarom staat dit hier?": the answers from the trace that brought an item into the result. */
export function Why({ ctx, trace, about }: { ctx: ViewContext; trace: TraceView[]; about: string }) {
  const t = ctx.t.scan
  return (
    <details class="scan-why">
      <summary>
        {t.why}
        <span class="visually-hidden" lang="nl">
          {' '}
          {about}
        </span>
      </summary>
      {trace.length ? (
        <>
          <p>{t.whyAnswers}</p>
          <ul>
            {trace.map((item) => (
              <li lang="nl">
                {item.questionText} <strong>{item.optionLabel}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.whyNoAnswers}</p>
      )}
    </details>
  )
}

function Texts({ heading, items, children }: { heading: string; items: string[]; children?: ComponentChildren }) {
  if (!items.length) return null
  return (
    <>
      <h4>{heading}</h4>
      {items.length === 1 ? <p lang="nl">{items[0]}</p> : <ul lang="nl">{items.map((d) => <li>{d}</li>)}</ul>}
      {children}
    </>
  )
}

export function RuleItem({ ctx, rule }: { ctx: ViewContext; rule: RuleView }) {
  const t = ctx.t.scan
  return (
    <li class={`scan-item scan-rule scan-rule--${rule.status}`}>
      <h3 lang="nl">
        <a href={entryPath(ctx.lang, 'rule', rule.slug)}>{rule.title}</a>
      </h3>
      <p class="badges">
        <span class={`badge badge--scan-${rule.status}`}>{t.status[rule.status]}</span>
      </p>
      <p>{t.statusExplained[rule.status]}</p>
      <Texts heading={t.demandHeading} items={rule.demands} />
      {rule.greyNote && <Texts heading={t.greyHeading} items={[rule.greyNote]} />}
      <Texts heading={t.openHeading} items={rule.openQuestions} />
      <Why ctx={ctx} trace={rule.trace} about={rule.title} />
    </li>
  )
}

export function WorkaroundItem({ ctx, workaround: w }: { ctx: ViewContext; workaround: WorkaroundView }) {
  const t = ctx.t.scan
  return (
    <li class="scan-item scan-workaround">
      <h3 lang="nl">
        <a href={entryPath(ctx.lang, 'workaround', w.slug)}>{w.title}</a>
      </h3>
      <p class="badges">
        <CertaintyBadge value={w.certainty} lang={ctx.lang} />
      </p>
      <p lang="nl">{w.summary}</p>
      {w.warnings.map((text) => (
        <p class="notice notice--warning">
          <strong>{t.warning}:</strong> <span lang="nl">{text}</span>
        </p>
      ))}
      {w.conditions.length > 0 && (
        <>
          <h4>{t.conditionsChecklist}</h4>
          <ul class="checklist" lang="nl">
            {w.conditions.map((c) => (
              <li>{c}</li>
            ))}
          </ul>
        </>
      )}
      <Why ctx={ctx} trace={w.trace} about={w.title} />
    </li>
  )
}

export function CaseItem({ ctx, entry }: { ctx: ViewContext; entry: CaseView }) {
  return (
    <li class="scan-item scan-case">
      <h3 lang="nl">
        <a href={entryPath(ctx.lang, 'case', entry.slug)}>{entry.title}</a>
      </h3>
      <p class="badges">
        <OutcomeBadge value={entry.outcome} lang={ctx.lang} />
        <span class="badge badge--place">{entry.place}</span>
      </p>
      <p lang="nl">{entry.summary}</p>
      <Why ctx={ctx} trace={entry.trace} about={entry.title} />
    </li>
  )
}

export function SignalItem({ ctx, signal }: { ctx: ViewContext; signal: SignalView }) {
  const t = ctx.t.scan
  return (
    <li class="scan-item scan-signal">
      <p lang="nl">{signal.text}</p>
      {signal.scan && (
        <p>
          {t.otherScan}: <a href={scanPath(ctx.lang, signal.scan.slug)} lang="nl">{signal.scan.title}</a>
        </p>
      )}
      <Why ctx={ctx} trace={signal.trace} about={signal.text.slice(0, 60)} />
    </li>
  )
}
