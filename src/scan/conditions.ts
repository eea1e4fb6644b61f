/**
 * The condition language of a scan (scan-logic §0.3): AND, OR, NOT, parentheses, `q = v`,
 * `q != v`, `q in [a, b]`, `q has v`, `q hasany [a, b]`, `unknown(q)`, `status(slug) in [..]`,
 * `status(slug) = s` and the bare name of a derived variable.
 *
 * AND and OR may not be mixed at one level without parentheses: `a AND b OR c` is refused, so
 * no reader has to remember a precedence rule. Pure TypeScript; runs in the browser too.
 */

export type Condition =
  | { type: 'and' | 'or'; items: Condition[]; col: number }
  | { type: 'not'; item: Condition; col: number }
  | { type: 'eq' | 'neq'; question: string; value: string; col: number; valueCol: number }
  | { type: 'in' | 'hasany'; question: string; values: string[]; col: number; valueCols: number[] }
  | { type: 'has'; question: string; value: string; col: number; valueCol: number }
  | { type: 'unknown'; question: string; col: number }
  | { type: 'status'; slug: string; statuses: string[]; col: number; valueCols: number[] }
  | { type: 'var'; name: string; col: number }

/** A condition that does not parse; `column` is 1-based within the condition text. */
export class ConditionError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message)
    this.name = 'ConditionError'
  }
}

interface Token {
  kind: 'name' | 'op' | 'end'
  text: string
  col: number
}

const NAME = /[a-z0-9][a-z0-9-]*/y
const OPS = ['!=', '=', '(', ')', '[', ']', ',']
const KEYWORDS = new Set(['AND', 'OR', 'NOT'])

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const ch = source[i]!
    if (/\s/.test(ch)) {
      i++
      continue
    }
    const op = OPS.find((o) => source.startsWith(o, i))
    if (op) {
      tokens.push({ kind: 'op', text: op, col: i + 1 })
      i += op.length
      continue
    }
    const upper = /[A-Z]+/y
    upper.lastIndex = i
    const word = upper.exec(source)
    if (word && KEYWORDS.has(word[0])) {
      tokens.push({ kind: 'op', text: word[0], col: i + 1 })
      i += word[0].length
      continue
    }
    NAME.lastIndex = i
    const name = NAME.exec(source)
    if (!name) throw new ConditionError(`unexpected character "${ch}"`, i + 1)
    tokens.push({ kind: 'name', text: name[0], col: i + 1 })
    i += name[0].length
  }
  tokens.push({ kind: 'end', text: 'the end', col: source.length + 1 })
  return tokens
}

/** Parses a condition; throws a ConditionError with the column of the first problem. */
export function parseCondition(source: string): Condition {
  const tokens = tokenize(source)
  let pos = 0
  const peek = () => tokens[pos]!
  const next = () => tokens[pos++]!
  const fail = (token: Token, expected: string): never => {
    const seen = token.kind === 'end' ? 'the end of the condition' : `"${token.text}"`
    throw new ConditionError(`expected ${expected} but found ${seen}`, token.col)
  }
  const expectOp = (text: string, what = `"${text}"`) => {
    const token = next()
    if (token.kind !== 'op' || token.text !== text) fail(token, what)
    return token
  }
  const expectName = (what: string) => {
    const token = next()
    if (token.kind !== 'name') fail(token, what)
    return token
  }
  const list = (what: string) => {
    expectOp('[')
    const values: Token[] = [expectName(what)]
    while (peek().kind === 'op' && peek().text === ',') {
      next()
      values.push(expectName(what))
    }
    expectOp(']', '"," or "]"')
    return { values: values.map((t) => t.text), valueCols: values.map((t) => t.col) }
  }

  function expr(): Condition {
    const first = term()
    const items = [first]
    let joiner: 'AND' | 'OR' | undefined
    while (peek().kind === 'op' && (peek().text === 'AND' || peek().text === 'OR')) {
      const op = next()
      if (joiner && op.text !== joiner) {
        throw new ConditionError(`AND and OR are mixed; add parentheses to say which goes first`, op.col)
      }
      joiner = op.text as 'AND' | 'OR'
      items.push(term())
    }
    if (!joiner) return first
    return { type: joiner === 'AND' ? 'and' : 'or', items, col: first.col }
  }

  function term(): Condition {
    const token = peek()
    if (token.kind === 'op' && token.text === 'NOT') {
      next()
      return { type: 'not', item: term(), col: token.col }
    }
    if (token.kind === 'op' && token.text === '(') {
      next()
      const inner = expr()
      expectOp(')', '"AND", "OR" or ")"')
      return inner
    }
    return atom()
  }

  function atom(): Condition {
    const head = expectName('a question, a derived name, unknown(…) or status(…)')
    const after = peek()
    if ((head.text === 'unknown' || head.text === 'status') && after.kind === 'op' && after.text === '(') {
      next()
      const inner = expectName(head.text === 'unknown' ? 'a question id' : 'a rule slug')
      expectOp(')')
      if (head.text === 'unknown') return { type: 'unknown', question: inner.text, col: head.col }
      const op = next()
      if (op.kind === 'op' && op.text === '=') {
        const value = expectName('a status')
        return { type: 'status', slug: inner.text, statuses: [value.text], col: head.col, valueCols: [value.col] }
      }
      if (op.kind === 'name' && op.text === 'in') {
        const { values, valueCols } = list('a status')
        return { type: 'status', slug: inner.text, statuses: values, col: head.col, valueCols }
      }
      return fail(op, '"=" or "in" after status(…)')
    }
    if (after.kind === 'op' && (after.text === '=' || after.text === '!=')) {
      next()
      const value = expectName('an option id')
      return { type: after.text === '=' ? 'eq' : 'neq', question: head.text, value: value.text, col: head.col, valueCol: value.col }
    }
    if (after.kind === 'name' && (after.text === 'in' || after.text === 'hasany')) {
      next()
      const { values, valueCols } = list('an option id')
      return { type: after.text === 'in' ? 'in' : 'hasany', question: head.text, values, col: head.col, valueCols }
    }
    if (after.kind === 'name' && after.text === 'has') {
      next()
      const value = expectName('an option id')
      return { type: 'has', question: head.text, value: value.text, col: head.col, valueCol: value.col }
    }
    if (after.kind === 'name') fail(after, '"=", "!=", "in", "has", "hasany", "AND", "OR" or the end')
    return { type: 'var', name: head.text, col: head.col }
  }

  const result = expr()
  if (peek().kind !== 'end') fail(peek(), '"AND", "OR" or the end of the condition')
  return result
}

