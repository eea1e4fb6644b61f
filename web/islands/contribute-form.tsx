/**
 * The contribution form in the browser: each step is checked with the server's own validator
 * before it is posted, so a mistake shows at once without a round trip; the long lists of rules
 * and workarounds get a type-ahead filter; a draft is kept in localStorage so that a reload loses
 * nothing. The steps themselves are the server's: every button still posts the page, with all
 * answers in hidden fields, exactly as without this island.
 */
import { hydrate } from 'preact'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { applyChange, controlId, emptyValues, formErrors, referenceName, toInput, valuesFromBody, withReferenceRow, type FormValues } from '../../src/contribute/form.ts'
import { CHECK_STEP, errorsOfStep, rulesUnknown } from '../../src/contribute/steps.ts'
import { validateContribution } from '../../src/contribute/validate.ts'
import { ContributeView, type UiEvent } from '../../src/views/contribute/form-view.tsx'
import type { ContributeProps } from '../../src/views/contribute/props.ts'

export const DRAFT_KEY = 'tussenruimte:bijdrage:v1'

function loadDraft(): FormValues | undefined {
  try {
    const raw = localStorage.getItem(DRAFT_KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : undefined
    // Only known controls come back, whatever was stored.
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? valuesFromBody(parsed as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

function saveDraft(values: FormValues): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(values))
  } catch {
    // Storage full or disabled (private browsing): the form still works, only without a draft.
  }
}

function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY)
  } catch {
    // Nothing stored, nothing to remove.
  }
}

function ContributeIsland({ initial, root }: { initial: ContributeProps; root: HTMLElement }) {
  const t = initial.t
  const [values, setValues] = useState(initial.values)
  const [errors, setErrors] = useState(initial.errors)
  const [result, setResult] = useState(initial.result)
  const [alert, setAlert] = useState(initial.alert)
  const [filters, setFilters] = useState({ rules: '', workarounds: '' })
  const [enhanced, setEnhanced] = useState(false)
  const [draftNotice, setDraftNotice] = useState<string>()
  const [copyStatus, setCopyStatus] = useState<string>()
  const focusNext = useRef<string | null>(null)
  // The values as of the latest event, ahead of the render: saved at once, so that a reload
  // right after a keystroke loses nothing.
  const latest = useRef(values)
  latest.current = values
  const change = (next: FormValues) => {
    latest.current = next
    setValues(next)
    saveDraft(next)
  }
  // The page is one step; moving to another is a POST the server answers.
  const step = initial.result ? CHECK_STEP : initial.step
  const corpus = useMemo(() => ({ rules: initial.options.rules, workarounds: initial.options.workarounds, taken: initial.taken }), [initial])

  useEffect(() => {
    // Sent to the editors: the draft has done its job.
    if (initial.result?.outcome?.kind === 'filed') clearDraft()
    else if (!initial.fresh) saveDraft(initial.values)
    if (initial.fresh) {
      const draft = loadDraft()
      if (draft && Object.values(draft).some((v) => (Array.isArray(v) ? v.length : v.trim() && v !== 'url'))) {
        setValues(draft)
        setDraftNotice(t.draft.restored)
      }
    }
    setEnhanced(true)
  }, [])

  // Marked only after the render that shows a restored draft, so that whoever waits for it sees the draft.
  useEffect(() => {
    if (enhanced) root.dataset.hydrated = 'true'
  }, [enhanced])

  useEffect(() => {
    if (!focusNext.current) return
    document.getElementById(focusNext.current)?.focus()
    focusNext.current = null
  })

  const handlers = {
    onInput(event: UiEvent) {
      const target = event.target as HTMLInputElement
      if (!target?.name || target.name === 'action') return
      // Saved on every change, not debounced: a form's values stringify in well under a millisecond.
      change(applyChange(latest.current, { name: target.name, type: target.type, value: target.value, checked: target.checked }))
    },
    onAddReference(event: UiEvent) {
      event.preventDefault()
      const next = withReferenceRow(latest.current)
      change(next.values)
      focusNext.current = controlId(referenceName(next.row, 'type'))
    },
    onFilter(kind: 'rules' | 'workarounds', value: string) {
      setFilters((current) => ({ ...current, [kind]: value }))
    },
    onSubmit(event: UiEvent) {
      const action = (event.submitter as HTMLButtonElement | null | undefined)?.value
      // Back, change and send go to the server as they are; only moving on is checked here first.
      if (action !== 'next' && action !== 'check') return
      const { input, rowMap } = toInput(latest.current)
      const local = validateContribution(input, corpus, t, { referenceNumbers: rowMap.map((row) => row + 1), rulesUnknown: rulesUnknown(latest.current) })
      const here = local.ok ? [] : errorsOfStep(formErrors(local.problems, rowMap), step)
      // The server is the authority: with nothing wrong on this page, the form posts as usual.
      if (!here.length) return
      event.preventDefault()
      setAlert(undefined)
      setDraftNotice(undefined)
      setErrors(here)
      setResult(undefined)
      focusNext.current = 'fouten'
    },
    async onCopy() {
      if (!result) return
      try {
        await navigator.clipboard.writeText(result.file.markdown)
        setCopyStatus(t.result.copied)
      } catch {
        // No clipboard permission (or not a secure context): select the text for a manual copy.
        const area = document.getElementById('contribute-file') as HTMLTextAreaElement | null
        area?.select()
        setCopyStatus(area && document.execCommand('copy') ? t.result.copied : t.result.copyFailed)
      }
    },
    onClearDraft() {
      clearDraft()
      latest.current = emptyValues()
      setValues(latest.current)
      setErrors([])
      setResult(undefined)
      setAlert(undefined)
      setDraftNotice(t.draft.cleared)
      focusNext.current = controlId('title')
    },
  }

  return (
    <ContributeView
      {...initial}
      values={values}
      errors={errors}
      result={result}
      alert={alert}
      enhanced={enhanced}
      filters={filters}
      draftNotice={draftNotice}
      copyStatus={copyStatus}
      handlers={handlers}
    />
  )
}

export function mountContribute(root: HTMLElement, props: ContributeProps): void {
  hydrate(<ContributeIsland initial={props} root={root} />, root)
}
