/** File names for contributions: the slug rules of the corpus (src/content/schema.ts). */
import { SLUG_PATTERN } from '../content/schema.ts'

export const SLUG_MAX = 80

/** Lower-case words joined by hyphens, diacritics and ligatures (ĳ, æ) unfolded; '' when nothing is left. */
export function slugify(text: string, max = 60): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (base.length <= max) return base
  // Cut at a word boundary when there is one reasonably close to the limit.
  const cut = base.slice(0, max + 1)
  const boundary = cut.lastIndexOf('-')
  return (boundary > max / 2 ? cut.slice(0, boundary) : base.slice(0, max)).replace(/-+$/, '')
}

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX && SLUG_PATTERN.test(value)
}

/** A free variant of a taken slug: slug-2, slug-3, … */
export function freeVariant(slug: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`
}
