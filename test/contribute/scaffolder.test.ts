import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createContentFile, NewFileError, parseKind } from '../../src/cli/new.ts'
import { loadContent } from '../../src/content/load-fs.ts'
import { formatProblem } from '../../src/content/problems.ts'
import * as taxonomy from '../../src/content/taxonomy.ts'
import { FIXTURE_CORPUS, REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'

const run = promisify(execFile)
let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tussenruimte-new-'))
  cpSync(FIXTURE_CORPUS, root, { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const errorsFor = (file: string) =>
  loadContent(root, TODAY)
    .problems.filter((p) => p.file === file && p.severity === 'error')
    .map(formatProblem)

describe('npm run new', () => {
  it.each([
    ['case', 'content/cases/buurthuis-de-kern.md'],
    ['workaround', 'content/workarounds/buurthuis-de-kern.md'],
    ['rule', 'rules/buurthuis-de-kern.md'],
  ] as const)('writes a %s skeleton with today’s date whose only problems are the TODO placeholders', (kind, path) => {
    const file = createContentFile(root, kind, 'buurthuis-de-kern', TODAY)

    expect(file).toBe(path)
    const text = readFileSync(join(root, path), 'utf8')
    expect(text).toContain(`last_reviewed: ${TODAY}\n`)
    const errors = errorsFor(path)
    expect(errors.length).toBeGreaterThan(5)
    // Every error is a placeholder, reported once, with what belongs there.
    for (const error of errors) expect(error).toMatch(/still contains the placeholder "TODO"  \S/)
    expect(new Set(errors.map((e) => e.split('  ')[0])).size).toBe(errors.length)
  })

  it('makes a case skeleton that passes the check once every TODO is filled in', () => {
    const path = createContentFile(root, 'case', 'buurthuis-de-kern', TODAY)
    const filled = readFileSync(join(root, path), 'utf8')
      .replace('title: TODO titel van de casus', 'title: Buurthuis De Kern')
      .replace('summary: TODO samenvatting in gewone taal, hoogstens 300 tekens', 'summary: Een stichting kocht het buurthuis.')
      .replace('place: TODO gemeente', 'place: Het Hogeland')
      .replace(/province: TODO.*/, 'province: Groningen')
      .replace(/start: TODO.*/, 'start: 2022')
      .replace(/name: TODO.*/, 'name: Stichting Buurthuis De Kern')
      .replace(/legal_form: TODO.*/, 'legal_form: stichting')
      .replace(/  kind: TODO.*/, '  kind: dorpshuis')
      .replace(/- TODO betrokken overheid.*/, '- Gemeente Het Hogeland')
      .replace(/domains: \[TODO\].*/, 'domains: [public-space]')
      .replace(/rules: \[TODO\].*/, 'rules: [didam-arrest]')
      .replace(/outcome: TODO.*/, 'outcome: worked')
      .replace(/barrier: TODO.*/, 'barrier: unused-room')
      .replace('url: TODO https://…', 'url: https://www.example.org/buurthuis')
      .replace('title: TODO titel van de bron', 'title: Bericht')
      .replace(/^TODO .*$/gm, 'Eigen tekst.')
    writeFileSync(join(root, path), filled)

    expect(errorsFor(path)).toEqual([])
  })

  it('refuses a slug that already exists, in the same folder or as another kind', () => {
    createContentFile(root, 'case', 'buurthuis-de-kern', TODAY)

    expect(() => createContentFile(root, 'case', 'buurthuis-de-kern', TODAY)).toThrow(/content\/cases\/buurthuis-de-kern\.md bestaat al/)
    expect(() => createContentFile(root, 'workaround', 'didam-arrest', TODAY)).toThrow(/"didam-arrest" is al in gebruik door rules\/didam-arrest\.md/)
    expect(existsSync(join(root, 'content/workarounds/didam-arrest.md'))).toBe(false)
  })

  it.each([
    ['Buurthuis_De_Kern', 'Bijvoorbeeld: buurthuis-de-kern'],
    ['buurthuis de kern', 'Bijvoorbeeld: buurthuis-de-kern'],
    ['café-de-hoek', 'Bijvoorbeeld: cafe-de-hoek'],
    ['-begint-met-streepje', 'Bijvoorbeeld: begint-met-streepje'],
    ['x'.repeat(81), 'hoogstens 80 tekens'],
  ])('refuses the malformed slug %j with a suggestion', (slug, hint) => {
    let error: unknown
    try {
      createContentFile(root, 'case', slug, TODAY)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(NewFileError)
    expect((error as NewFileError).exitCode).toBe(1)
    expect((error as Error).message).toContain('geen geldige slug')
    expect((error as Error).message).toContain(hint)
  })

  it('accepts the Dutch names of the kinds and refuses unknown ones', () => {
    expect(parseKind('casus')).toBe('case')
    expect(parseKind('oplossing')).toBe('workaround')
    expect(parseKind('regel')).toBe('rule')
    expect(() => parseKind('pagina')).toThrow(/Kies rule, workaround of case/)
  })

  describe('as a command, not on a terminal', () => {
    const cli = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'src/cli/new.ts', ...args, '--root', root], { cwd: REPO_ROOT, timeout: 15_000 }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string; killed?: boolean }) => ({ code: e.killed ? -1 : e.code, stdout: e.stdout, stderr: e.stderr }),
      )

    it('creates the file and exits 0', async () => {
      const { code, stdout } = await cli('case', 'buurthuis-de-kern')

      expect(code).toBe(0)
      expect(stdout).toContain('Aangemaakt: content/cases/buurthuis-de-kern.md')
      expect(existsSync(join(root, 'content/cases/buurthuis-de-kern.md'))).toBe(true)
    })

    it('exits 2 with the usage instead of prompting when the slug is missing', async () => {
      const { code, stderr } = await cli('case')

      expect(code).toBe(2)
      expect(stderr).toContain('Er ontbreekt een slug')
      expect(stderr).toContain('npm run new -- <soort> <slug>')
    })

    it('exits 1 with a clear message for an existing or malformed slug', async () => {
      const existing = await cli('case', 'dorpshuis-voorbeeld')
      const malformed = await cli('case', 'Dorpshuis_Voorbeeld')

      expect(existing.code).toBe(1)
      expect(existing.stderr).toContain('content/cases/dorpshuis-voorbeeld.md bestaat al')
      expect(malformed.code).toBe(1)
      expect(malformed.stderr).toContain('"Dorpshuis_Voorbeeld" is geen geldige slug')
    })
  })
})

