/** The path of a step of a scan by its slug, for the server (the island gets its start path from the page). */
import type { Lang } from '../../content/taxonomy.ts'
import { entryPath } from '../../paths.ts'
import { stepPath, type ScanStep } from './scan-paths.ts'

export function scanPath(lang: Lang, slug: string, step?: ScanStep, query = '', extension = ''): string {
  return stepPath(entryPath(lang, 'scan', slug), lang, step, query, extension)
}
