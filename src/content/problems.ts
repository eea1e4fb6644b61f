/** A problem found in a content file, in the shape contributors read: where, which field, what, and the fix. */
export interface Problem {
  file: string
  line: number
  field: string
  problem: string
  expected: string
  severity: 'error' | 'warning'
}

/** Formats a problem as `path:line  field  problem  expected`. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}`
  const tag = p.severity === 'warning' ? 'warning: ' : ''
  return [where, p.field || '-', `${tag}${p.problem}`, p.expected].filter((part) => part !== '').join('  ')
}

/** Formats a field path such as `references[1].id`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('')
}
