import type { VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'

export function renderHtml(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`
}
