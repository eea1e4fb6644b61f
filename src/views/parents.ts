/**
 * The entries an entry belongs to: a workaround or a case "hoort bij" the rules it links to.
 * Read from the kind registry's link fields, so a new kind that links to rules gets it for free.
 */
import { kindRegistry, listedKinds, type ListedKind } from '../content/kinds.ts'
import type { EntrySummary } from '../db/entries.repository.ts'

/** The kind every other kind hangs off: the first listed kind (rules). */
export const parentKind: ListedKind = listedKinds[0]!

/** Titles of entries by slug, for naming parents without loading them. */
export type EntryNames = ReadonlyMap<string, { title: string; titleEn: string | null }>

/** Slugs of the parent entries an entry links to, in the order of its front matter. */
export function parentSlugs(entry: EntrySummary): string[] {
  if (entry.type === parentKind) return []
  const links = kindRegistry[entry.type].links as Record<string, string>
  // The link fields hold slug lists by the registry's contract (checked by the parser's link check).
  const meta = entry.meta as unknown as Record<string, unknown>
  return Object.entries(links)
    .filter(([, target]) => target === parentKind)
    .flatMap(([field]) => (Array.isArray(meta[field]) ? (meta[field] as string[]) : []))
}

/** Every parent slug of a list of entries, once. */
export function parentSlugsOf(entries: readonly EntrySummary[]): string[] {
  return [...new Set(entries.flatMap(parentSlugs))]
}
