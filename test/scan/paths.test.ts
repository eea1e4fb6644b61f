import { describe, expect, it } from 'vitest'
import { evaluateScan, nextQuestion, visibleQuestions, type Answers } from '../../src/scan/evaluate.ts'
import { choicesOf, countPaths, seeded, walkScan } from '../../src/scan/walk.ts'
import { loadRealScan, SCAN_SLUGS } from './helpers.ts'

describe.each(SCAN_SLUGS)('every answer path of %s', (slug) => {
  const scan = loadRealScan(slug)

  it('ends in a result: no dead end and no exception (all paths, or 2,500 seeded random ones)', () => {
    const report = walkScan(scan, { limit: 20_000, samples: 2_500, seed: 20261203 })
    expect(report.deadEnds).toEqual([])
    expect(report.paths).toBeGreaterThanOrEqual(report.exhaustive ? countPaths(scan, 20_000) : 2_500)
    expect([...report.shown].sort()).toEqual(scan.questions.map((q) => q.id).sort())
  })

  it('asks each visible question once, in order, and every item in a result is traced to given answers', () => {
    const random = seeded(7)
    for (let i = 0; i < 300; i++) {
      const answers: Answers = {}
      const asked: string[] = []
      for (let step = 0; step <= scan.questions.length; step++) {
        const next = nextQuestion(scan, answers)
        if (next.done) break
        expect(asked).not.toContain(next.question.id)
        asked.push(next.question.id)
        const choices = choicesOf(next.question)
        answers[next.question.id] = choices[Math.floor(random() * choices.length)]!
      }
      expect(nextQuestion(scan, answers).done).toBe(true)
      expect(visibleQuestions(scan, answers).map((q) => q.id)).toEqual(asked)
      const result = evaluateScan(scan, answers)
      for (const item of [...result.rules, ...result.workarounds, ...result.cases, ...result.signals]) {
        for (const t of item.trace) expect([answers[t.question]].flat()).toContain(t.option)
      }
    }
  })
})
