/**
 * `npm start` with a good earlier build and sources that would have crashed it before (an alias
 * bomb, a dangling link): it says what is wrong, at path:line, and serves the last good build.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { buildArtefacts } from '../../src/cli/build-artefacts-fs.ts'
import { FIXTURE_CORPUS, REPO_ROOT, TODAY } from '../helpers/create-test-app.ts'

const root = mkdtempSync(join(tmpdir(), 'tussenruimte-start-'))
let child: ChildProcess | undefined
afterAll(() => {
  if (child?.pid && child.exitCode === null) process.kill(child.pid)
  rmSync(root, { recursive: true, force: true })
})

describe('npm start with broken sources', () => {
  it('serves the last good build and names the broken files', async () => {
    for (const folder of ['rules', 'content']) cpSync(join(FIXTURE_CORPUS, folder), join(root, folder), { recursive: true })
    const built = await buildArtefacts({ root, outRoot: join(root, '.build'), today: TODAY })
    expect(built.ok).toBe(true)

    const rule = join(root, 'rules/staatssteun-de-minimis.md')
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n')
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('status: in-force', `status: in-force\n${bomb}`))
    symlinkSync(join(root, 'nowhere.md'), join(root, 'rules/dangling.md'))

    const tsx = fileURLToPath(import.meta.resolve('tsx'))
    child = spawn(process.execPath, ['--import', tsx, join(REPO_ROOT, 'src/platform/node.ts')], { cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TSX_TSCONFIG_PATH: join(REPO_ROOT, 'tsconfig.json') }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk))
    const port = await new Promise<number>((resolve, reject) => {
      let stdout = ''
      child!.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk
        const match = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout)
        if (match) resolve(Number(match[1]))
      })
      child!.on('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)))
    })
    const res = await fetch(`http://127.0.0.1:${port}/regels/staatssteun-de-minimis`)

    expect(res.status, stderr).toBe(200)
    expect(await res.text()).toContain('Staatssteun en de-minimis')
    expect(stderr).toContain('rules/dangling.md:1  file  is a symbolic link')
    expect(stderr).toContain('rules/staatssteun-de-minimis.md:11  front matter  is not valid YAML: Excessive alias count')
    expect(stderr).toContain('serving the last good build')
  }, 60_000)
})
