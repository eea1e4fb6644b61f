/**
 * CONTRIBUTING.md and the review files stay true: the field tables are the schema's, the
 * example passes the check, and the links the form makes fit the repository's templates.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { blockMarker, generatedBlocks, withGeneratedBlocks } from '../../src/contribute/field-table.ts'
import { ISSUE_FILE_FIELD, ISSUE_TEMPLATE } from '../../src/contribute/links.ts'
import { kindRegistry as kinds } from '../../src/content/kinds.ts'
import { REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'
import { corpusChecker } from './helpers.ts'

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8')
const guide = read('CONTRIBUTING.md')

describe('CONTRIBUTING.md', () => {
  it('has field tables that match the schema (regenerate: node --import tsx src/cli/field-table.ts --write)', () => {
    expect(withGeneratedBlocks(guide)).toBe(guide)
  })

  it('documents every field of every kind, and every reference type', () => {
    const blocks = generatedBlocks()
    for (const kind of ['case', 'workaround', 'rule'] as const) {
      const table = blocks[`velden-${kind}`]!
      expect(guide).toContain(`${blockMarker(`velden-${kind}`)}\n${table}\n`)
      for (const field of Object.keys(kinds[kind].schema.entries)) expect(table).toContain(`| \`${field}\` |`)
      for (const section of kinds[kind].sections) expect(table).toContain(`\`## ${section}\``)
    }
    for (const type of ['ecli', 'bwb', 'celex', 'cvdr', 'kamerstuk', 'url']) expect(blocks.bronnen).toContain(`| \`${type}\` (`)
  })

  it('shows a complete example case that passes npm run check against the real corpus', () => {
    const example = /<!-- voorbeeld:begin -->\n```markdown\n([\s\S]*?)```\n<!-- voorbeeld:einde -->/.exec(guide)?.[1]
    expect(example).toBeDefined()

    expect(corpusChecker(REPO_ROOT, TODAY)('content/cases/dorpshuis-de-linde.md', example!)).toEqual([])
  })

  it('shows the messages npm run check really prints for its failing example', () => {
    // The file behind the example output in the guide: four mistakes and a TODO left behind.
    const broken = [
      '---',
      'title: Buurtkeuken in het oude schoolgebouw',
      'summary: Een stichting wilde het leegstaande schoolgebouw huren voor een buurtkeuken.',
      'place: Voorbeeldgemeente',
      'province: Noord Holland',
      'period:',
      '  start: 2023',
      'initiative:',
      '  name: Stichting Buurtkeuken',
      '  legal_form: stichting',
      '  kind: voedselbos',
      'public_bodies: [Gemeente Voorbeeldgemeente]',
      'domains: [food]',
      'rules: [didam]',
      'workarounds: []',
      'outcome: gelukt',
      'barrier: unused-room',
      'references:',
      '  - type: ecli',
      '    id: ECLI:NL:HR:2021:1778',
      '    title: Hoge Raad 26 november 2021 (Didam)',
      'last_reviewed: 2026-11-20',
      '---',
      '',
      '## Wat er gebeurde',
      '',
      'TODO',
      '',
      '## Waar het knelde',
      '',
      'De gemeente dacht dat zij het gebouw openbaar moest aanbieden.',
      '',
      '## Hoe het is opgelost',
      '',
      'Met een aankondiging vooraf.',
      '',
    ].join('\n')
    const output = corpusChecker(REPO_ROOT, TODAY)('content/cases/buurtkeuken-voorbeeld.md', broken)

    expect(output).toHaveLength(5)
    expect(guide).toContain(`\`\`\`\n${output.join('\n')}\n\`\`\``)
  })
})

describe('the review files', () => {
  it('have a "nieuwe casus" issue form with the field the form prefills', () => {
    const form = parse(read(`.github/ISSUE_TEMPLATE/${ISSUE_TEMPLATE}`)) as { body: { type: string; id?: string }[]; labels: string[] }

    expect(form.body.find((item) => item.id === ISSUE_FILE_FIELD)?.type).toBe('textarea')
    expect(form.labels.length).toBeGreaterThan(0)
  })

  it('have an "outdated information" issue form, a pull request checklist, code owners and a CI workflow', () => {
    expect(existsSync(join(REPO_ROOT, '.github/ISSUE_TEMPLATE/verouderde-informatie.yml'))).toBe(true)
    const checklist = read('.github/pull_request_template.md')
    for (const item of ['npm run check', 'bestandsnaam', 'bron', 'persoonsgegevens']) expect(checklist).toContain(item)
    expect(read('.github/CODEOWNERS')).toMatch(/^\/content\/ /m)
    const workflow = parse(read('.github/workflows/ci.yml')) as { on: Record<string, unknown>; jobs: Record<string, { steps: { run?: string }[] }> }
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''))
    expect(Object.keys(workflow.on)).toContain('pull_request')
    for (const command of [/npm ci\b/, /apt-get install -y .*chromium/, /npm test\b/]) expect(runs.some((run) => command.test(run)), String(command)).toBe(true)
  })

  it('keep the publiccode.yml description Dutch and the licence the code’s', () => {
    const publiccode = parse(read('publiccode.yml')) as { description: Record<string, { shortDescription: string; longDescription: string }>; legal: { license: string } }

    expect(publiccode.description.nl?.shortDescription.length).toBeLessThanOrEqual(150)
    expect(publiccode.description.nl?.longDescription.length).toBeGreaterThanOrEqual(150)
    expect(publiccode.legal.license).toBe(JSON.parse(read('package.json')).license)
  })
})
