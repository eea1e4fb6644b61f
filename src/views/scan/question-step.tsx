/**
 * One question of a scan as a form: a fieldset whose legend is the page heading, radio buttons
 * or checkboxes, and the other answers as hidden fields, so that submitting without JavaScript
 * carries every answer in the next address. The island renders the same component.
 */
import type { Lang } from '../../content/taxonomy.ts'
import type { Answers, CompiledQuestion, Scan } from '../../scan/evaluate.ts'
import { ANSWERED_PARAM, answersQuery, previousQuestion, SHOW_PARAM, visibleAnswerPairs, withoutAnswer, type AnswerError } from '../../scan/flow.ts'
import type { ScanMessages } from '../scan-messages.ts'
import { stepPath } from './scan-paths.ts'

export interface QuestionStepProps {
  t: ScanMessages
  lang: Lang
  /** Path of the scan's start page. */
  base: string
  scan: Scan
  question: CompiledQuestion
  step: number
  answers: Answers
  error?: AnswerError
  /** The island passes a handler; without one the form submits as a GET. */
  onSubmit?: (event: Event) => void
}

/** The address the back link of a question points to: the question before it, or the start page. */
export function backHref(base: string, lang: Lang, scan: Scan, answers: Answers, question: string): string {
  const previous = previousQuestion(scan, answers, question)
  if (!previous) return stepPath(base, lang, undefined, answersQuery(scan, answers))
  return stepPath(base, lang, 'question', answersQuery(scan, answers, [[SHOW_PARAM, previous.id]]))
}

export function QuestionStep({ t, lang, base, scan, question, step, answers, error, onSubmit }: QuestionStepProps) {
  const id = `q-${question.id}`
  const chosen = new Set([answers[question.id] ?? []].flat())
  const others = visibleAnswerPairs(scan, withoutAnswer(answers, question.id))
  const message = error === 'dont-know-alone' ? t.dontKnowAlone : error ? t.missingAnswer : undefined
  const describedBy = [question.help ? `${id}-help` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div class="scan-step" data-step={step}>
      <a class="back-link" href={backHref(base, lang, scan, answers, question.id)}>
        {t.back}
      </a>
      {message && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title" class="error-summary__heading">{t.errorSummaryTitle}</h2>
          <ul class="error-summary__list">
            <li>
              <a href={`#${id}-0`}>{message}</a>
            </li>
          </ul>
        </div>
      )}
      <form class="scan-form" method="get" action={stepPath(base, lang, 'question')} onSubmit={onSubmit} noValidate>
        {others.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={ANSWERED_PARAM} value={question.id} />
        <fieldset class={`scan-fieldset${message ? ' scan-fieldset--error' : ''}`} aria-describedby={describedBy}>
          <legend class="scan-legend">
            <span class="scan-step__count">{t.questionOf(step)}</span>
            <h1 class="scan-legend__heading" lang="nl" tabIndex={-1}>
              {question.text}
            </h1>
          </legend>
          {question.help && (
            <p class="scan-help" id={`${id}-help`} lang="nl">
              {question.help}
            </p>
          )}
          <p class="scan-hint">{question.type === 'multi' ? t.chooseAny : t.chooseOne}</p>
          {message && (
            <p class="field-error" id={`${id}-error`}>
              <span class="visually-hidden">{t.errorSummaryTitle}: </span>
              {message}
            </p>
          )}
          <div class="scan-options">
            {question.options.map((option, i) => (
              <div class="scan-option">
                <input
                  type={question.type === 'multi' ? 'checkbox' : 'radio'}
                  id={`${id}-${i}`}
                  name={question.id}
                  value={option.id}
                  checked={chosen.has(option.id)}
                />
                <label for={`${id}-${i}`} lang="nl">
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit">
          {t.nextButton}
        </button>
      </form>
    </div>
  )
}