/** One answer that helped decide a condition: the question and the option chosen. */
export interface TraceItem {
  question: string
  option: string
}

/** A value and the answers that decided it (for a false value: the answers that made it false). */
export interface Explained {
  value: boolean
  support: TraceItem[]
}

/** What a condition is evaluated against. `answer` gives null for a hidden or unanswered question. */
export interface ConditionContext {
  answer(question: string): string | readonly string[] | null
  derived(name: string): Explained
  status(slug: string): { status: string; support: TraceItem[] }
}

const item = (question: string, option: string): TraceItem => ({ question, option })

/**
 * Evaluates a condition. A comparison with a hidden question is false (also `!=`);
 * `weet-niet` is an ordinary value. The support explains the result, so a trace can say which
 * answers brought an item in.
 */
export function evaluateCondition(cond: Condition, ctx: ConditionContext): Explained {
  switch (cond.type) {
    case 'and':
    case 'or': {
      const wanted = cond.type === 'or'
      const support: TraceItem[] = []
      for (const part of cond.items) {
        const r = evaluateCondition(part, ctx)
        if (r.value === wanted) return { value: wanted, support: r.support }
        support.push(...r.support)
      }
      return { value: !wanted, support }
    }
    case 'not': {
      const r = evaluateCondition(cond.item, ctx)
      return { value: !r.value, support: r.support }
    }
    case 'var':
      return ctx.derived(cond.name)
    case 'status': {
      const s = ctx.status(cond.slug)
      return { value: cond.statuses.includes(s.status), support: s.support }
    }
    default: {
      const answer = ctx.answer(cond.question)
      if (answer === null) return { value: false, support: [] }
      const chosen = typeof answer === 'string' ? [answer] : answer
      if (chosen.length === 0) return { value: false, support: [] }
      const all = chosen.map((o) => item(cond.question, o))
      const hit = (options: readonly string[]): Explained => {
        const matched = chosen.filter((o) => options.includes(o))
        return matched.length ? { value: true, support: matched.map((o) => item(cond.question, o)) } : { value: false, support: all }
      }
      switch (cond.type) {
        case 'eq':
        case 'has':
          return hit([cond.value])
        case 'in':
        case 'hasany':
          return hit(cond.values)
        case 'unknown':
          return hit(['weet-niet'])
        case 'neq':
          return { value: !chosen.includes(cond.value), support: all }
      }
    }
  }
}

/** Every question, derived name and rule slug a condition mentions, with columns, for checks. */
export function references(cond: Condition): {
  questions: { id: string; col: number; options: { id: string; col: number }[]; multi?: boolean }[]
  names: { name: string; col: number }[]
  statuses: { slug: string; col: number; statuses: { id: string; col: number }[] }[]
} {
  const out: ReturnType<typeof references> = { questions: [], names: [], statuses: [] }
  const walk = (c: Condition): void => {
    switch (c.type) {
      case 'and':
      case 'or':
        c.items.forEach(walk)
        return
      case 'not':
        walk(c.item)
        return
      case 'var':
        out.names.push({ name: c.name, col: c.col })
        return
      case 'status':
        out.statuses.push({ slug: c.slug, col: c.col, statuses: c.statuses.map((id, i) => ({ id, col: c.valueCols[i]! })) })
        return
      case 'unknown':
        out.questions.push({ id: c.question, col: c.col, options: [] })
        return
      case 'eq':
      case 'neq':
        out.questions.push({ id: c.question, col: c.col, options: [{ id: c.value, col: c.valueCol }], multi: false })
        return
      case 'in':
        out.questions.push({ id: c.question, col: c.col, options: c.values.map((id, i) => ({ id, col: c.valueCols[i]! })), multi: false })
        return
      case 'has':
        out.questions.push({ id: c.question, col: c.col, options: [{ id: c.value, col: c.valueCol }], multi: true })
        return
      case 'hasany':
        out.questions.push({ id: c.question, col: c.col, options: c.values.map((id, i) => ({ id, col: c.valueCols[i]! })), multi: true })
        return
    }
  }
  walk(cond)
  return out
}
