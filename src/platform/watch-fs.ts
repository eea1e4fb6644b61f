/**
 * Node-only: calls back (debounced, one run at a time) when a file under rules/, content/ or
 * web/ changes. chokidar watches the folders, not each file's inode, so an editor's atomic save
 * (write a temporary file, rename it over the old one) and a later save in place are both seen;
 * Node 20's own recursive watcher on Linux loses a file after such a rename.
 */
import { watch } from 'chokidar'
import { join } from 'node:path'

export function watchContent(root: string, onChange: () => Promise<void>, { debounceMs = 150 } = {}): { close(): Promise<void>; ready: Promise<void> } {
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()
  const trigger = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      running = running.then(onChange).catch((error: unknown) => console.error(error))
    }, debounceMs)
  }
  const watcher = watch(
    ['rules', 'content', 'web'].map((dir) => join(root, dir)),
    // Links are not followed: the check refuses them anyway, and a dangling one must not stop the watcher.
    { ignoreInitial: true, followSymlinks: false, atomic: true },
  )
  watcher.on('all', trigger)
  watcher.on('error', (error) => console.error('Watching failed:', error))
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  return { ready, close: () => (clearTimeout(timer), watcher.close()) }
}
