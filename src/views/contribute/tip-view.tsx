/**
 * The tip form: five questions and "Verstuur naar de redactie". Plain HTML that posts to its own
 * page; after sending, the outcome (issue link or e-mail route) sits above the form, which keeps
 * every value so that nothing typed is lost.
 */
import type { FormError } from '../../contribute/form.ts'
import type { RelayOutcome } from '../../contribute/relay.ts'
import type { RelayMessages } from '../../contribute/relay-messages.ts'
import type { TipKey, TipValues } from '../../contribute/tip.ts'
import { ErrorSummary } from './error-summary.tsx'
import { ChoiceGroup, TextArea, TextField, type FieldState } from './fields.tsx'
import { RelayView } from './relay-view.tsx'

/** A field any person leaves empty and many robots fill in; hidden by the stylesheet, labelled for everyone else. */
export const TRAP_FIELD = 'website'

/** The trap, hidden by the stylesheet; out of the tab order, and labelled for anyone who meets it anyway. */
export function TrapField({ label }: { label: string }) {
  return (
    <div class="contribute-trap">
      <label for="f-website">{label}</label>
      <input type="text" id="f-website" name={TRAP_FIELD} value="" tabIndex={-1} autocomplete="off" />
    </div>
  )
}

export interface TipProps {
  m: RelayMessages
  /** Heading and prefix texts shared with the case form. */
  errorHeading: string
  errorPrefix: string
  optional: string
  consentLegend: string
  action: string
  fullFormHref: string
  values: TipValues
  errors: FormError[]
  alert?: string
  outcome?: RelayOutcome
  address: string
}

export function TipView({ m, errorHeading, errorPrefix, optional, consentLegend, action, fullFormHref, values, errors, alert, outcome, address }: TipProps) {
  const field = (name: TipKey, isOptional = false): FieldState => ({
    name,
    label: m.tip.labels[name],
    hint: (m.tip.hints as Partial<Record<TipKey, string>>)[name],
    error: errors.find((e) => e.name === name)?.message,
    errorPrefix,
    optional: isOptional ? optional : undefined,
  })
  return (
    <div class="contribute contribute-tip">
      <div id="uitkomst">
        <ErrorSummary heading={errorHeading} errors={errors} alert={alert} />
        {outcome && <RelayView m={m} outcome={outcome} address={address} email={values.email.trim() || undefined} />}
      </div>
      <form class="contribute-form" method="post" action={`${action}#uitkomst`} noValidate aria-label={m.tip.title}>
        <TextArea field={field('what')} value={values.what} rows={7} />
        <TextField field={field('where')} value={values.where} width="medium" />
        <TextArea field={field('source')} value={values.source} rows={3} />
        <TextField field={field('email', true)} value={values.email} width="medium" type="email" autocomplete="email" />
        <ChoiceGroup field={{ ...field('consent'), label: consentLegend }} type="checkbox" options={[{ value: 'yes', label: m.tip.labels.consent }]} selected={values.consent === 'yes' ? ['yes'] : []} />
        <TrapField label={m.tip.trap} />
        <p class="field__hint">{m.send.hint}</p>
        <p class="contribute-form__submit">
          <button type="submit">{m.send.button}</button>
        </p>
      </form>
      <p>
        <a href={fullFormHref}>{m.tip.fullForm}</a>
      </p>
    </div>
  )
}
