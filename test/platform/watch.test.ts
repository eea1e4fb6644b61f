/**
 * The dev watcher sees every save: in place, atomic (a rename over the file, as editors and
 * git checkout do), in place again after that, a new file, and after a dangling link appeared
 * (chokidar does not report the dangling link itself; the next save, or npm run check, names it).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { watchContent } from '../../src/platform/watch-fs.ts'

const root = mkdtempSync(join(tmpdir(), 'tussenruimte-watch-'))
for (const dir of ['rules', 'content/cases', 'web']) mkdirSync(join(root, dir), { recursive: true })
writeFileSync(join(root, 'rules/a.md'), 'een')
let watcher: ReturnType<typeof watchContent> | undefined
afterAll(async () => {
  await watcher?.close()
  rmSync(root, { recursive: true, force: true })
})

describe('the dev watcher', () => {
  it('calls back for every kind of save', async () => {
    let calls = 0
    let waiting: (() => void) | undefined
    watcher = watchContent(root, async () => (calls++, waiting?.()), { debounceMs: 50 })
    await watcher.ready
    const saved = async (save: () => void) => {
      const before = calls
      const seen = new Promise<void>((resolve) => (waiting = resolve))
      save()
      await Promise.race([seen, new Promise((resolve) => setTimeout(resolve, 5000))])
      return calls > before
    }
    const atomic = (file: string, text: string) => (writeFileSync(join(root, `${file}.tmp`), text), renameSync(join(root, `${file}.tmp`), join(root, file)))

    symlinkSync(join(root, 'nergens.md'), join(root, 'rules/los.md'))
    const results = {
      inPlace: await saved(() => writeFileSync(join(root, 'rules/a.md'), 'twee')),
      atomic: await saved(() => atomic('rules/a.md', 'drie')),
      inPlaceAfterRename: await saved(() => writeFileSync(join(root, 'rules/a.md'), 'vier')),
      atomicAgain: await saved(() => atomic('rules/a.md', 'vijf')),
      newFile: await saved(() => writeFileSync(join(root, 'content/cases/b.md'), 'nieuw')),
      afterDanglingLink: await saved(() => writeFileSync(join(root, 'rules/a.md'), 'zes')),
      inPlaceAfterThat: await saved(() => writeFileSync(join(root, 'rules/a.md'), 'zeven')),
    }

    expect(results).toEqual({ inPlace: true, atomic: true, inPlaceAfterRename: true, atomicAgain: true, newFile: true, afterDanglingLink: true, inPlaceAfterThat: true })
  }, 60_000)
})
