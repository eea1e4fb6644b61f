/**
 * Node-only: the dev server's rebuild, in a child process (`npm run build`'s own script), so
 * that requests are never stalled by parsing, rendering and indexing. The child swaps
 * `.build/current` only after a complete build; its output (problems as path:line) goes to the
 * dev server's terminal. Resolves to whether a new build is in place.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BUILD_SCRIPT = fileURLToPath(new URL('../cli/build.ts', import.meta.url))

export function rebuildInChild(root: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BUILD_SCRIPT], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', (error) => (console.error('The build could not start:', error.message), resolve(false)))
    child.on('exit', (code) => resolve(code === 0))
  })
}
