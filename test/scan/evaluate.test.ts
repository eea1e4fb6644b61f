import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { scanSchema } from '../../src/scan/schema.ts'
import { compileScan, evaluateScan, nextQuestion, parseAnswers, visibleQuestions } from '../../src/scan/evaluate.ts'

const weetNiet = { id: 'weet-niet', label: 'Weet ik niet' }
const meta = v.parse(scanSchema, {
  title: 'Proef', title_en: 'Test', summary: 'Proef.', summary_en: 'Test.', last_reviewed: '2026-12-03',
  references: [{ type: 'ecli', id: 'ECLI:NL:HR:2021:1778', title: 'Didam' }],
  parameters: [{ key: 'drempel', value: '€ 300.000', valid_until: '2030-12-31', source: { type: 'celex', id: '32023R2831', title: 'De-minimisverordening' } }],
  questions: [
    { id: 'vorm', type: 'single', text: 'Vorm?', options: [{ id: 'verkopen', label: 'Verkopen' }, { id: 'toestemming', label: 'Toestemming' }, weetNiet] },
    { id: 'prijs', type: 'single', text: 'Prijs?', show_if: 'vorm != toestemming', options: [{ id: 'markt', label: 'Markt' }, { id: 'laag', label: 'Lager' }, weetNiet] },
    { id: 'doel', type: 'multi', text: 'Doel?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, weetNiet] },
  ],
  derived: { uitgifte: 'vorm = verkopen' },
  rules: [
    { slug: 'didam-arrest', rows: [{ when: 'vorm = toestemming', status: 'niet' }, { when: 'unknown(vorm)', status: 'mogelijk', open_questions: ['Welke vorm?'] }, { when: 'uitgifte', status: 'geldt', demand: 'Geef gelijke kansen.' }],
      additions: [{ when: 'doel has b', demand: 'Extra.', grey_note: 'Onzeker.' }] },
    { slug: 'staatssteun-de-minimis', cumulative: true, rows: [
      { when: 'uitgifte AND prijs = laag', status: 'geldt', demand: 'Tot {{drempel}}.' },
      { when: 'doel hasany [a, b]', status: 'grijs', demand: 'Doel telt.', grey_note: 'Niet beslist.' },
      { when: 'unknown(prijs)', status: 'mogelijk', open_questions: ['Welke vorm?', 'Welke prijs?'] }] },
  ],
  workarounds: [{ slug: 'marktconforme-prijs', rows: [
    { when: 'status(staatssteun-de-minimis) in [geldt, grijs]', relevance: 'relevant' },
    { when: 'doel has a', relevance: 'relevant-met-waarschuwing', warning: 'Let op.' }] }],
  cases: [{ slug: 'maarschalksbos-baarn', when: 'vorm = toestemming' }],
  signals: [{ id: 'geen-uitgifte', when: 'vorm = toestemming', text: 'Geen uitgifte.', rule: 'didam-arrest' }],
  result: { intro: 'Uitkomst.', disclaimer: 'Geen juridisch advies.' },
})
const scan = compileScan('proef', meta, 'Drempel {{drempel}}.')

describe('flow', () => {
  it('asks the first visible unanswered question and skips hidden ones', () => {
    expect(nextQuestion(scan, {})).toMatchObject({ done: false, question: { id: 'vorm' }, step: 1 })
    expect(nextQuestion(scan, { vorm: 'verkopen' })).toMatchObject({ done: false, question: { id: 'prijs' }, step: 2 })
    expect(nextQuestion(scan, { vorm: 'toestemming' })).toMatchObject({ done: false, question: { id: 'doel' }, step: 2 })
    expect(nextQuestion(scan, { vorm: 'toestemming', doel: ['a'] })).toEqual({ done: true, steps: 2 })
    expect(visibleQuestions(scan, { vorm: 'toestemming', prijs: 'laag' }).map((q) => q.id)).toEqual(['vorm', 'doel'])
  })
})

describe('parseAnswers', () => {
  it('reads single and multi answers, repeated or comma-separated', () => {
    expect(parseAnswers(scan, { vorm: 'verkopen', doel: ['a', 'b'] })).toEqual({ ok: true, answers: { vorm: 'verkopen', doel: ['a', 'b'] } })
    expect(parseAnswers(scan, { doel: 'a,b', stap: '2' }, ['stap'])).toEqual({ ok: true, answers: { doel: ['a', 'b'] } })
  })
  it('names the question and the bad value', () => {
    const r = parseAnswers(scan, { vorm: 'kopen', doel: ['a', 'weet-niet'], prijs: ['markt', 'laag'], kleur: 'rood' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ question: 'vorm', value: 'kopen' }),
      expect.objectContaining({ question: 'doel', value: 'a,weet-niet' }),
      expect.objectContaining({ question: 'prijs', value: 'markt,laag' }),
      expect.objectContaining({ question: 'kleur' }),
    ]))
    expect(r.problems).toHaveLength(4)
  })
})

