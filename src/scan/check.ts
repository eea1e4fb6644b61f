/**
 * Checks one scan file and reports every problem as `path:line  field  problem  expected`:
 * the schema, every condition (parses, names what exists, right question type), the slugs it
 * links to, cycles, and — once all that holds — the flow itself: no dead end, no question that
 * can never show. Pure: the caller passes the text and the slugs that exist.
 */
import * as v from 'valibot'
import { splitFrontMatter } from '../content/front-matter.ts'
import { formatPath, type Problem } from '../content/problems.ts'
import { splitMessage, SLUG_PATTERN } from '../content/schema.ts'
import { ConditionError, parseCondition, references, type Condition } from './conditions.ts'
import { compileScan, conditionsOf, PARAMETER, type Scan } from './compile.ts'
import { DONT_KNOW, DONT_KNOW_LABEL, RULE_STATUSES, scanSchema, type ScanMeta } from './schema.ts'
import { reachableQuestions, walkScan } from './walk.ts'

export interface KnownSlugs {
  rules: ReadonlySet<string>
  workarounds: ReadonlySet<string>
  cases: ReadonlySet<string>
  scans: ReadonlySet<string>
}

/** The slugs that exist per kind, from the content files' names: a file with problems still exists. */
export function knownSlugsOf(files: readonly { file: string; kind: string }[]): KnownSlugs {
  const of = (kind: string) => new Set(files.filter((f) => f.kind === kind).map((f) => f.file.split('/').pop()!.replace(/\.md$/, '')))
  return { rules: of('rule'), workarounds: of('workaround'), cases: of('case'), scans: of('scan') }
}
export interface CheckInput {
  file: string
  source: string
  known: KnownSlugs
  /** Today as YYYY-MM-DD, injected for stable tests. */
  today: string
  walk?: { limit?: number; samples?: number; seed?: number }
  /**
   * The main content loader has checked the file name, YAML and schema (the scan kind's schema
   * in the registry): report only what comes after, so that nothing is reported twice.
   */
  schemaChecked?: boolean
}

export function checkScan({ file, source, known, today, walk, schemaChecked = false }: CheckInput): { scan?: Scan; problems: Problem[] } {
  const problems: Problem[] = []
  const slug = file.split('/').pop()!.replace(/\.md$/, '')
  let lineOf = (_: readonly (string | number)[]) => 1
  const add = (path: readonly (string | number)[], problem: string, expected: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line: lineOf(path), field: formatPath(path), problem, expected, severity })

  if (!SLUG_PATTERN.test(slug)) add([], `file name "${slug}" is not a valid slug`, 'lower-case words joined by hyphens, such as grond-of-gebouw.md')
  const front = splitFrontMatter(source.replace(/^\uFEFF/, ''))
  if (!front) {
    add([], 'front matter is missing', 'the file starts with a line "---", the fields, and another "---"')
    return { problems: schemaChecked ? [] : problems }
  }
  lineOf = front.lineOf
  for (const e of front.errors) problems.push({ file, line: e.line, field: 'front matter', problem: `is not valid YAML: ${e.message}`, expected: 'valid YAML', severity: 'error' })
  if (front.errors.length) return { problems: schemaChecked ? [] : problems }

  const parsed = v.safeParse(scanSchema, front.data ?? {})
  for (const issue of parsed.issues ?? []) {
    const path = (issue.path ?? []).map((p) => p.key as string | number)
    if (issue.type === 'strict_object' && issue.expected === 'never') add(path, 'is not a known field', 'see "Een scan schrijven" in CONTRIBUTING.md')
    else if (issue.received === 'undefined' && issue.kind === 'schema') add(path, 'is missing', 'see "Een scan schrijven" in CONTRIBUTING.md')
    else add(path, splitMessage(issue.message).problem, splitMessage(issue.message).expected)
  }
  if (!parsed.success) return { problems: schemaChecked ? [] : problems }
  const meta = parsed.output
  if (meta.slug !== undefined && meta.slug !== slug) add(['slug'], `"${meta.slug}" does not match the file name`, `"${slug}", or leave the field out`)
  if (meta.last_reviewed > today) add(['last_reviewed'], `${meta.last_reviewed} is in the future`, `a date on or before ${today}`)
  if (schemaChecked) problems.length = 0

  checkStructure(meta, today, add)
  const conditions = new Map<string, Condition>()
  for (const { path, text } of conditionsOf(meta)) {
    try {
      conditions.set(path.join('.'), parseCondition(text))
    } catch (e) {
      if (!(e instanceof ConditionError)) throw e
      add(path, `condition does not parse at column ${e.column}: ${e.message}`, 'see "Een scan schrijven" in CONTRIBUTING.md')
    }
  }
  checkConditionReferences(meta, conditions, add)
  const blocked = problems.some((p) => p.severity === 'error')
  // A slug that does not exist (yet) is reported, but does not stop the walk of the flow.
  checkLinks(meta, known, add)
  if (blocked) return { problems }

  const scan = compileScan(slug, meta, front.body)
  const report = walkScan(scan, walk)
  for (const dead of report.deadEnds) {
    const answers = Object.entries(dead.answers).map(([q, a]) => `${q}=${[a].flat().join(',')}`).join('&')
    add(['questions'], `dead end: ${dead.reason} for ${answers}`, 'a rule row or a signal that covers these answers')
  }
  const reachable = report.exhaustive ? report.shown : (reachableQuestions(scan) ?? report.shown)
  meta.questions.forEach((q, i) => {
    if (!reachable.has(q.id)) add(['questions', i, 'show_if'], `question "${q.id}" can never be shown`, 'a show_if that some earlier answers make true')
  })
  return { scan: problems.some((p) => p.severity === 'error') ? undefined : scan, problems }
}

