/**
 * Cheap, conservative checks on contributed text, run in the browser and on the server.
 *
 * The content check (src/content/body.ts) finds raw HTML and unsafe links with marked's lexer.
 * The form cannot ship marked to the browser or into the Worker, so it uses these patterns
 * instead. They are deliberately stricter than the lexer: anything they let through must be
 * something `npm run check` accepts (test/contribute/generated-file.test.ts fuzzes that).
 */

/** What the content check calls a safe link target (src/content/body.ts), minus `/\` which browsers read as `//`. */
const SAFE_TARGET = /^(?:https:\/\/|\/(?![/\\])|#|mailto:)/

export type TextIssue = 'html' | 'unsafeLink' | 'codeBlock'

/** `<` followed by a letter, `/`, `!` or `?`: the start of every HTML tag, comment or declaration. */
export function hasHtml(text: string): boolean {
  return /<[A-Za-z!?/]/.test(text)
}

/** Link targets that Markdown would turn into a link the content check rejects. */
export function hasUnsafeLink(text: string): boolean {
  // Inline links and images: [text](target) — an empty target is unsafe too.
  for (const match of text.matchAll(/\]\(\s*<?([^\s)>]*)/g)) {
    if (!SAFE_TARGET.test(match[1] ?? '')) return true
  }
  // Link reference definitions: [label]: target (the target may be on the next line).
  for (const match of text.matchAll(/\]:[ \t]*\n?[ \t]*(<?)([^\s>]*)/g)) {
    const [, angle, target = ''] = match
    if ((target !== '' || angle) && !SAFE_TARGET.test(target)) return true
  }
  // Bare addresses that GFM turns into links: only a lower-case https:// is safe.
  for (const match of text.matchAll(/(?:https?|ftp):\/\/|www\./gi)) {
    const found = match[0]
    const at = match.index ?? 0
    if (found === 'https://') continue
    if (/^www\.$/i.test(found) && text.slice(Math.max(0, at - 8), at) === 'https://') continue
    return true
  }
  return false
}

/** Fenced code: an unclosed fence would swallow the sections after it. */
export function hasCodeFence(text: string): boolean {
  return /^ {0,3}(?:`{3,}|~{3,})/m.test(text)
}

/** The first problem with a free-text value; `markdown` for body sections, which are rendered as Markdown. */
export function textIssue(text: string, markdown: boolean): TextIssue | undefined {
  if (hasHtml(text)) return 'html'
  if (!markdown) return undefined
  if (hasCodeFence(text)) return 'codeBlock'
  if (hasUnsafeLink(text)) return 'unsafeLink'
  return undefined
}
