import { describe, expect, it } from 'vitest'
import { ConditionError, evaluateCondition, parseCondition, type ConditionContext, type Explained } from '../../src/scan/conditions.ts'

function ctx(answers: Record<string, string | string[] | null>, derived: Record<string, string> = {}, statuses: Record<string, string> = {}): ConditionContext {
  const c: ConditionContext = {
    answer: (q) => answers[q] ?? null,
    derived: (name): Explained => (derived[name] ? evaluateCondition(parseCondition(derived[name]!), c) : { value: false, support: [] }),
    status: (slug) => ({ status: statuses[slug] ?? 'niet', support: [] }),
  }
  return c
}
const holds = (source: string, answers: Record<string, string | string[] | null>, derived?: Record<string, string>, statuses?: Record<string, string>) =>
  evaluateCondition(parseCondition(source), ctx(answers, derived, statuses)).value

function errorAt(source: string): { column: number; message: string } {
  try {
    parseCondition(source)
  } catch (e) {
    if (e instanceof ConditionError) return { column: e.column, message: e.message }
    throw e
  }
  throw new Error(`"${source}" parsed, but should not`)
}

describe('condition parser', () => {
  it('parses every form of §0.3', () => {
    expect(parseCondition('vorm = verkopen')).toMatchObject({ type: 'eq', question: 'vorm', value: 'verkopen' })
    expect(parseCondition('vorm != toestemming')).toMatchObject({ type: 'neq' })
    expect(parseCondition('bedrag in [216k-750k, 750k-5-4m]')).toMatchObject({ type: 'in', values: ['216k-750k', '750k-5-4m'] })
    expect(parseCondition('project has warmte')).toMatchObject({ type: 'has', value: 'warmte' })
    expect(parseCondition('project hasany [dak-zon, veld]')).toMatchObject({ type: 'hasany', values: ['dak-zon', 'veld'] })
    expect(parseCondition('unknown(baat)')).toMatchObject({ type: 'unknown', question: 'baat' })
    expect(parseCondition('status(daeb) = mogelijk')).toMatchObject({ type: 'status', slug: 'daeb', statuses: ['mogelijk'] })
    expect(parseCondition('status(wet-bibob) in [geldt, grijs]')).toMatchObject({ type: 'status', statuses: ['geldt', 'grijs'] })
    expect(parseCondition('uitgifte')).toMatchObject({ type: 'var', name: 'uitgifte' })
    expect(parseCondition('NOT (a AND b) OR c = d')).toMatchObject({ type: 'or', items: [{ type: 'not' }, { type: 'eq' }] })
  })

  it('reports the column of the first problem', () => {
    expect(errorAt('vorm = ')).toMatchObject({ column: 8 })
    expect(errorAt('vorm in [a, b')).toMatchObject({ column: 14 })
    expect(errorAt('a AND b OR c')).toMatchObject({ column: 9, message: expect.stringContaining('parentheses') })
    expect(errorAt('vorm == x')).toMatchObject({ column: 7 })
    expect(errorAt('(a AND b')).toMatchObject({ column: 9 })
    expect(errorAt('vorm = Verkopen')).toMatchObject({ column: 8 })
    expect(errorAt('status(daeb) mogelijk')).toMatchObject({ column: 14 })
    expect(errorAt('a b')).toMatchObject({ column: 3 })
    expect(errorAt('vorm = x)')).toMatchObject({ column: 9 })
    expect(errorAt('')).toMatchObject({ column: 1 })
  })
})

describe('condition semantics (§0.3)', () => {
  it('a comparison with a hidden question is false, also !=', () => {
    expect(holds('prijs = marktconform', { prijs: null })).toBe(false)
    expect(holds('prijs != marktconform', { prijs: null })).toBe(false)
    expect(holds('prijs in [marktconform, weet-niet]', {})).toBe(false)
    expect(holds('unknown(prijs)', {})).toBe(false)
    expect(holds('project has warmte', {})).toBe(false)
  })
  it('weet-niet is an ordinary value', () => {
    expect(holds('prijs != marktconform', { prijs: 'weet-niet' })).toBe(true)
    expect(holds('unknown(prijs)', { prijs: 'weet-niet' })).toBe(true)
    expect(holds('unknown(project)', { project: ['weet-niet'] })).toBe(true)
    expect(holds('prijs in [onder-markt, weet-niet]', { prijs: 'weet-niet' })).toBe(true)
  })
  it('has and hasany look inside a multi answer', () => {
    expect(holds('project has delen', { project: ['dak-zon', 'delen'] })).toBe(true)
    expect(holds('project hasany [veld, warmte]', { project: ['dak-zon', 'delen'] })).toBe(false)
    expect(holds('NOT project has delen', { project: ['dak-zon'] })).toBe(true)
  })
  it('evaluates derived names and rule statuses', () => {
    const derived = { uitgifte: 'vorm in [verkopen, verhuren]', voordeel: 'vorm = bruikleen OR prijs = onder-markt' }
    expect(holds('uitgifte AND NOT voordeel', { vorm: 'verhuren', prijs: 'marktconform' }, derived)).toBe(true)
    expect(holds('uitgifte', { vorm: 'toestemming' }, derived)).toBe(false)
    expect(holds('status(daeb) in [geldt, mogelijk]', {}, {}, { daeb: 'mogelijk' })).toBe(true)
    expect(holds('status(daeb) = geldt', {}, {}, {})).toBe(false)
  })
  it('explains a result with the answers that decided it', () => {
    const r = evaluateCondition(parseCondition('(a = x OR b = y) AND c hasany [p, q]'), ctx({ a: 'z', b: 'y', c: ['q', 'r'] }))
    expect(r).toEqual({ value: true, support: [{ question: 'b', option: 'y' }, { question: 'c', option: 'q' }] })
    const n = evaluateCondition(parseCondition('NOT a = x'), ctx({ a: 'z' }))
    expect(n).toEqual({ value: true, support: [{ question: 'a', option: 'z' }] })
  })
})
