/**
 * The case form in five steps, with its error summary and, once valid, the finished file and
 * "Verstuur naar de redactie". Works as plain HTML: every button posts the page, which renders
 * the next step with the other steps' answers in hidden fields. The island hydrates the same
 * component and passes `handlers` to check a step in the browser, filter long lists and keep a draft.
 */
import { fmt } from '../../contribute/fmt.ts'
import type { FieldKey } from '../../contribute/messages.ts'
import { CHECK_STEP, hiddenPairs, STEP_COUNT, type StepNumber } from '../../contribute/steps.ts'
import { CheckAnswers } from './check-answers.tsx'
import { ErrorSummary } from './error-summary.tsx'
import type { FieldState } from './fields.tsx'
import type { ContributeProps, UiEvent } from './props.ts'
import { ResultView } from './result-view.tsx'
import { LinksStep, SourcesStep, StoryStep, WhoStep, type StepFieldsProps } from './step-fields.tsx'

export type { UiEvent }

export interface ContributeHandlers {
  onInput(event: UiEvent): void
  onSubmit(event: UiEvent): void
  onAddReference(event: UiEvent): void
  onFilter(kind: 'rules' | 'workarounds', value: string): void
  onCopy(): void
  onClearDraft(): void
}

export interface ClientState {
  /** Set once the island runs: shows the controls that need JavaScript (filters, copy, delete draft). */
  enhanced?: boolean
  copyStatus?: string
  /** A short message about the draft (restored, deleted). */
  draftNotice?: string
  filters?: { rules: string; workarounds: string }
  handlers?: ContributeHandlers
}

/** Id of the area above the form that holds the error summary or the result; the form posts to it. */
export const OUTCOME_ID = 'uitkomst'

const STEP_VIEWS: Record<Exclude<StepNumber, 5>, (props: StepFieldsProps) => preact.JSX.Element> = { 1: StoryStep, 2: WhoStep, 3: LinksStep, 4: SourcesStep }

export function ContributeView(props: ContributeProps & ClientState) {
  const { t, values, errors, result, handlers } = props
  const step: StepNumber = result ? CHECK_STEP : props.step
  const s = t.steps
  const errorOf = (name: string) => errors.find((e) => e.name === name)?.message
  const field = (key: FieldKey, name: string = key, optional = false): FieldState => ({
    name,
    label: t.fields[key].label,
    hint: t.fields[key].hint,
    error: errorOf(name),
    errorPrefix: t.errors.errorPrefix,
    optional: optional ? t.optional : undefined,
  })
  const stepProps: StepFieldsProps = {
    t,
    values,
    field,
    options: props.options,
    action: props.action,
    filters: props.enhanced ? (props.filters ?? { rules: '', workarounds: '' }) : undefined,
    onFilter: props.enhanced ? handlers?.onFilter : undefined,
    onAddReference: handlers?.onAddReference,
  }
  const StepFields = step === CHECK_STEP ? undefined : STEP_VIEWS[step as Exclude<StepNumber, 5>]
  const extraFields = ['slug', 'title_en', 'summary_en', 'aliases', 'contributors']

  return (
    <div class="contribute">
      <div id={OUTCOME_ID}>
        {props.draftNotice && (
          <div class="notice" role="status">
            <p>{props.draftNotice}</p>
          </div>
        )}
        <ErrorSummary heading={t.errors.summaryHeading} errors={errors} alert={props.alert} />
        {result && (
          <ResultView
            t={t}
            result={result}
            repository={props.repository}
            options={props.options}
            copyStatus={props.copyStatus}
            actions={props.enhanced && handlers ? { onCopy: handlers.onCopy } : undefined}
            send={{ action: props.action, hidden: hiddenPairs(values, undefined), relay: props.relay, address: props.editorialAddress }}
          />
        )}
      </div>

      {!result && step === 1 && (
        <p class="contribute-tip-link">
          <a href={props.tipHref}>{s.tip}</a>
        </p>
      )}
      <ol class="contribute-steps" aria-label={s.navLabel}>
        {s.names.map((name, i) => (
          <li aria-current={i + 1 === step ? 'step' : undefined}>{name}</li>
        ))}
      </ol>
      <h2 id="formulier">
        {result ? (
          t.formHeadingEdit
        ) : (
          <>
            <span class="contribute-steps__caption">{fmt(s.progress, { n: step, total: STEP_COUNT })}</span> {s.names[step - 1]}
          </>
        )}
      </h2>
      {result && <p>{t.formEditIntro}</p>}
      <form
        class="contribute-form"
        method="post"
        action={`${props.action}#${OUTCOME_ID}`}
        noValidate
        aria-labelledby="formulier"
        onInput={handlers?.onInput}
        onChange={handlers?.onInput}
        onSubmit={handlers?.onSubmit}
      >
        <input type="hidden" name="step" value={String(step)} />
        {hiddenPairs(values, step).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {StepFields ? <StepFields {...stepProps} /> : <CheckAnswers t={t} values={values} field={field} options={props.options} extraOpen={extraFields.some((name) => errorOf(name))} />}
        <p class="contribute-form__submit">
          <button type="submit" name="action" value={step === CHECK_STEP ? 'check' : 'next'}>
            {step === CHECK_STEP ? t.submit : s.next}
          </button>{' '}
          {step > 1 && (
            <button type="submit" class="button--secondary" name="action" value="back">
              {s.back}
            </button>
          )}
        </p>
      </form>
      {props.enhanced && handlers && (
        <p class="contribute-draft">
          <button type="button" class="button--link" onClick={handlers.onClearDraft}>
            {t.draft.clear}
          </button>
        </p>
      )}
    </div>
  )
}