describe('the templates in content/_templates', () => {
  // Comments such as `province: TODO # Groningen, Fryslân, …` list the allowed values; they must be the taxonomy's.
  const vocabularies: Record<string, { keys: readonly string[] }> = {
    province: taxonomy.provinces,
    legal_form: taxonomy.legalForms,
    domains: taxonomy.domains,
    outcome: taxonomy.outcomes,
    barrier: taxonomy.barriers,
    certainty: taxonomy.certainties,
    kind: taxonomy.ruleKinds,
    levels: taxonomy.levels,
    instruments: taxonomy.instruments,
    status: taxonomy.statuses,
    applies_to: taxonomy.appliesTo,
  }
  // In a case, `kind` sits under `initiative` and means the kind of initiative.
  const vocabularyOf = (template: string, key: string) => (template === 'case' && key === 'kind' ? taxonomy.initiativeKinds : vocabularies[key]!)

  it.each(['case', 'workaround', 'rule'])('list exactly the allowed values in the %s template', (kind) => {
    const text = readFileSync(join(REPO_ROOT, 'content/_templates', `${kind}.md`), 'utf8')
    const listed = [...text.matchAll(/^\s*(\w+): \[?TODO\]? # (.+)$/gm)].filter(([, key]) => key! in vocabularies)

    expect(listed.length).toBeGreaterThan(0)
    for (const [, key, values] of listed) expect({ key, values: values!.split(', ') }).toEqual({ key, values: [...vocabularyOf(kind, key!).keys] })
  })
})
