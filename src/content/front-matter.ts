/**
 * Splits a content file into YAML front matter and Markdown body, keeping enough position
 * information to point every problem at a line of the original file.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document } from 'yaml'

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

export interface FrontMatter {
  /** The parsed YAML value, or undefined when the YAML did not parse. */
  data: unknown
  /** Markdown after the closing fence. */
  body: string
  /** 1-based line of the file on which the body starts. */
  bodyLine: number
  /** 1-based line in the file of the value at a field path, or the nearest existing parent. */
  lineOf(path: readonly (string | number)[]): number
  /** YAML syntax errors, with their lines. */
  errors: { line: number; message: string }[]
}

export function splitFrontMatter(source: string): FrontMatter | undefined {
  const match = FENCE.exec(source)
  if (!match) return undefined
  const yamlText = match[1] ?? ''
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true })
  // The YAML text starts on line 2 of the file (line 1 is the opening fence).
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1
  const body = source.slice(match[0].length)
  const bodyLine = match[0].split('\n').length
  const errors = doc.errors.map((e) => ({ line: fileLine(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }))
  let data: unknown
  if (!errors.length) {
    try {
      data = doc.toJS()
    } catch (error) {
      // The yaml library refuses to expand too many aliases (a "billion laughs"); report it at the first alias.
      const alias = /(?:^|[\s[{,:-])\*[^\s,\]}]/m.exec(yamlText)
      errors.push({ line: fileLine(alias ? alias.index + alias[0].indexOf('*') : 0), message: error instanceof Error ? error.message : String(error) })
    }
  }
  return {
    data,
    body,
    bodyLine,
    errors,
    lineOf: (path) => fileLine(offsetOf(doc, path)),
  }
}

function offsetOf(doc: Document, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (const key of path) {
    if (!node || typeof node !== 'object' || !('items' in node)) break
    const items = (node as { items: unknown[] }).items
    let next: unknown
    if (isMap(node)) {
      const pair = items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)
      if (pair && isPair(pair)) {
        offset = rangeStart(pair.key) ?? offset
        next = pair.value
      }
    } else if (typeof key === 'number') {
      next = items[key]
    }
    if (next === undefined) break
    offset = rangeStart(next) ?? offset
    node = next
  }
  return offset
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range
  return range?.[0]
}
