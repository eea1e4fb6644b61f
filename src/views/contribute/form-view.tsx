/**
 * The contribution form with its error summary and, once valid, the finished file. Works as
 * plain HTML (POST to the page, which renders it again); the island hydrates the same
 * component and passes `handlers` to check in the browser and keep a draft.
 */
import { barriers, domains, initiativeKinds, labelOf, legalForms, outcomes, provinces, referenceTypes } from '../../content/taxonomy.ts'
import { controlId, list, referenceName, referenceRowCount, text, type ReferencePart } from '../../contribute/form.ts'
import { fmt } from '../../contribute/fmt.ts'
import type { FieldKey } from '../../contribute/messages.ts'
import { SECTION_KEYS } from '../../contribute/schema.ts'
import { ErrorSummary } from './error-summary.tsx'
import { ChoiceGroup, FormSection, SelectField, TextArea, TextField, type FieldState } from './fields.tsx'
import type { ContributeProps } from './props.ts'
import { ResultView } from './result-view.tsx'

/** The least the view needs from a DOM event; typed here so that the view stays free of browser types. */
export interface UiEvent {
  preventDefault(): void
  target: unknown
}

export interface ContributeHandlers {
  onInput(event: UiEvent): void
  onSubmit(event: UiEvent): void
  onAddReference(event: UiEvent): void
  onCopy(): void
  onClearDraft(): void
}

export interface ClientState {
  busy?: boolean
  /** Set once the island runs: shows the controls that need JavaScript (copy, delete draft). */
  enhanced?: boolean
  copyStatus?: string
  /** A short message about the draft (restored, deleted). */
  draftNotice?: string
  handlers?: ContributeHandlers
}

/** Id of the area above the form that holds the error summary or the result; the form posts to it. */
export const OUTCOME_ID = 'uitkomst'

