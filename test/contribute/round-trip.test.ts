/**
 * Every field the contribution API accepts reaches the generated case file: a contribution that
 * fills every optional field too comes back, field for field, when the file is parsed as the
 * corpus parses it — so a field added to the case schema cannot be accepted and then dropped.
 */
import { join } from 'node:path'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { parseEntry } from '../../src/content/parse.ts'
import { caseFile } from '../../src/contribute/case-file.ts'
import { contributionSchema } from '../../src/contribute/schema.ts'
import { TODAY } from '../helpers/create-test-app.ts'
import { corpusChecker, validContribution } from './helpers.ts'

const fixtureRoot = join(import.meta.dirname, '..', 'fixtures', 'corpus')

/** A contribution with every optional field filled as well. */
function fullContribution(): Record<string, unknown> {
  return {
    ...validContribution(),
    slug: 'buurthuis-de-kern',
    title_en: 'Community centre De Kern and the municipality',
    summary_en: 'Residents bought their community centre from the municipality as the only serious candidate.',
    turnaround: true,
    aliases: ['De Kern'],
    contributors: ['Dorpsbelang De Kern'],
    references: [
      { type: 'ecli', id: 'ECLI:NL:HR:2021:1778', title: 'Hoge Raad 26 november 2021 (Didam)' },
      { type: 'bwb', id: 'BWBR0005537', article: '4:51', title: 'Awb, artikel 4:51' },
      { type: 'url', url: 'https://www.example.org/buurthuis', title: 'Buurthuis verkocht', publisher: 'Dorpskrant', date: '2023-05-01' },
    ],
  }
}

/** Every key path of the contribution schema's objects (period.start, initiative.kind, …). */
function schemaPaths(schema: { entries: Record<string, unknown> }, prefix = ''): string[] {
  return Object.entries(schema.entries).flatMap(([key, field]) => {
    let node = field as { type?: string; wrapped?: unknown; entries?: Record<string, unknown> }
    while (node.type === 'optional' && node.wrapped) node = node.wrapped as typeof node
    return node.type === 'strict_object' && node.entries ? schemaPaths(node as { entries: Record<string, unknown> }, `${prefix}${key}.`) : [`${prefix}${key}`]
  })
}

const at = (value: unknown, path: string) => path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value)

describe('a contribution round-trips into its case file', () => {
  const parsed = v.parse(contributionSchema, fullContribution())
  const file = caseFile({ ...parsed, slug: 'buurthuis-de-kern' }, TODAY)
  const { entry, problems } = parseEntry({ file: file.path, source: file.markdown, kind: 'case', today: TODAY })

  it('fills every field the schema accepts (so this test covers them all)', () => {
    for (const path of schemaPaths(contributionSchema)) expect(at(parsed, path), path).not.toBeUndefined()
  })

  it('writes every accepted field into the file, with its value', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    // Fields that are not front matter: the sections become the body, consent is the contributor's promise.
    const frontMatter = schemaPaths(contributionSchema).filter((path) => !path.startsWith('sections.') && path !== 'consent' && path !== 'slug')
    for (const path of frontMatter) expect(at(entry!.meta, path), path).toEqual(at(parsed, path))
    for (const text of Object.values(parsed.sections)) expect(entry!.body).toContain(text)
  })

  it('gives a file that npm run check accepts in a corpus', () => {
    expect(corpusChecker(fixtureRoot)(file.path, file.markdown)).toEqual([])
  })
})
