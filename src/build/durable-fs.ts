/**
 * Node-only: the parts of a build swap that must survive a crash or a power cut. Files and
 * their folder are flushed before `current` points at them; the pruner keeps the current and
 * the previous complete build, and removes only folders whose build is no longer running.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readlinkSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'

/** Flushes a file or a folder (its entries) to the disk. */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Flushes every file in a folder, then the folder itself. */
export function fsyncFolder(dir: string): void {
  for (const name of readdirSync(dir)) fsyncPath(join(dir, name))
  fsyncPath(dir)
}

const running = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes old build folders: keeps the one `current` points at and the newest other complete
 * one (it has a manifest; a server may still read it), and leaves a folder alone while the
 * process that is writing it (its name ends in that pid) still runs. Partial folders of killed
 * builds go.
 */
export function pruneBuilds(outRoot: string, manifestFile: string, keepId: string): void {
  const buildsDir = join(outRoot, 'builds')
  let current = keepId
  try {
    current = basename(readlinkSync(join(outRoot, 'current')))
  } catch {
    // No link yet: keep the build just made.
  }
  const ids = readdirSync(buildsDir).sort()
  const complete = (id: string) => existsSync(join(buildsDir, id, manifestFile))
  const previous = ids.filter((id) => id !== current && id !== keepId && complete(id)).at(-1)
  for (const id of ids) {
    if (id === current || id === keepId || id === previous) continue
    const pid = Number(id.split('-').pop())
    if (!complete(id) && pid !== process.pid && Number.isInteger(pid) && running(pid)) continue
    rmSync(join(buildsDir, id), { recursive: true, force: true })
  }
}
