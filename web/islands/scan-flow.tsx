/**
 * The Regelscan in the browser: the same questions and check page as the server renders, run by
 * the same evaluator, without page loads. Every step keeps the server's address (answers in the
 * query), so back, reload, bookmarks and sharing behave as without JavaScript. The result is a
 * normal page load: it needs the corpus.
 */
import { hydrate } from 'preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { compileScan, type Scan } from '../../src/scan/evaluate.ts'
import { completeStep, queryRecord, questionStep, type FlowStep } from '../../src/scan/flow.ts'
import type { ScanIslandData } from '../../src/views/pages/scan-flow.tsx'
import { CheckStep } from '../../src/views/scan/check-step.tsx'
import { QuestionStep } from '../../src/views/scan/question-step.tsx'
import { scanSteps, stepPath } from '../../src/views/scan/scan-paths.ts'
import { scanMessages } from '../../src/views/scan-messages.ts'

type Shown = Extract<FlowStep, { type: 'question' | 'check' }>

/** The step an address shows, following redirects as the server would; undefined for any other page. */
function resolve(scan: Scan, data: ScanIslandData, href: string): { url: string; step: Shown } | undefined {
  let url = new URL(href, location.href)
  for (let hops = 0; hops < 3; hops++) {
    const steps = scanSteps[data.lang]
    const question = stepPath(data.base, data.lang, 'question')
    const check = stepPath(data.base, data.lang, 'check')
    if (url.origin !== location.origin || (url.pathname !== question && url.pathname !== check)) return undefined
    const query = queryRecord(url.searchParams)
    const step = url.pathname.endsWith(`/${steps.question}`) ? questionStep(scan, query) : completeStep(scan, query)
    if (step.type === 'invalid') return undefined
    if (step.type !== 'go') return { url: url.pathname + url.search, step }
    url = new URL(stepPath(data.base, data.lang, step.to, step.query), location.href)
  }
  return undefined
}

function ScanFlow({ scan, data, root }: { scan: Scan; data: ScanIslandData; root: HTMLElement }) {
  const t = scanMessages[data.lang]
  const [state, setState] = useState(() => resolve(scan, data, location.href))
  const moved = useRef(false)

  const go = (href: string, push = true) => {
    const next = resolve(scan, data, href)
    if (!next) return false
    if (push) history.pushState(null, '', next.url)
    moved.current = true
    setState(next)
    return true
  }

  useEffect(() => {
    const onPop = () => {
      if (!go(location.href, false)) location.reload()
    }
    // Back links and "Wijzig" links inside the flow stay in the island.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.('a')
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      if (go(link.href)) event.preventDefault()
    }
    addEventListener('popstate', onPop)
    root.addEventListener('click', onClick)
    return () => {
      removeEventListener('popstate', onPop)
      root.removeEventListener('click', onClick)
    }
  }, [])

  // After a step changes without a page load, say so: new title, focus on the error or the heading.
  useLayoutEffect(() => {
    if (!moved.current || !state) return
    const heading = root.querySelector<HTMLElement>('.error-summary') ?? root.querySelector<HTMLElement>('h1')
    const h1 = root.querySelector('h1')?.textContent ?? ''
    document.title = document.title.replace(/^[^—]*—/, `${state.step.type === 'check' ? h1 : `${t.questionOf(state.step.type === 'question' ? state.step.step : 0)}: ${h1}`} —`)
    heading?.focus()
  }, [state])

  if (!state) return null
  const { step } = state
  const onSubmit = (event: Event) => {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const query = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString()
    if (!go(`${form.getAttribute('action')}?${query}`)) form.submit()
  }
  return step.type === 'check' ? (
    <CheckStep t={t} lang={data.lang} base={data.base} scan={scan} answers={step.answers} />
  ) : (
    <QuestionStep t={t} lang={data.lang} base={data.base} scan={scan} question={step.question} step={step.step} answers={step.answers} error={step.error} onSubmit={onSubmit} />
  )
}

export function mountScanFlow(root: HTMLElement, data: ScanIslandData): void {
  const scan = compileScan(data.slug, data.meta)
  hydrate(<ScanFlow scan={scan} data={data} root={root} />, root)
  root.dataset.hydrated = 'true'
}
