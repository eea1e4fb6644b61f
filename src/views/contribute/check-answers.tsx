/**
 * Step 5, "Controleer uw antwoorden": every answer of steps 1–4 as a summary list with a "Wijzig"
 * button per step (a POST, so it works without JavaScript), then the optional extras and consent.
 */
import type { ComponentChildren } from 'preact'
import { barriers, domains, initiativeKinds, labelOf, legalForms, outcomes, provinces, referenceTypes } from '../../content/taxonomy.ts'
import { list, referenceName, referenceRowCount, text, type FormValues } from '../../contribute/form.ts'
import type { ContributeMessages, FieldKey } from '../../contribute/messages.ts'
import { SECTION_KEYS } from '../../contribute/schema.ts'
import { rulesUnknown } from '../../contribute/steps.ts'
import type { CorpusOption } from '../../contribute/validate.ts'
import { ChoiceGroup, TextArea, TextField } from './fields.tsx'
import type { FieldOf } from './step-fields.tsx'

export function CheckAnswers({ t, values, field, options, extraOpen }: { t: ContributeMessages; values: FormValues; field: FieldOf; options: { rules: CorpusOption[]; workarounds: CorpusOption[] }; extraOpen: boolean }) {
  const s = t.steps
  const lang = t.lang
  const label = (key: FieldKey) => t.fields[key].label
  const v = (name: string) => text(values, name).trim()
  const vocab = (vocabulary: Parameters<typeof labelOf>[0], name: string) => (v(name) ? labelOf(vocabulary, v(name), lang) : '')
  const titles = (choices: CorpusOption[], slugs: string[]) => slugs.map((slug) => choices.find((o) => o.slug === slug)?.title ?? slug).join(', ')
  const period = v('period.start') ? `${v('period.start')}${v('period.end') ? `–${v('period.end')}` : ''}` : ''
  const references = Array.from({ length: referenceRowCount(values) }, (_, row) => row)
    .filter((row) => v(referenceName(row, 'id')) || v(referenceName(row, 'title')))
    .map((row) => `${v(referenceName(row, 'title'))} — ${labelOf(referenceTypes, v(referenceName(row, 'type')) || 'url', lang)}: ${v(referenceName(row, 'id'))}`)
  const rules = rulesUnknown(values) ? s.unknown : titles(options.rules, list(values, 'rules'))
  const workarounds = list(values, 'workarounds').length ? titles(options.workarounds, list(values, 'workarounds')) : values.workarounds_unknown === 'yes' ? s.unknown : t.preview.none

  const groups: [number, [string, string][]][] = [
    [1, [[label('title'), v('title')], [label('summary'), v('summary')], ...SECTION_KEYS.map((key): [string, string] => [label(`sections.${key}`), v(`sections.${key}`)])]],
    [
      2,
      [
        [label('place'), [v('place'), vocab(provinces, 'province')].filter(Boolean).join(', ')],
        [t.preview.period, period],
        [label('initiative.name'), v('initiative.name')],
        [label('initiative.legal_form'), vocab(legalForms, 'initiative.legal_form')],
        [label('initiative.kind'), vocab(initiativeKinds, 'initiative.kind')],
        [label('public_bodies'), v('public_bodies')],
        [label('domains'), list(values, 'domains').map((d) => labelOf(domains, d, lang)).join(', ')],
      ],
    ],
    [
      3,
      [
        [label('rules'), rules],
        [label('workarounds'), workarounds],
        [label('outcome'), vocab(outcomes, 'outcome')],
        [label('turnaround'), v('turnaround') === 'yes' ? '✓' : ''],
        [label('barrier'), vocab(barriers, 'barrier')],
      ],
    ],
    [4, [[label('references'), references.join('\n')]]],
  ]

  return (
    <>
      {groups.map(([step, rows]) => (
        <section class="check-answers" aria-labelledby={`antwoorden-${step}`}>
          <h3 id={`antwoorden-${step}`}>{s.names[step - 1]}</h3>
          <dl class="check-answers__list">
            {rows.map(([term, value]) => (
              <Row term={term}>{value || <span class="check-answers__empty">{s.notAnswered}</span>}</Row>
            ))}
          </dl>
          <button type="submit" class="button--secondary" name="action" value={`goto-${step}`}>
            {s.change}
            <span class="visually-hidden"> {s.names[step - 1]!.toLowerCase()}</span>
          </button>
        </section>
      ))}
      <details class="contribute-extra" open={extraOpen}>
        <summary>{s.extra}</summary>
        <p class="form-section__hint">{t.groupHints.extra}</p>
        <TextField field={field('slug', 'slug', true)} value={text(values, 'slug')} width="medium" />
        <TextField field={field('title_en', 'title_en', true)} value={text(values, 'title_en')} />
        <TextArea field={field('summary_en', 'summary_en', true)} value={text(values, 'summary_en')} rows={3} />
        <TextArea field={field('aliases', 'aliases', true)} value={text(values, 'aliases')} rows={3} />
        <TextArea field={field('contributors', 'contributors', true)} value={text(values, 'contributors')} rows={2} />
      </details>
      <ChoiceGroup field={{ ...field('consent'), label: t.groups.consent, hint: undefined }} type="checkbox" options={[{ value: 'yes', label: t.fields.consent.label }]} selected={text(values, 'consent') === 'yes' ? ['yes'] : []} />
    </>
  )
}

function Row({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div class="check-answers__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}