type Add = (path: readonly (string | number)[], problem: string, expected: string, severity?: Problem['severity']) => void

function checkStructure(meta: ScanMeta, today: string, add: Add): void {
  const unique = (items: string[], path: (i: number) => (string | number)[], what: string) => {
    const seen = new Set<string>()
    items.forEach((id, i) => (seen.has(id) ? add(path(i), `${what} "${id}" appears twice`, `each ${what} once`) : seen.add(id)))
  }
  unique(meta.questions.map((q) => q.id), (i) => ['questions', i, 'id'], 'question id')
  meta.questions.forEach((q, i) => {
    unique(q.options.map((o) => o.id), (j) => ['questions', i, 'options', j, 'id'], 'option id')
    const dk = q.options.find((o) => o.id === DONT_KNOW)
    if (!dk) add(['questions', i, 'options'], `question "${q.id}" has no option "${DONT_KNOW}"`, `{id: ${DONT_KNOW}, label: "${DONT_KNOW_LABEL}"} as an option`)
    else if (dk.label !== DONT_KNOW_LABEL) add(['questions', i, 'options'], `the "${DONT_KNOW}" option is labelled "${dk.label}"`, `"${DONT_KNOW_LABEL}"`)
  })
  for (const name of Object.keys(meta.derived ?? {})) {
    if (meta.questions.some((q) => q.id === name)) add(['derived', name], `derived name "${name}" is also a question id`, 'a name of its own')
  }
  unique(meta.rules.map((r) => r.slug), (i) => ['rules', i, 'slug'], 'rule')
  unique(meta.workarounds.map((w) => w.slug), (i) => ['workarounds', i, 'slug'], 'workaround')
  unique(meta.cases.map((c) => c.slug), (i) => ['cases', i, 'slug'], 'case')
  unique(meta.signals.map((s) => s.id), (i) => ['signals', i, 'id'], 'signal id')
  meta.rules.forEach((r, i) => {
    r.rows.forEach((row, j) => {
      const at = ['rules', i, 'rows', j]
      if (row.status === 'grijs' && !row.grey_note) add([...at, 'status'], 'a grijs row has no grey_note', 'a grey_note that says why the law is not settled here')
      if (row.status !== 'niet' && !row.demand && !row.open_questions?.length) add([...at, 'status'], `a ${row.status} row has no demand and no open question`, 'a demand or open_questions')
      if (row.status === 'niet' && (row.demand || row.open_questions?.length || row.grey_note)) add([...at, 'status'], 'a niet row carries text that is never shown', 'no demand, open_questions or grey_note on a niet row; use a signal')
    })
  })
  meta.workarounds.forEach((w, i) => {
    w.rows.forEach((row, j) => {
      if (row.relevance === 'relevant-met-waarschuwing' && !row.warning) add(['workarounds', i, 'rows', j, 'relevance'], 'relevant-met-waarschuwing has no warning', 'a warning text')
    })
  })
  meta.signals.forEach((s, i) => {
    if (!s.rule && !s.references?.length && !s.scan) add(['signals', i], 'a signal is tied to no rule, source or scan', 'rule: <slug>, references, or scan: <slug>')
  })
  const keys = new Set<string>()
  ;(meta.parameters ?? []).forEach((p, i) => {
    if (keys.has(p.key)) add(['parameters', i, 'key'], `parameter "${p.key}" appears twice`, 'each parameter once')
    keys.add(p.key)
    if (p.valid_until && p.valid_until < today) add(['parameters', i, 'valid_until'], `parameter "${p.key}" was valid until ${p.valid_until}`, 'the current value from the source, and a new valid_until', 'warning')
  })
  const texts: { path: (string | number)[]; text: string }[] = []
  const collect = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') texts.push({ path, text: value })
    else if (Array.isArray(value)) value.forEach((x, i) => collect(x, [...path, i]))
    else if (value && typeof value === 'object') for (const [k, x] of Object.entries(value)) collect(x, [...path, k])
  }
  collect(meta, [])
  for (const { path, text } of texts) {
    for (const m of text.matchAll(PARAMETER)) if (!keys.has(m[1]!)) add(path, `{{${m[1]}}} is not a parameter of this scan`, `one of: ${[...keys].join(', ') || '(no parameters)'}`)
  }
}

