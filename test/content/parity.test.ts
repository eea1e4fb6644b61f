/**
 * What the API serves is what the content files say: every rule, workaround and case of the
 * real corpus, field by field, including sources and links.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.tsx'
import { referenceUrl } from '../../src/content/identifiers.ts'
import { loadContent } from '../../src/content/load-fs.ts'
import { createTestDeps, REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'

const { corpus } = loadContent(REPO_ROOT, TODAY)
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  app = createApp(await createTestDeps(REPO_ROOT))
})

const segment = { rule: 'rules', workaround: 'workarounds', case: 'cases' } as const
const entries = [...corpus.rule, ...corpus.workaround, ...corpus.case]

describe('API parity with the content files', () => {
  it('serves every entry of the corpus and nothing else', async () => {
    for (const type of ['rule', 'workaround', 'case'] as const) {
      const res = await app.request(`/api/v1/${segment[type]}?limit=100`)
      const body = (await res.json()) as { total: number; items: { slug: string }[] }
      const files = entries.filter((e) => e.kind === type).map((e) => e.slug)

      expect(body.items.map((i) => i.slug).sort()).toEqual([...files].sort())
    }
  })

  it.each(entries.map((e) => [`${e.kind}/${e.slug}`, e] as const))('serves %s as its file says', async (_, entry) => {
    const res = await app.request(`/api/v1/${segment[entry.kind as 'rule']}/${entry.slug}`)
    const body = (await res.json()) as Record<string, any>
    const meta = entry.meta as Record<string, any>

    expect(res.status).toBe(200)
    expect(body.title).toBe(meta.title)
    expect(body.summary).toBe(meta.summary)
    expect(body.lastReviewed).toBe(meta.last_reviewed)
    expect(body.references.map((r: any) => [r.type, r.id ?? r.url, r.url])).toEqual(
      meta.references.map((r: any) => [r.type, r.id ?? r.url, referenceUrl(r)]),
    )
    if (entry.kind !== 'rule') expect(body.links.rules.map((l: any) => l.slug)).toEqual([...new Set(meta.rules as string[])])
    if (entry.kind === 'case') expect(body.links.workarounds.map((l: any) => l.slug)).toEqual([...new Set(meta.workarounds as string[])])
    if (entry.kind === 'rule') expect(body.related.sort()).toEqual([...(meta.related ?? [])].sort())
  })
})

describe('the seed corpus', () => {
  it('has the required rules, at least 35 workarounds and 30 cases, and passes the check', () => {
    const { problems } = loadContent(REPO_ROOT, TODAY)
    const required = ['didam-arrest', 'schaarse-subsidies', 'awb-subsidietitel', 'subsidie-afbouw', 'subsidie-of-opdracht', 'aanbestedingswet', 'sociale-en-specifieke-diensten', 'staatssteun-de-minimis', 'daeb', 'wet-markt-en-overheid', 'omgevingswet-participatie', 'uitdaagrecht', 'sce-regeling', 'netcongestie', 'energiewet-energiedelen', 'lokaal-eigendom', 'wooncooperaties', 'avg', 'wet-open-overheid', 'btw-en-anbi', 'wet-bibob', 'deelneming-en-garanties', 'wtza-zorgcooperaties', 'warmtewet']

    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(corpus.rule.map((r) => r.slug)).toEqual(expect.arrayContaining(required))
    expect(corpus.workaround.length).toBeGreaterThanOrEqual(35)
    expect(corpus.case.length).toBeGreaterThanOrEqual(30)
  })

  it('gives every rule at least one workaround', () => {
    const withWorkaround = new Set(corpus.workaround.flatMap((w) => w.meta.rules))

    expect(corpus.rule.filter((r) => !withWorkaround.has(r.slug)).map((r) => r.slug)).toEqual([])
  })
})
