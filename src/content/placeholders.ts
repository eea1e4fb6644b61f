/**
 * The placeholder that templates and `npm run new` put where a contributor still has to write
 * something. `npm run check` reports each one (once, instead of the schema and link errors the
 * placeholder would also cause), so an unfinished file can never pass review unnoticed.
 */

export const PLACEHOLDER = 'TODO'
const MARK = /\bTODO\b/

export function hasPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && MARK.test(value)
}

/** Paths of the front-matter strings that still hold the placeholder. */
export function placeholderPaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (hasPlaceholder(data)) return [path]
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderPaths(item, [...path, i]))
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, item]) => placeholderPaths(item, [...path, key]))
  return []
}

/** Whether a path lies at or below one of the given paths. */
export function isUnder(path: readonly (string | number)[], prefixes: readonly (readonly (string | number)[])[]): boolean {
  return prefixes.some((prefix) => prefix.length <= path.length && prefix.every((key, i) => key === path[i]))
}

/** 0-based lines of the body that still hold the placeholder. */
export function placeholderLines(body: string): number[] {
  return body.split('\n').flatMap((line, i) => (MARK.test(line) ? [i] : []))
}

/** The front matter without placeholder items in lists, so that the link check does not report them again. */
export function withoutPlaceholderItems(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, Array.isArray(value) ? value.filter((item) => !hasPlaceholder(item)) : value]))
}