/** Every rule, workaround, case and scan a scan names must exist. */
function checkLinks(meta: ScanMeta, known: KnownSlugs, add: Add): void {
  const exists = (set: ReadonlySet<string>, slug: string, path: (string | number)[], dir: string, what: string) => {
    if (!set.has(slug)) add(path, `${what} "${slug}" does not exist in ${dir}/`, `an existing slug, or add ${dir}/${slug}.md`)
  }
  meta.rules.forEach((r, i) => exists(known.rules, r.slug, ['rules', i, 'slug'], 'rules', 'rule'))
  meta.workarounds.forEach((w, i) => exists(known.workarounds, w.slug, ['workarounds', i, 'slug'], 'content/workarounds', 'workaround'))
  meta.cases.forEach((c, i) => exists(known.cases, c.slug, ['cases', i, 'slug'], 'content/cases', 'case'))
  meta.signals.forEach((s, i) => {
    if (s.rule) exists(known.rules, s.rule, ['signals', i, 'rule'], 'rules', 'rule')
    if (s.scan) exists(known.scans, s.scan, ['signals', i, 'scan'], 'content/scans', 'scan')
  })
}

function checkConditionReferences(meta: ScanMeta, conditions: Map<string, Condition>, add: Add): void {
  const questionIndex = new Map(meta.questions.map((q, i) => [q.id, i]))
  const derivedNames = Object.keys(meta.derived ?? {})
  const ruleIndex = new Map(meta.rules.map((r, i) => [r.slug, i]))
  // Questions each derived name depends on, and its own name references, for show_if and cycles.
  const derivedDeps = new Map<string, { questions: string[]; names: string[] }>()
  for (const name of derivedNames) {
    const cond = conditions.get(['derived', name].join('.'))
    if (cond) derivedDeps.set(name, { questions: references(cond).questions.map((q) => q.id), names: references(cond).names.map((n) => n.name) })
  }
  const questionsOf = (name: string, seen = new Set<string>()): string[] => {
    if (seen.has(name)) return []
    seen.add(name)
    const d = derivedDeps.get(name)
    return d ? [...d.questions, ...d.names.flatMap((n) => questionsOf(n, seen))] : []
  }
  for (const { path } of conditionsOf(meta)) {
    const cond = conditions.get(path.join('.'))
    if (!cond) continue
    const refs = references(cond)
    const col = (c: number) => ` (column ${c})`
    for (const q of refs.questions) {
      const qi = questionIndex.get(q.id)
      if (qi === undefined) {
        add(path, `"${q.id}" is not a question of this scan${col(q.col)}`, `one of: ${[...questionIndex.keys()].join(', ')}`)
        continue
      }
      const question = meta.questions[qi]!
      if (q.multi !== undefined && q.multi !== (question.type === 'multi')) {
        add(path, `question "${q.id}" is ${question.type}${col(q.col)}`, question.type === 'multi' ? 'has or hasany for a multi question' : '=, != or in for a single question')
      }
      for (const o of q.options) {
        if (!question.options.some((x) => x.id === o.id)) add(path, `"${o.id}" is not an option of "${q.id}"${col(o.col)}`, `one of: ${question.options.map((x) => x.id).join(', ')}`)
      }
    }
    for (const n of refs.names) {
      if (!derivedNames.includes(n.name)) add(path, `"${n.name}" is not a derived name${col(n.col)}`, derivedNames.length ? `one of: ${derivedNames.join(', ')}, or "q = option"` : 'a comparison such as "q = option"')
    }
    for (const s of refs.statuses) {
      const at = ruleIndex.get(s.slug)
      if (at === undefined) add(path, `status("${s.slug}") names no rule of this scan${col(s.col)}`, `one of: ${[...ruleIndex.keys()].join(', ')}`)
      else if (path[0] === 'rules' && at >= (path[1] as number)) add(path, `status("${s.slug}") refers to this rule or a later one, which can loop${col(s.col)}`, 'only rules listed earlier in the scan')
      else if (path[0] === 'derived' || path[0] === 'questions') add(path, `status(…) cannot be used here${col(s.col)}`, 'status(…) only in rules, workarounds, cases and signals')
      for (const st of s.statuses) if (!(RULE_STATUSES as readonly string[]).includes(st.id)) add(path, `"${st.id}" is not a status${col(st.col)}`, `one of: ${RULE_STATUSES.join(', ')}`)
    }
    if (path[0] === 'questions') {
      const own = path[1] as number
      const used = [...refs.questions.map((q) => q.id), ...refs.names.flatMap((n) => questionsOf(n.name))]
      for (const id of new Set(used)) {
        const qi = questionIndex.get(id)
        if (qi !== undefined && qi >= own) add(path, `show_if depends on "${id}", which is not asked before this question`, 'only questions that come earlier')
      }
    }
  }
  // Cycles among derived names.
  const state = new Map<string, 'busy' | 'done'>()
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return
    if (state.get(name) === 'busy') {
      add(['derived', name], `derived names refer to each other in a cycle: ${[...trail.slice(trail.indexOf(name)), name].join(' → ')}`, 'names that each rest on questions in the end')
      return
    }
    state.set(name, 'busy')
    for (const n of derivedDeps.get(name)?.names ?? []) if (derivedDeps.has(n)) visit(n, [...trail, name])
    state.set(name, 'done')
  }
  derivedNames.forEach((n) => visit(n, []))
}