export function ContributeView(props: ContributeProps & ClientState) {
  const { t, values, errors, result, handlers } = props
  const errorOf = (name: string) => errors.find((e) => e.name === name)?.message
  const field = (key: FieldKey, name: string = key, optional = false): FieldState => ({
    name,
    label: t.fields[key].label,
    hint: t.fields[key].hint,
    error: errorOf(name),
    errorPrefix: t.errors.errorPrefix,
    optional: optional ? t.optional : undefined,
  })
  const lang = t.lang
  const vocab = (v: { keys: readonly string[]; labels: Record<string, { nl: string; en: string }> }) => v.keys.map((key) => ({ value: key, label: labelOf(v, key, lang) }))
  const rows = referenceRowCount(values)
  const summary = text(values, 'summary')

  return (
    <div class="contribute">
      <div id={OUTCOME_ID}>
        {props.draftNotice && (
          <div class="notice" role="status">
            <p>{props.draftNotice}</p>
          </div>
        )}
        <ErrorSummary heading={t.errors.summaryHeading} errors={errors} alert={props.alert} />
        {result && <ResultView t={t} result={result} repository={props.repository} options={props.options} copyStatus={props.copyStatus} actions={props.enhanced && handlers ? { onCopy: handlers.onCopy } : undefined} />}
      </div>

      <h2 id="formulier">{result ? t.formHeadingEdit : t.formHeading}</h2>
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
        <FormSection heading={t.groups.about}>
          <TextField field={field('title')} value={text(values, 'title')} />
          <TextArea field={field('summary')} value={summary} rows={3} extraHint={fmt(t.summaryCount, { max: 300, n: summary.trim().length })} />
          <TextField field={field('slug', 'slug', true)} value={text(values, 'slug')} width="medium" />
        </FormSection>

        <FormSection heading={t.groups.where}>
          <TextField field={field('place')} value={text(values, 'place')} width="medium" />
          <SelectField field={field('province')} value={text(values, 'province')} options={vocab(provinces)} placeholder={t.chooseProvince} />
          <div class="field-row">
            <TextField field={field('period.start')} value={text(values, 'period.start')} width="short" inputMode="numeric" />
            <TextField field={field('period.end', 'period.end', true)} value={text(values, 'period.end')} width="short" inputMode="numeric" />
          </div>
        </FormSection>

        <FormSection heading={t.groups.initiative}>
          <TextField field={field('initiative.name')} value={text(values, 'initiative.name')} />
          <ChoiceGroup field={field('initiative.legal_form')} type="radio" options={vocab(legalForms)} selected={[text(values, 'initiative.legal_form')]} />
          <ChoiceGroup field={field('initiative.kind')} type="radio" options={vocab(initiativeKinds)} selected={[text(values, 'initiative.kind')]} columns />
          <TextArea field={field('public_bodies', 'public_bodies', true)} value={text(values, 'public_bodies')} rows={3} />
          <ChoiceGroup field={field('domains')} type="checkbox" options={vocab(domains)} selected={list(values, 'domains')} columns />
        </FormSection>

        <FormSection heading={t.groups.links}>
          <ChoiceGroup field={field('rules')} type="checkbox" options={props.options.rules.map((r) => ({ value: r.slug, label: r.title, lang: 'nl' }))} selected={list(values, 'rules')} columns />
          <ChoiceGroup
            field={field('workarounds', 'workarounds', true)}
            type="checkbox"
            options={props.options.workarounds.map((w) => ({ value: w.slug, label: w.title, lang: 'nl' }))}
            selected={list(values, 'workarounds')}
            columns
          />
        </FormSection>

        <FormSection heading={t.groups.outcome}>
          <ChoiceGroup field={field('outcome')} type="radio" options={vocab(outcomes)} selected={[text(values, 'outcome')]} />
          <ChoiceGroup field={field('turnaround', 'turnaround', true)} type="checkbox" options={[{ value: 'yes', label: t.fields.turnaround.label }]} selected={[text(values, 'turnaround')]} />
          <ChoiceGroup field={field('barrier')} type="radio" options={vocab(barriers)} selected={[text(values, 'barrier')]} />
        </FormSection>

        <FormSection heading={t.groups.references} hint={t.groupHints.references}>
          {Array.from({ length: rows }, (_, row) => {
            const part = (p: ReferencePart, optional = false) => field(`references.${p}` as FieldKey, referenceName(row, p), optional)
            const value = (p: ReferencePart) => text(values, referenceName(row, p))
            return (
              <fieldset class="reference-row" id={`bron-${row + 1}`}>
                <legend>{fmt(t.referenceRow, { n: row + 1 })}</legend>
                <SelectField field={part('type')} value={value('type') || 'url'} options={vocab(referenceTypes)} />
                <TextField field={part('id')} value={value('id')} />
                <TextField field={part('title')} value={value('title')} />
                <div class="field-row">
                  <TextField field={part('article', true)} value={value('article')} width="short" />
                  <TextField field={part('publisher', true)} value={value('publisher')} width="medium" />
                  <TextField field={part('date', true)} value={value('date')} width="short" />
                </div>
              </fieldset>
            )
          })}
          <button
            type="submit"
            class="button--secondary"
            name="action"
            value="add-reference"
            formAction={`${props.action}#${controlId(referenceName(rows, 'type'))}`}
            onClick={handlers?.onAddReference}
          >
            {t.addReference}
          </button>
        </FormSection>

        <FormSection heading={t.groups.story} hint={t.groupHints.story}>
          {SECTION_KEYS.map((key) => {
            const name = `sections.${key}`
            return <TextArea field={field(name as FieldKey)} value={text(values, name)} rows={7} />
          })}
        </FormSection>

        <FormSection heading={t.groups.extra} hint={t.groupHints.extra}>
          <TextField field={field('title_en', 'title_en', true)} value={text(values, 'title_en')} />
          <TextArea field={field('summary_en', 'summary_en', true)} value={text(values, 'summary_en')} rows={3} />
          <TextArea field={field('aliases', 'aliases', true)} value={text(values, 'aliases')} rows={3} />
          <TextArea field={field('contributors', 'contributors', true)} value={text(values, 'contributors')} rows={2} />
        </FormSection>

        <ChoiceGroup field={{ ...field('consent'), label: t.groups.consent, hint: undefined }} type="checkbox" options={[{ value: 'yes', label: t.fields.consent.label }]} selected={text(values, 'consent') === 'yes' ? ['yes'] : []} />

        <p class="contribute-form__submit">
          <button type="submit" disabled={props.busy}>
            {t.submit}
          </button>{' '}
          <span role="status" class="contribute-form__busy">
            {props.busy ? t.checking : ''}
          </span>
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
