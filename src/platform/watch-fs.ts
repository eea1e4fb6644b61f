/** Node-only: calls back (debounced, one run at a time) when a file under rules/, content/ or web/ changes. */
import { watch } from 'node:fs'
import { join } from 'node:path'

export function watchContent(root: string, onChange: () => Promise<void>): void {
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()
  const trigger = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      running = running.then(onChange).catch((error: unknown) => console.error(error))
    }, 150)
  }
  for (const dir of ['rules', 'content', 'web']) watch(join(root, dir), { recursive: true }, trigger)
  console.log('Watching rules/, content/ and web/ for changes.')
}
