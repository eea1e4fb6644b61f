/**
 * Files that used to crash the check or slip through it: each is now one problem at
 * path:line, the check and the build finish, and nothing outside the repository is read.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fingerprint } from '../../src/build/artefacts-fs.ts'
import { loadContent } from '../../src/content/load-fs.ts'
import { formatProblem } from '../../src/content/problems.ts'
import { MAX_CONTENT_BYTES } from '../../src/content/read-source-fs.ts'
import { FIXTURE_CORPUS, TODAY } from '../helpers/create-test-app.ts'

let root: string
let outside: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tussenruimte-hostile-'))
  outside = mkdtempSync(join(tmpdir(), 'tussenruimte-outside-'))
  for (const folder of ['rules', 'content']) cpSync(join(FIXTURE_CORPUS, folder), join(root, folder), { recursive: true })
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

const RULE = 'rules/staatssteun-de-minimis.md'
const original = () => readFileSync(join(FIXTURE_CORPUS, RULE), 'utf8')
const errors = () => loadContent(root, TODAY).problems.filter((p) => p.severity === 'error').map(formatProblem)

const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n')

describe('a hostile content file', () => {
  it.each<[string, () => void, RegExp]>([
    ['a YAML alias bomb', () => writeFileSync(join(root, RULE), original().replace('status: in-force', `status: in-force\n${aliasBomb}`)), /^rules\/staatssteun-de-minimis\.md:11 {2}front matter {2}is not valid YAML: Excessive alias count/],
    ['a dangling symbolic link', () => symlinkSync(join(root, 'nowhere.md'), join(root, 'rules/dangling.md')), /^rules\/dangling\.md:1 {2}file {2}is a symbolic link/],
    ['a symbolic link to a folder', () => (mkdirSync(join(root, 'map')), symlinkSync(join(root, 'map'), join(root, 'rules/map.md'))), /^rules\/map\.md:1 {2}file {2}is a symbolic link/],
    ['a folder named like a file', () => mkdirSync(join(root, 'rules/x.md')), /^rules\/x\.md:1 {2}file {2}is not a plain file/],
    ['a symbolic link to a valid file outside the repository', () => (writeFileSync(join(outside, 'in.md'), original()), symlinkSync(join(outside, 'in.md'), join(root, 'rules/ingesloten.md'))), /^rules\/ingesloten\.md:1 {2}file {2}is a symbolic link/],
    ['Latin-1 bytes', () => writeFileSync(join(root, RULE), Buffer.concat([Buffer.from('---\ntitle: Co'), Buffer.from([0xf6]), Buffer.from(original().slice(original().indexOf('\n', 4)))])), /^rules\/staatssteun-de-minimis\.md:2 {2}file {2}is not valid UTF-8/],
    ['a UTF-16 file', () => writeFileSync(join(root, RULE), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original(), 'utf16le')])), /^rules\/staatssteun-de-minimis\.md:1 {2}file {2}is UTF-16/],
    ['HTML in a front-matter string', () => writeFileSync(join(root, RULE), original().replace('title: Staatssteun en de-minimis', 'title: "<script>alert(1)</script> Staatssteun"')), /^rules\/staatssteun-de-minimis\.md:2 {2}title {2}contains raw HTML: <script>/],
    ['a file over the size limit', () => writeFileSync(join(root, RULE), original() + '\nLang verhaal.\n'.repeat(MAX_CONTENT_BYTES / 10)), /^rules\/staatssteun-de-minimis\.md:1 {2}file {2}is \d+ KB {2}at most 256 KB/],
  ])('%s is one problem at path:line, and the check does not throw', (_, apply, expected) => {
    apply()
    const found = errors()

    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(expected)
    expect(() => fingerprint(root)).not.toThrow()
  })

  it('with YAML that does not parse is reported once, without "does not exist" in the files that link to it', () => {
    writeFileSync(join(root, RULE), original().replace('levels: [eu, national]', 'levels: [eu, national'))
    const found = errors()

    expect(found.every((line) => line.startsWith(`${RULE}:`))).toBe(true)
    expect(found.join('\n')).not.toContain('does not exist')
  })

  it('in a content folder that links out of the repository is not read', () => {
    cpSync(join(root, 'content/cases'), join(outside, 'cases'), { recursive: true })
    rmSync(join(root, 'content/cases'), { recursive: true })
    symlinkSync(join(outside, 'cases'), join(root, 'content/cases'))

    expect(errors()).toContain('content/cases:1  folder  links to a folder outside the repository  a plain folder content/cases/ in the repository')
  })
})
