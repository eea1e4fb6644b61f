/**
 * Escapes text for HTML. A module of its own so that run-time code (search snippets) can use it
 * without pulling the Markdown renderer, and with it `marked`, into the Worker bundle.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}
