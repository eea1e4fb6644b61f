/**
 * Raw HTML in front-matter strings. Pages escape it, but the API hands titles and summaries to
 * other sites as they are, so the check refuses it, as it does in the body.
 */
const TAG = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>|<!--|<![a-z]|<\?/i

export function htmlInFrontMatter(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; html: string }[] {
  if (typeof value === 'string') {
    const match = TAG.exec(value)
    return match ? [{ path, html: match[0].slice(0, 40) }] : []
  }
  // Front matter is a few levels deep; the YAML parser already refused anything pathological.
  if (path.length > 8) return []
  if (Array.isArray(value)) return value.flatMap((item, i) => htmlInFrontMatter(item, [...path, i]))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => htmlInFrontMatter(item, [...path, key]))
  return []
}
