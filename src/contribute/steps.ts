/**
 * The case form in five steps, one question group per page (GOV.UK "one thing per page"), with
 * "check your answers" last. Without JavaScript each step is a POST that carries the other
 * steps' answers in hidden fields; the island uses the same map to check one step at a time.
 */
import { isKnownName, list, REFERENCE_PARTS, referenceName, referenceRowCount, type FormError, type FormValues } from './form.ts'
import { SECTION_KEYS } from './schema.ts'

export const STEP_COUNT = 5
export type StepNumber = 1 | 2 | 3 | 4 | 5
/** The last step: check your answers, the optional extras and consent. */
export const CHECK_STEP: StepNumber = 5

/** The controls of each step (references are step 4 by their prefix). */
const STEP_FIELDS: Record<Exclude<StepNumber, 4>, readonly string[]> = {
  1: ['title', 'summary', ...SECTION_KEYS.map((key) => `sections.${key}`)],
  2: ['place', 'province', 'period.start', 'period.end', 'initiative.name', 'initiative.legal_form', 'initiative.kind', 'public_bodies', 'domains'],
  3: ['rules', 'rules_unknown', 'workarounds', 'workarounds_unknown', 'outcome', 'turnaround', 'barrier'],
  5: ['slug', 'title_en', 'summary_en', 'aliases', 'contributors', 'consent'],
}

/** The step a control belongs to. */
export function stepOf(name: string): StepNumber {
  if (name.startsWith('references.') || name === 'references') return 4
  for (const step of [1, 2, 3, 5] as const) if (STEP_FIELDS[step].includes(name)) return step
  return CHECK_STEP
}

export function isStep(value: unknown): value is StepNumber {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= STEP_COUNT
}

/** A step number from a posted form; undefined when absent or not a step. */
export function stepFrom(raw: unknown): StepNumber | undefined {
  const number = typeof raw === 'string' && /^[1-5]$/.test(raw) ? Number(raw) : NaN
  return isStep(number) ? number : undefined
}

/** The errors that belong on one step's page. */
export function errorsOfStep(errors: readonly FormError[], step: StepNumber): FormError[] {
  return errors.filter((e) => stepOf(e.name) === step)
}

/** The first step with a problem, to send the contributor back to. */
export function firstStepWithErrors(errors: readonly FormError[]): StepNumber | undefined {
  const steps = errors.map((e) => stepOf(e.name)).sort()
  return steps[0]
}

/** Name/value pairs of every answer outside `step`, for hidden fields: the state a step page carries. */
export function hiddenPairs(values: FormValues, step: StepNumber | undefined): [string, string][] {
  const pairs: [string, string][] = []
  for (const [name, value] of Object.entries(values)) {
    if (!isKnownName(name) || name.startsWith('references.') || (step !== undefined && stepOf(name) === step)) continue
    for (const item of Array.isArray(value) ? value : [value]) if (item !== '') pairs.push([name, item])
  }
  if (step !== 4) {
    for (let row = 0; row < referenceRowCount(values); row++) {
      for (const part of REFERENCE_PARTS) {
        const value = values[referenceName(row, part)]
        // The type of an empty row is kept too, so that the row count survives the round trip.
        if (typeof value === 'string' && value !== '') pairs.push([referenceName(row, part), value])
      }
    }
  }
  return pairs
}

/** "Weet ik niet" counts only while no rule is chosen. */
export function rulesUnknown(values: FormValues): boolean {
  return values.rules_unknown === 'yes' && list(values, 'rules').length === 0
}
