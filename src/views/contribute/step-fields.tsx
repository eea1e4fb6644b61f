/**
 * The questions of steps 1 to 4 of the case form. Each step renders only its own controls; the
 * other steps' answers travel in hidden fields (form-view.tsx).
 */
import { barriers, domains, initiativeKinds, labelOf, legalForms, outcomes, provinces, referenceTypes } from '../../content/taxonomy.ts'
import { controlId, list, referenceName, referenceRowCount, text, type FormValues, type ReferencePart } from '../../contribute/form.ts'
import { fmt } from '../../contribute/fmt.ts'
import type { ContributeMessages, FieldKey } from '../../contribute/messages.ts'
import { SECTION_KEYS } from '../../contribute/schema.ts'
import type { CorpusOption } from '../../contribute/validate.ts'
import { ChoiceFilter } from './choice-filter.tsx'
import { ChoiceGroup, FormSection, SelectField, TextArea, TextField, type FieldState } from './fields.tsx'
import type { UiEvent } from './props.ts'
import type { Lang } from '../../i18n/languages.ts'

export type FieldOf = (key: FieldKey, name?: string, optional?: boolean) => FieldState

export interface StepFieldsProps {
  t: ContributeMessages
  values: FormValues
  field: FieldOf
  options: { rules: CorpusOption[]; workarounds: CorpusOption[] }
  action: string
  /** With JavaScript: the type-ahead filters of step 3. */
  filters?: { rules: string; workarounds: string }
  onFilter?: (kind: 'rules' | 'workarounds', value: string) => void
  onAddReference?: (event: UiEvent) => void
}

const vocabOf = (lang: Lang) => (v: { keys: readonly string[]; labels: Record<string, { nl: string; en: string }> }) => v.keys.map((key) => ({ value: key, label: labelOf(v, key, lang) }))

export function StoryStep({ t, values, field }: StepFieldsProps) {
  const summary = text(values, 'summary')
  return (
    <>
      <TextField field={field('title')} value={text(values, 'title')} />
      <TextArea field={field('summary')} value={summary} rows={3} extraHint={fmt(t.summaryCount, { max: 300, n: summary.trim().length })} />
      <FormSection heading={t.groups.story} hint={t.groupHints.story}>
        {SECTION_KEYS.map((key) => {
          const name = `sections.${key}`
          return <TextArea field={field(name as FieldKey)} value={text(values, name)} rows={7} />
        })}
      </FormSection>
    </>
  )
}

export function WhoStep({ t, values, field }: StepFieldsProps) {
  const vocab = vocabOf(t.lang)
  return (
    <>
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
    </>
  )
}

export function LinksStep({ t, values, field, options, filters, onFilter }: StepFieldsProps) {
  const vocab = vocabOf(t.lang)
  const s = t.steps
  return (
    <>
      <FormSection heading={t.groups.links}>
        <ChoiceFilter kind="rules" field={field('rules')} options={options.rules} selected={list(values, 'rules')} label={s.filter.rules} count={s.filter.count} filter={filters?.rules} onFilter={onFilter} />
        <ChoiceGroup field={{ ...field('rules', 'rules_unknown', true), label: s.rulesUnknown.legend, hint: undefined, error: undefined }} type="checkbox" options={[{ value: 'yes', label: s.rulesUnknown.label }]} selected={[text(values, 'rules_unknown')]} />
        <ChoiceFilter
          kind="workarounds"
          field={field('workarounds', 'workarounds', true)}
          options={options.workarounds}
          selected={list(values, 'workarounds')}
          label={s.filter.workarounds}
          count={s.filter.count}
          filter={filters?.workarounds}
          onFilter={onFilter}
        />
        <ChoiceGroup
          field={{ ...field('workarounds', 'workarounds_unknown', true), label: s.workaroundsUnknown.legend, hint: undefined, error: undefined }}
          type="checkbox"
          options={[{ value: 'yes', label: s.workaroundsUnknown.label }]}
          selected={[text(values, 'workarounds_unknown')]}
        />
      </FormSection>
      <FormSection heading={t.groups.outcome}>
        <ChoiceGroup field={field('outcome')} type="radio" options={vocab(outcomes)} selected={[text(values, 'outcome')]} />
        <ChoiceGroup field={field('turnaround', 'turnaround', true)} type="checkbox" options={[{ value: 'yes', label: t.fields.turnaround.label }]} selected={[text(values, 'turnaround')]} />
        <ChoiceGroup field={field('barrier')} type="radio" options={vocab(barriers)} selected={[text(values, 'barrier')]} />
      </FormSection>
    </>
  )
}

export function SourcesStep({ t, values, field, action, onAddReference }: StepFieldsProps) {
  const vocab = vocabOf(t.lang)
  const rows = referenceRowCount(values)
  return (
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
      <button type="submit" class="button--secondary" name="action" value="add-reference" formAction={`${action}#${controlId(referenceName(rows, 'type'))}`} onClick={onAddReference}>
        {t.addReference}
      </button>
    </FormSection>
  )
}
