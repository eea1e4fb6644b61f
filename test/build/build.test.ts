import { cpSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { currentDir, isStale, readManifest } from '../../src/build/artefacts-fs.ts'
import { buildArtefacts } from '../../src/cli/build-artefacts-fs.ts'
import { FIXTURE_CORPUS, TODAY } from '../helpers/create-test-app.ts'

const dirs: string[] = []
function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tussenruimte-build-'))
  dirs.push(dir)
  cpSync(FIXTURE_CORPUS, dir, { recursive: true, filter: (src) => !src.includes('.build') })
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const titles = (root: string) => {
  const db = new Database(join(currentDir(join(root, '.build')), 'tussenruimte.sqlite'), { readonly: true })
  try {
    return (db.prepare("SELECT title FROM entries WHERE type = 'rule' ORDER BY slug").all() as { title: string }[]).map((r) => r.title)
  } finally {
    db.close()
  }
}

describe('build', () => {
  it('writes a database, a search index and a manifest, and points current at them', async () => {
    const root = copyOfFixture()

    const outcome = await buildArtefacts({ root, outRoot: join(root, '.build'), today: TODAY })

    expect(outcome.ok).toBe(true)
    expect(readManifest(join(root, '.build'))?.counts).toEqual({ rule: 2, workaround: 2, case: 2, scan: 1, page: 1 })
    expect(titles(root)).toEqual(['Didam-arrest', 'Staatssteun en de-minimis'])
    expect(JSON.parse(readFileSync(join(currentDir(join(root, '.build')), 'search-index.json'), 'utf8')).ids).toHaveLength(7)
  })

  it('keeps the last good build when the content breaks', async () => {
    const root = copyOfFixture()
    const outRoot = join(root, '.build')
    await buildArtefacts({ root, outRoot, today: TODAY })
    const before = readlinkSync(currentDir(outRoot))
    const file = join(root, 'rules', 'didam-arrest.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: ruling', 'kind: rulin').replace('Didam-arrest', 'Gebroken'))

    const outcome = await buildArtefacts({ root, outRoot, today: TODAY })

    expect(outcome.ok).toBe(false)
    expect(readlinkSync(currentDir(outRoot))).toBe(before)
    expect(titles(root)).toEqual(['Didam-arrest', 'Staatssteun en de-minimis'])
    expect(readdirSync(join(outRoot, 'builds'))).toHaveLength(1)
  })

  it('replaces the build once the content is fixed, and knows when it is stale', async () => {
    const root = copyOfFixture()
    const outRoot = join(root, '.build')
    await buildArtefacts({ root, outRoot, today: TODAY })
    expect(isStale(root, outRoot)).toBe(false)
    const file = join(root, 'rules', 'didam-arrest.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Didam-arrest', 'title: Didam-arrest (bijgewerkt)'))
    expect(isStale(root, outRoot)).toBe(true)

    const outcome = await buildArtefacts({ root, outRoot, today: TODAY })

    expect(outcome.ok).toBe(true)
    expect(titles(root)[0]).toBe('Didam-arrest (bijgewerkt)')
    expect(isStale(root, outRoot)).toBe(false)
  })
})
