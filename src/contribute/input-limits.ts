/**
 * Limits on the shape of a request body, checked before anything walks it: how deep JSON
 * nests, how many keys an object and how many items a list may have, how many fields a form
 * may send. A contribution needs three levels and a few dozen of each; anything far beyond
 * that is refused at once, so that no validator recursion or per-item work grows with it.
 */
import { pick, type Lang } from '../i18n/languages.ts'

export const INPUT_LIMITS = {
  /** Nesting of objects and arrays; a case uses three (references → a source → its fields). */
  depth: 8,
  /** Keys in one object; a case has about twenty fields. */
  keys: 64,
  /** Items in one list; far above any real list of sources, domains or rules. */
  items: 100,
  /** Values in one posted form, every checkbox counted; the form has under 250 controls. */
  formValues: 500,
} as const

export type ShapeProblem = { kind: 'depth' | 'keys' | 'items' | 'form'; at: string }

/**
 * The deepest nesting of a JSON text, read without parsing it: brackets outside strings.
 * Stops counting as soon as `limit` is passed, so a hostile body costs one linear scan.
 */
export function jsonDepthExceeds(text: string, limit: number = INPUT_LIMITS.depth): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 0x5c) i++ // backslash: skip the escaped character
      else if (ch === 0x22) inString = false
    } else if (ch === 0x22) inString = true
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > limit) return true
    } else if (ch === 0x7d || ch === 0x5d) depth--
  }
  return false
}

/** The first object with too many keys, list with too many items or level too deep in parsed JSON. */
export function jsonShapeProblem(value: unknown, path = '', depth = 0): ShapeProblem | undefined {
  if (value && typeof value === 'object' && depth >= INPUT_LIMITS.depth) return { kind: 'depth', at: path || '-' }
  if (Array.isArray(value)) {
    if (value.length > INPUT_LIMITS.items) return { kind: 'items', at: path || '-' }
    for (let i = 0; i < value.length; i++) {
      const found = jsonShapeProblem(value[i], `${path}[${i}]`, depth + 1)
      if (found) return found
    }
  } else if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length > INPUT_LIMITS.keys) return { kind: 'keys', at: path || '-' }
    for (const [key, item] of entries) {
      const found = jsonShapeProblem(item, path ? `${path}.${key.slice(0, 40)}` : key.slice(0, 40), depth + 1)
      if (found) return found
    }
  }
  return undefined
}

/** A posted form with more values than the form has controls. */
export function formShapeProblem(body: Record<string, unknown>): ShapeProblem | undefined {
  let count = 0
  for (const value of Object.values(body)) count += Array.isArray(value) ? value.length : 1
  return count > INPUT_LIMITS.formValues ? { kind: 'form', at: '-' } : undefined
}

const texts = {
  nl: {
    title: 'Bijdrage te ingewikkeld',
    depth: `De JSON is dieper genest dan ${INPUT_LIMITS.depth} niveaus; een casus heeft er drie.`,
    keys: `Het object {at} heeft meer dan ${INPUT_LIMITS.keys} velden.`,
    items: `De lijst {at} heeft meer dan ${INPUT_LIMITS.items} items.`,
    form: `Het formulier stuurde meer dan ${INPUT_LIMITS.formValues} waarden.`,
  },
  en: {
    title: 'Contribution too complex',
    depth: `The JSON nests deeper than ${INPUT_LIMITS.depth} levels; a case uses three.`,
    keys: `The object {at} has more than ${INPUT_LIMITS.keys} fields.`,
    items: `The list {at} has more than ${INPUT_LIMITS.items} items.`,
    form: `The form sent more than ${INPUT_LIMITS.formValues} values.`,
  },
} as const

export function shapeMessage(problem: ShapeProblem, lang: Lang): { title: string; detail: string } {
  const t = pick<(typeof texts)[keyof typeof texts]>(texts, lang)
  return { title: t.title, detail: t[problem.kind].replace('{at}', problem.at) }
}
