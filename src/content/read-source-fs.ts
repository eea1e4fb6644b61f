/**
 * Node-only: reads one content file the way the check may trust it. A symbolic link is refused
 * (it could pull any file of the machine into the build, or point nowhere), as is anything that
 * is not a plain file, a file over the size limit, and bytes that are not UTF-8. Each refusal is
 * a problem at a line of the file, never an exception.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import type { Problem } from './problems.ts'

/** Largest content file accepted: the longest in the corpus is under 20 KB. */
export const MAX_CONTENT_BYTES = 256 * 1024

const strict = new TextDecoder('utf-8', { fatal: true })

export function readContentSource(root: string, file: string): { source: string } | { problem: Problem } {
  const refuse = (line: number, problem: string, expected: string) => ({ problem: { file, line, field: 'file', problem, expected, severity: 'error' as const } })
  const path = join(root, file)
  let fd: number | undefined
  try {
    const stat = lstatSync(path)
    if (stat.isSymbolicLink()) return refuse(1, 'is a symbolic link', 'a plain file in the repository; copy the content instead of linking to it')
    if (!stat.isFile()) return refuse(1, 'is not a plain file', 'a Markdown file')
    if (stat.size > MAX_CONTENT_BYTES) return refuse(1, `is ${Math.round(stat.size / 1024)} KB`, `at most ${MAX_CONTENT_BYTES / 1024} KB; split the text or shorten it`)
    // Read from the opened file, and only up to the limit: it may have changed since lstat.
    fd = openSync(path, 'r')
    const size = Math.min(fstatSync(fd).size, MAX_CONTENT_BYTES + 1)
    const bytes = Buffer.alloc(size)
    const read = readSync(fd, bytes, 0, size, 0)
    if (read > MAX_CONTENT_BYTES) return refuse(1, 'grew past the size limit while it was read', `at most ${MAX_CONTENT_BYTES / 1024} KB`)
    return decode(bytes.subarray(0, read), refuse)
  } catch (error) {
    return refuse(1, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'a readable Markdown file')
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function decode(bytes: Buffer, refuse: (line: number, problem: string, expected: string) => { problem: Problem }): { source: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return refuse(1, 'is UTF-16', 'UTF-8; save the file as UTF-8 in your editor')
  try {
    return { source: strict.decode(bytes) }
  } catch {
    // No UTF-8 sequence contains a newline byte, so the first line that fails on its own is the line.
    let line = 1
    let start = 0
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue
      try {
        strict.decode(bytes.subarray(start, i))
      } catch {
        break
      }
      line++
      start = i + 1
    }
    return refuse(line, 'is not valid UTF-8 (perhaps Latin-1 or Windows-1252)', 'UTF-8; save the file as UTF-8 in your editor')
  }
}