describe('evaluateScan', () => {
  it('first matching row wins; niet keeps a rule out; signals and cases come with a trace', () => {
    const r = evaluateScan(scan, { vorm: 'toestemming', prijs: 'laag', doel: ['weet-niet'] })
    expect(r.rules).toEqual([])
    expect(r.signals).toEqual([{ id: 'geen-uitgifte', text: 'Geen uitgifte.', rule: 'didam-arrest', trace: [{ question: 'vorm', option: 'toestemming' }] }])
    expect(r.cases).toEqual([{ slug: 'maarschalksbos-baarn', trace: [{ question: 'vorm', option: 'toestemming' }] }])
    // The hidden answer prijs=laag is not part of the trace.
    expect(r.trace).toEqual([{ question: 'vorm', option: 'toestemming' }, { question: 'doel', option: 'weet-niet' }])
  })
  it('cumulative rules show every matching demand, additions add text, parameters are filled in', () => {
    const r = evaluateScan(scan, { vorm: 'verkopen', prijs: 'laag', doel: ['b'] })
    const didam = r.rules.find((x) => x.slug === 'didam-arrest')!
    expect(didam).toMatchObject({ status: 'geldt', demands: ['Geef gelijke kansen.', 'Extra.'], grey_note: 'Onzeker.' })
    expect(didam.trace).toEqual([{ question: 'vorm', option: 'verkopen' }, { question: 'doel', option: 'b' }])
    const steun = r.rules.find((x) => x.slug === 'staatssteun-de-minimis')!
    expect(steun).toMatchObject({ status: 'geldt', demands: ['Tot € 300.000.', 'Doel telt.'], grey_note: 'Niet beslist.' })
    expect(r.workarounds).toEqual([{ slug: 'marktconforme-prijs', relevance: 'relevant', warnings: [], trace: [{ question: 'vorm', option: 'verkopen' }, { question: 'prijs', option: 'laag' }] }])
    expect(scan.body).toBe('Drempel € 300.000.')
    expect(r.parameters).toEqual([{ key: 'drempel', value: '€ 300.000', valid_until: '2030-12-31' }])
  })
  it('a warning wins over relevant; open questions are merged; statuses sort geldt first', () => {
    const r = evaluateScan(scan, { vorm: 'weet-niet', prijs: 'weet-niet', doel: ['a'] })
    expect(r.rules.map((x) => [x.slug, x.status])).toEqual([['staatssteun-de-minimis', 'grijs'], ['didam-arrest', 'mogelijk']])
    expect(r.workarounds[0]).toMatchObject({ relevance: 'relevant-met-waarschuwing', warnings: ['Let op.'] })
    expect(r.open_questions).toEqual([{ text: 'Welke vorm?', rules: ['staatssteun-de-minimis', 'didam-arrest'] }, { text: 'Welke prijs?', rules: ['staatssteun-de-minimis'] }])
  })
})
