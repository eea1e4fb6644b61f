/**
 * History per entry from git: read at build time (shallow clones and missing git included), stored
 * in entry_changes, shown as "Wijzigingen" on entry pages and as lastChanged/changes in the API.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readHistory } from '../../src/build/history-fs.ts'
import { createApp } from '../../src/app.tsx'
import { createTestDeps } from '../helpers/create-test-app.ts'
import { HISTORY } from './helpers.ts'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tussenruimte-git-'))
  dirs.push(dir)
  return dir
}

function git(cwd: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org', ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) }
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' })
}

/** A repository whose content lives in a subfolder, as the test corpus does, with three commits. */
function repository() {
  const repo = tempDir()
  git(repo, ['init', '-q'])
  const root = join(repo, 'site')
  mkdirSync(join(root, 'rules'), { recursive: true })
  mkdirSync(join(root, 'content', 'cases'), { recursive: true })
  writeFileSync(join(root, 'rules', 'a.md'), 'one\n')
  writeFileSync(join(repo, 'README.md'), 'not content\n')
  git(repo, ['add', '-A'])
  git(repo, ['commit', '-qm', 'Rule a'], '2025-01-01T10:00:00+01:00')
  writeFileSync(join(root, 'rules', 'a.md'), 'two\n')
  writeFileSync(join(root, 'content', 'cases', 'b.md'), 'case\n')
  git(repo, ['add', '-A'])
  git(repo, ['commit', '-qm', 'Rule a: new ruling; case b'], '2025-06-01T10:00:00+02:00')
  writeFileSync(join(repo, 'README.md'), 'still not content\n')
  git(repo, ['commit', '-qam', 'Readme only'], '2025-07-01T10:00:00+02:00')
  return { repo, root }
}

describe('reading history from git', () => {
  it('gives each content file its commits, newest first, marking the one that added it', () => {
    const { root } = repository()
    const { files, note } = readHistory(root)
    expect(note).toBeUndefined()
    expect([...files.keys()].sort()).toEqual(['content/cases/b.md', 'rules/a.md'])
    expect(files.get('rules/a.md')!.map((c) => [c.message, c.added, c.date])).toEqual([
      ['Rule a: new ruling; case b', false, '2025-06-01T10:00:00+02:00'],
      ['Rule a', true, '2025-01-01T10:00:00+01:00'],
    ])
    expect(files.get('rules/a.md')![0]!.commit).toMatch(/^[0-9a-f]{40}$/)
  })

  it('in a shallow clone leaves out the cut-off commit, which seems to add every file, and says so', () => {
    const { repo } = repository()
    const clone = join(tempDir(), 'clone')
    git(tempDir(), ['clone', '-q', '--depth', '1', `file://${repo}`, clone])
    const { files, note } = readHistory(join(clone, 'site'))
    expect(files.size).toBe(0)
    expect(note).toMatch(/shallow clone/)
  })

  it('without a repository says so and gives no history, without failing', () => {
    const root = tempDir()
    mkdirSync(join(root, 'rules'))
    const { files, note } = readHistory(root)
    expect(files.size).toBe(0)
    expect(note).toMatch(/No git history/)
  })
})

describe('history on pages and in the API', () => {
  it('shows "Wijzigingen" on the entry page, newest first, each linking to its commit', async () => {
    const app = createApp(await createTestDeps(undefined, undefined, HISTORY))
    const html = await (await app.request('/regels/didam-arrest')).text()
    const section = html.match(/<section class="entry-changes"[\s\S]*?<\/section>/)![0]
    expect(section).toContain('>Wijzigingen</h2>')
    expect(section.indexOf('Didam II')).toBeLessThan(section.indexOf('Rule didam-arrest'))
    expect(section).toContain(`href="https://example.org/tussenruimte/commit/${'a'.repeat(40)}"`)
    expect(section).toContain('Gewijzigd: <span lang="nl">Didam II: de uitzonderingen zijn beperkt</span>')
    expect(section).toContain('Toegevoegd:')
    expect(section).toContain('href="https://example.org/tussenruimte/commits/main/rules/didam-arrest.md"')
    const en = await (await app.request('/en/rules/didam-arrest')).text()
    expect(en).toContain('>Changes</h2>')
  })

  it('falls back to the review date when the build had no history', async () => {
    const app = createApp(await createTestDeps(undefined, undefined, new Map()))
    const html = await (await app.request('/regels/didam-arrest')).text()
    expect(html).toContain('Voor deze pagina is geen wijzigingsgeschiedenis beschikbaar. Laatst gecontroleerd op 2026-01-15.')
    const api = (await (await app.request('/api/v1/rules/didam-arrest')).json()) as { lastChanged: string; changes: unknown[] }
    expect(api.lastChanged).toBe('2026-01-15')
    expect(api.changes).toEqual([])
  })

  it('gives lastChanged in lists and items, and changes with commit links in items', async () => {
    const app = createApp(await createTestDeps(undefined, undefined, HISTORY))
    const item = (await (await app.request('/api/v1/rules/didam-arrest')).json()) as { lastChanged: string; changes: Record<string, string>[] }
    expect(item.lastChanged).toBe('2026-11-20')
    expect(item.changes).toEqual([
      { date: '2026-11-20T10:00:00+01:00', change: 'modified', message: 'Didam II: de uitzonderingen zijn beperkt', commit: 'a'.repeat(40), commitUrl: `https://example.org/tussenruimte/commit/${'a'.repeat(40)}` },
      { date: '2025-01-02T09:00:00+01:00', change: 'added', message: 'Rule didam-arrest', commit: 'b'.repeat(40), commitUrl: `https://example.org/tussenruimte/commit/${'b'.repeat(40)}` },
    ])
    const list = (await (await app.request('/api/v1/rules')).json()) as { items: { slug: string; lastChanged: string; lastReviewed: string }[] }
    expect(list.items.find((i) => i.slug === 'didam-arrest')!.lastChanged).toBe('2026-11-20')
    const other = list.items.find((i) => i.slug === 'staatssteun-de-minimis')!
    expect(other.lastChanged).toBe(other.lastReviewed)
  })
})
