import { controlId, type FormError } from '../../contribute/form.ts'

/**
 * The GOV.UK error summary: every problem at once, each a link to its control. The island
 * moves focus here after a failed check, so a screen reader announces it.
 */
export function ErrorSummary({ heading, errors, alert }: { heading: string; errors: FormError[]; alert?: string }) {
  if (!errors.length && !alert) return null
  return (
    <div class="error-summary" id="fouten" role="alert" aria-labelledby="fouten-heading" tabIndex={-1}>
      <h2 id="fouten-heading" class="error-summary__heading">
        {heading}
      </h2>
      {alert && <p>{alert}</p>}
      {errors.length > 0 && (
        <ul class="error-summary__list">
          {errors.map((e) => (
            <li>
              <a href={`#${controlId(e.name)}`}>{e.message}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
