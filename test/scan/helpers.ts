import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { listContentFiles } from '../../src/content/load-fs.ts'
import { checkScan, knownSlugsOf } from '../../src/scan/check.ts'
import { evaluateScan, type Answers, type Scan, type ScanResult } from '../../src/scan/evaluate.ts'

const root = join(import.meta.dirname, '..', '..')

export const SCAN_SLUGS = ['grond-of-gebouw', 'initiatief-betalen', 'taak-overdragen', 'samen-energie', 'samen-meten']

/** Loads a real scan from content/scans, checked against the slugs that exist in the corpus. */
export function loadRealScan(slug: string): Scan {
  const known = knownSlugsOf(listContentFiles(root))
  const file = `content/scans/${slug}.md`
  const result = checkScan({
    file,
    source: readFileSync(join(root, file), 'utf8'),
    known,
    today: '2026-12-03',
    walk: { samples: 200 },
  })
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
  return result.scan!
}

export interface Golden {
  id: string
  answers: Answers
  rules?: Record<string, string>
  /** Per rule, pieces of text one of its demands must contain. */
  demands?: Record<string, string[]>
  grey?: string[]
  open_questions?: string[]
  workarounds?: string[]
  warned?: string[]
  cases?: string[]
  signals?: string[]
  not?: { rules?: string[]; workarounds?: string[]; cases?: string[]; signals?: string[] }
}

/** Checks a golden scenario the way a municipal lawyer reads it: what must be there, and what must not. */
export function expectGolden(scan: Scan, g: Golden): ScanResult {
  const r = evaluateScan(scan, g.answers)
  const statuses = Object.fromEntries(r.rules.map((x) => [x.slug, x.status]))
  for (const [slug, status] of Object.entries(g.rules ?? {})) expect(statuses[slug], `${g.id}: status of ${slug}`).toBe(status)
  for (const [slug, pieces] of Object.entries(g.demands ?? {})) {
    const text = r.rules.find((x) => x.slug === slug)?.demands.join(' ') ?? ''
    for (const piece of pieces) expect(text, `${g.id}: demand of ${slug}`).toContain(piece)
  }
  for (const slug of g.grey ?? []) expect(r.rules.find((x) => x.slug === slug)?.grey_note, `${g.id}: grey note of ${slug}`).toBeTruthy()
  for (const piece of g.open_questions ?? []) expect(r.open_questions.map((o) => o.text).join(' '), `${g.id}: open questions`).toContain(piece)
  const workarounds = r.workarounds.map((w) => w.slug)
  for (const slug of g.workarounds ?? []) expect(workarounds, `${g.id}: workarounds`).toContain(slug)
  for (const slug of g.warned ?? []) expect(r.workarounds.find((w) => w.slug === slug)?.relevance, `${g.id}: warning on ${slug}`).toBe('relevant-met-waarschuwing')
  for (const slug of g.cases ?? []) expect(r.cases.map((c) => c.slug), `${g.id}: cases`).toContain(slug)
  for (const id of g.signals ?? []) expect(r.signals.map((s) => s.id), `${g.id}: signals`).toContain(id)
  for (const slug of g.not?.rules ?? []) expect(statuses[slug], `${g.id}: rule ${slug} must not show`).toBeUndefined()
  for (const slug of g.not?.workarounds ?? []) expect(workarounds, `${g.id}: workaround ${slug} must not show`).not.toContain(slug)
  for (const slug of g.not?.cases ?? []) expect(r.cases.map((c) => c.slug), `${g.id}: case ${slug} must not show`).not.toContain(slug)
  for (const id of g.not?.signals ?? []) expect(r.signals.map((s) => s.id), `${g.id}: signal ${id} must not show`).not.toContain(id)
  // Every item in the result says which answers brought it in, and those are real answers.
  for (const item of [...r.rules, ...r.workarounds, ...r.cases, ...r.signals]) {
    expect(item.trace.length, `${g.id}: trace of ${'slug' in item ? item.slug : item.id}`).toBeGreaterThan(0)
    for (const t of item.trace) expect([g.answers[t.question]].flat(), `${g.id}: trace answer ${t.question}`).toContain(t.option)
  }
  return r
}
