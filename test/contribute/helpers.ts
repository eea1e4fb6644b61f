/**
 * Shared by the contribution tests: a valid case as the form and as the API receive it, and
 * the real content check run on a generated file inside a copy of a corpus.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkCorpus } from '../../src/content/corpus.ts'
import { listContentFiles, loadContent } from '../../src/content/load-fs.ts'
import { parseEntry, type RawDocument } from '../../src/content/parse.ts'
import { formatProblem } from '../../src/content/problems.ts'
import { emptyValues, type FormValues } from '../../src/contribute/form.ts'
import { TODAY } from '../helpers/create-test-app.ts'

/** A complete case, as typed into the form; links into the fixture corpus. */
export function validFormValues(): FormValues {
  return {
    ...emptyValues(),
    title: 'Buurthuis De Kern en de gemeente',
    summary: 'Een stichting van buurtbewoners kocht het buurthuis van de gemeente, als enige serieuze gegadigde.',
    place: 'Het Hogeland',
    province: 'Groningen',
    'period.start': '2021',
    'period.end': '2023',
    'initiative.name': 'Stichting Buurthuis De Kern',
    'initiative.legal_form': 'stichting',
    'initiative.kind': 'dorpshuis',
    public_bodies: 'Gemeente Het Hogeland\n\nProvincie Groningen\n',
    domains: ['public-space', 'culture'],
    rules: ['didam-arrest'],
    workarounds: ['enige-serieuze-gegadigde'],
    outcome: 'worked',
    barrier: 'unused-room',
    'references.0.type': 'ecli',
    'references.0.id': 'ECLI:NL:HR:2021:1778',
    'references.0.title': 'Hoge Raad 26 november 2021 (Didam)',
    'references.1.type': 'url',
    'references.1.id': 'https://www.example.org/buurthuis',
    'references.1.title': 'Buurthuis verkocht',
    'references.1.publisher': 'Dorpskrant',
    'sections.happened': 'De gemeente wilde het buurthuis verkopen.\n\nDe stichting wilde het **openhouden**.',
    'sections.friction': 'Na het [Didam-arrest](/regels/didam-arrest) dacht de gemeente aan een openbare verkoop.',
    'sections.resolution': 'De gemeente onderbouwde vooraf dat er maar één serieuze gegadigde was.',
    'sections.lessons': '- Leg criteria vooraf vast.\n- Maak het voornemen op tijd bekend.',
    consent: 'yes',
  }
}

/** The same case in the API's JSON shape. */
export function validContribution(): Record<string, unknown> {
  return {
    title: 'Buurthuis De Kern en de gemeente',
    summary: 'Een stichting van buurtbewoners kocht het buurthuis van de gemeente, als enige serieuze gegadigde.',
    place: 'Het Hogeland',
    province: 'Groningen',
    period: { start: 2021, end: 2023 },
    initiative: { name: 'Stichting Buurthuis De Kern', legal_form: 'stichting', kind: 'dorpshuis' },
    public_bodies: ['Gemeente Het Hogeland'],
    domains: ['public-space'],
    rules: ['didam-arrest'],
    workarounds: ['enige-serieuze-gegadigde'],
    outcome: 'worked',
    barrier: 'unused-room',
    references: [{ type: 'ecli', id: 'ECLI:NL:HR:2021:1778', title: 'Hoge Raad 26 november 2021 (Didam)' }],
    sections: { happened: 'Het gebeurde.', friction: 'Het knelde.', resolution: 'Het is opgelost.', lessons: 'Lessen.' },
    consent: true,
  }
}

/**
 * `npm run check` on a corpus with one more file: copies the corpus's rules/ and content/ to a
 * temporary folder, adds the file and returns every error (formatted) in the whole corpus.
 */
export function checkWithFile(root: string, path: string, markdown: string, today = TODAY): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tussenruimte-check-'))
  try {
    for (const folder of ['rules', 'content']) if (existsSync(join(root, folder))) cpSync(join(root, folder), join(dir, folder), { recursive: true })
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), markdown)
    const { problems } = loadContent(dir, today)
    return problems.filter((p) => p.severity === 'error').map(formatProblem)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The same check without touching the disk for each file: parses the corpus once, then runs
 * parseEntry and the corpus link check on each new file. For tests that check many files.
 */
export function corpusChecker(root: string, today = TODAY): (path: string, markdown: string) => string[] {
  const documents: RawDocument[] = []
  for (const { file, kind } of listContentFiles(root)) {
    const { document } = parseEntry({ file, source: readFileSync(join(root, file), 'utf8'), kind, today })
    if (document) documents.push(document)
  }
  return (path, markdown) => {
    const { problems, document } = parseEntry({ file: path, source: markdown, kind: 'case', today })
    const links = document ? checkCorpus([...documents, document]).filter((p) => p.file === path) : []
    // Sorted by line, as npm run check prints them.
    return [...problems, ...links]
      .filter((p) => p.severity === 'error')
      .sort((a, b) => a.line - b.line)
      .map(formatProblem)
  }
}
