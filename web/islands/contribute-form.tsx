/**
 * The contribution form in the browser: the same validator as the server checks on submit and
 * shows every problem at once without a round trip; a valid case goes to the API, which
 * returns the file; a draft is kept in localStorage so that a reload loses nothing. Without
 * this island the server-rendered form posts to the page and works the same.
 */
import { hydrate } from 'preact'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { CaseFile } from '../../src/contribute/case-file.ts'
import { applyChange, controlId, emptyValues, formErrors, parseFieldPath, referenceName, toInput, valuesFromBody, withReferenceRow, type FormValues } from '../../src/contribute/form.ts'
import { fmt } from '../../src/contribute/fmt.ts'
import { validateContribution } from '../../src/contribute/validate.ts'
import { ContributeView, type UiEvent } from '../../src/views/contribute/form-view.tsx'
import type { ContributeProps, ContributeResult } from '../../src/views/contribute/props.ts'

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

function ContributeIsland({ initial, root }: { initial: ContributeProps; root: HTMLElement }) {
  const t = initial.t
  const [values, setValues] = useState(initial.values)
  const [errors, setErrors] = useState(initial.errors)
  const [result, setResult] = useState<ContributeResult | undefined>(initial.result)
  const [alert, setAlert] = useState(initial.alert)
  const [busy, setBusy] = useState(false)
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
  const corpus = useMemo(() => ({ rules: initial.options.rules, workarounds: initial.options.workarounds, taken: initial.taken }), [initial])

  useEffect(() => {
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

  const showProblems = (problems: { path: (string | number)[]; message: string }[], rowMap: number[]) => {
    setErrors(formErrors(problems, rowMap))
    setResult(undefined)
    focusNext.current = 'fouten'
  }

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
    async onSubmit(event: UiEvent) {
      event.preventDefault()
      if (busy) return
      const { input, rowMap } = toInput(latest.current)
      const referenceNumbers = rowMap.map((row) => row + 1)
      setAlert(undefined)
      setDraftNotice(undefined)
      const local = validateContribution(input, corpus, t, { referenceNumbers })
      if (!local.ok) return showProblems(local.problems, rowMap)
      // The server is the authority: it checks again and writes the file.
      setBusy(true)
      try {
        const res = await fetch(initial.api, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': t.lang },
          body: JSON.stringify(input),
        })
        const body = (await res.json().catch(() => ({}))) as CaseFile & { 'invalid-params'?: { name: string; reason: string }[] }
        if (res.ok) {
          setErrors([])
          setResult({ file: { slug: body.slug, path: body.path, markdown: body.markdown }, contribution: local.value, today: /^last_reviewed: (\S+)$/m.exec(body.markdown)?.[1] ?? '' })
          focusNext.current = 'resultaat-heading'
        } else if (res.status === 400 && body['invalid-params']) {
          showProblems(body['invalid-params'].map((p) => ({ path: parseFieldPath(p.name), message: p.reason })), rowMap)
        } else {
          setErrors([])
          setResult(undefined)
          setAlert(res.status === 429 ? fmt(t.errors.rateLimited, { seconds: res.headers.get('Retry-After') ?? '60' }) : res.status === 413 ? t.errors.tooLarge : t.errors.network)
          focusNext.current = 'fouten'
        }
      } catch {
        setAlert(t.errors.network)
        focusNext.current = 'fouten'
      } finally {
        setBusy(false)
      }
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
      try {
        localStorage.removeItem(DRAFT_KEY)
      } catch {
        // Nothing stored, nothing to remove.
      }
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
      busy={busy}
      enhanced={enhanced}
      draftNotice={draftNotice}
      copyStatus={copyStatus}
      handlers={handlers}
    />
  )
}

export function mountContribute(root: HTMLElement, props: ContributeProps): void {
  hydrate(<ContributeIsland initial={props} root={root} />, root)
}
