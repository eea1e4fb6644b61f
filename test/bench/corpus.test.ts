import { describe, expect, it } from 'vitest'
import { DEFAULT_SEED, generateCorpus, generateDoc, isKnownWord, RECALL_TYPES } from './corpus.ts'
import { buildLatencyQueries, buildRecallQueries, LATENCY_KINDS } from './queries.ts'
import { TARGET_TERMS } from './targets.ts'
import { joinCompound, linkingForm } from './vocab.ts'

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

describe('bench corpus generator', () => {
  it('gives the same documents for the same seed, and a smaller corpus is a prefix of a larger one', () => {
    const small = generateCorpus(20)
    const large = generateCorpus(50)
    expect(JSON.stringify(large.docs.slice(0, 20))).toBe(JSON.stringify(small.docs))
    expect(generateDoc(77)).toEqual(generateDoc(77))
    expect(generateDoc(77, DEFAULT_SEED + 1).doc.body).not.toBe(generateDoc(77).doc.body)
  })

  it('plants every target term in exactly one document, with a query per recall type', () => {
    // Targets sit in the first 100 docs; a term that is no vocabulary word cannot appear later.
    const { docs, targets } = generateCorpus(200)
    expect(targets.map((t) => t.term)).toEqual(TARGET_TERMS.map((t) => t.term))
    for (const target of targets) {
      const holders = docs.filter((d) => `${d.title} ${d.summary} ${d.body}`.includes(target.term)).map((d) => d.id)
      expect(holders, target.term).toEqual([target.docId])
      expect(isKnownWord(target.term)).toBe(false)
    }
    const recall = buildRecallQueries(targets)
    for (const type of RECALL_TYPES) expect(recall.filter((q) => q.type === type)).toHaveLength(type === 'ascii' ? 10 : 20)
  })

  it('writes documents of the specified shape', () => {
    for (const { doc } of [generateDoc(0), generateDoc(3), generateDoc(999)]) {
      expect(words(doc.title)).toBeGreaterThanOrEqual(5)
      expect(words(doc.title)).toBeLessThanOrEqual(12)
      // A planted sentence may add ten words to the body.
      expect(words(doc.body)).toBeGreaterThanOrEqual(300)
      expect(words(doc.body)).toBeLessThanOrEqual(1510)
      expect(doc.tags.length).toBeGreaterThanOrEqual(1)
    }
  })

  it('links compounds the Dutch way', () => {
    expect(linkingForm('aanbesteding')).toBe('aanbestedings')
    expect(linkingForm('zon>zonne')).toBe('zonne')
    expect(joinCompound('zonne', 'energie')).toBe('zonne-energie')
    expect(joinCompound('energie', 'initiatief')).toBe('energie-initiatief')
    expect(joinCompound('buurt', 'coöperatie')).toBe('buurtcoöperatie')
    expect(joinCompound('isolatie', 'aanvraag')).toBe('isolatieaanvraag')
  })

  it('builds the same 500 mixed latency queries every time, 100 per kind, with typos that are not words', () => {
    const queries = buildLatencyQueries(DEFAULT_SEED)
    expect(queries).toEqual(buildLatencyQueries(DEFAULT_SEED))
    for (const kind of LATENCY_KINDS) expect(queries.filter((q) => q.kind === kind)).toHaveLength(100)
    for (const q of queries.filter((x) => x.kind === 'typo')) expect(isKnownWord(q.q), q.q).toBe(false)
  })
})
