import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pruneBuilds } from '../../src/build/durable-fs.ts'

let out: string
afterEach(() => rmSync(out, { recursive: true, force: true }))

/** A .build folder with build folders named <time>-<pid>; complete ones have a manifest. */
function layout(builds: { id: string; complete: boolean }[], current: string) {
  out = mkdtempSync(join(tmpdir(), 'tussenruimte-prune-'))
  for (const { id, complete } of builds) {
    mkdirSync(join(out, 'builds', id), { recursive: true })
    if (complete) writeFileSync(join(out, 'builds', id, 'manifest.json'), '{}')
  }
  symlinkSync(join('builds', current), join(out, 'current'))
}

describe('pruning build folders', () => {
  it('keeps the current and the previous complete build, not a newer partial one left by a killed build', () => {
    // 999999999 is no running process: these partial folders are leftovers of killed builds.
    layout(
      [
        { id: '100-999999999', complete: true },
        { id: '200-999999999', complete: true },
        { id: '300-999999999', complete: false },
        { id: '400-999999999', complete: true },
        { id: '500-999999999', complete: false },
      ],
      '400-999999999',
    )
    pruneBuilds(out, 'manifest.json', '400-999999999')

    expect(readdirSync(join(out, 'builds')).sort()).toEqual(['200-999999999', '400-999999999'])
  })

  it('leaves a partial folder alone while the build writing it still runs', () => {
    const other = `600-${process.ppid}`
    layout(
      [
        { id: '400-999999999', complete: true },
        { id: other, complete: false },
      ],
      '400-999999999',
    )
    pruneBuilds(out, 'manifest.json', '400-999999999')

    expect(readdirSync(join(out, 'builds')).sort()).toEqual(['400-999999999', other])
  })
})
