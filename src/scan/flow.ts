/**
 * The page flow of a scan around the evaluator: answers to and from a query string (only the
 * answers to visible questions, in question order, a multi question as repeated keys), and the
 * question before another one, for the back link. Pure; the server pages and the island share it.
 */
import { nextQuestion, parseAnswers, visibleQuestions, type AnswerProblem, type Answers, type CompiledQuestion, type Scan } from './evaluate.ts'
import { DONT_KNOW } from './dont-know.ts'

/** Query key naming the question to show (the "Wijzig" and back links). */
export const SHOW_PARAM = 'vraag'
/** Query key the question form sends with itself, so that an empty submit is an error, not a fresh start. */
export const ANSWERED_PARAM = 'beantwoord'
/** Keys that steer the pages and are no answers. */
export const PAGE_PARAMS = [SHOW_PARAM, ANSWERED_PARAM] as const

const given = (a: string | string[] | undefined) => (a === undefined ? [] : typeof a === 'string' ? (a ? [a] : []) : a)

/** The answers to the questions that show, in question order; answers to hidden questions drop out. */
export function visibleAnswerPairs(scan: Scan, answers: Answers): [string, string][] {
  return visibleQuestions(scan, answers).flatMap((q) => given(answers[q.id]).map((option): [string, string] => [q.id, option]))
}

/** The answers as a query string without "?": `vorm=verhuren&project=dak&project=delen`. */
export function answersQuery(scan: Scan, answers: Answers, extra: [string, string][] = []): string {
  return new URLSearchParams([...visibleAnswerPairs(scan, answers), ...extra]).toString()
}

/** A query string with "?" when it is not empty. */
export const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path)

/** The answers without the one to a question (the form of that question sends it again). */
export function withoutAnswer(answers: Answers, question: string): Answers {
  const { [question]: _dropped, ...rest } = answers
  return rest
}

/** The visible question before this one, or undefined for the first. */
export function previousQuestion(scan: Scan, answers: Answers, question: string): CompiledQuestion | undefined {
  const visible = visibleQuestions(scan, answers)
  const index = visible.findIndex((q) => q.id === question)
  return index > 0 ? visible[index - 1] : undefined
}

/** The 1-based place of a question among the visible ones. */
export function stepOf(scan: Scan, answers: Answers, question: string): number {
  return visibleQuestions(scan, answers).findIndex((q) => q.id === question) + 1
}

/** Reads a URLSearchParams into the query shape parseAnswers takes (repeated keys become lists). */
export function queryRecord(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  params.forEach((value, key) => (out[key] ??= []).push(value))
  return out
}

/** Why a submitted question is shown again. */
export type AnswerError = 'missing' | 'dont-know-alone'

export type FlowStep =
  | { type: 'invalid'; problems: AnswerProblem[] }
  | { type: 'question'; question: CompiledQuestion; step: number; answers: Answers; error?: AnswerError }
  | { type: 'check'; answers: Answers }
  /** Go on to a clean address: the next question, or the check page when all are answered. */
  | { type: 'go'; to: 'question' | 'check'; query: string }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * What the question address shows for a query: the question named by `vraag` (a change or a
 * back link), the submitted question again when its answer is missing, or else the next
 * question without an answer; when none is left, the check page.
 */
export function questionStep(scan: Scan, query: Record<string, string | string[] | undefined>): FlowStep {
  const answered = first(query[ANSWERED_PARAM])
  const parsed = parseAnswers(scan, query, PAGE_PARAMS)
  const visible = (id: string | undefined, answers: Answers) => (id ? visibleQuestions(scan, answers).find((q) => q.id === id) : undefined)
  if (!parsed.ok) {
    // "Weet ik niet" ticked beside another answer on the form itself: ask that question again.
    const own = parsed.problems.every((p) => p.question === answered && p.problem.includes(DONT_KNOW))
    const rest = parseAnswers(scan, { ...query, [answered ?? '']: undefined }, PAGE_PARAMS)
    const question = own && rest.ok ? visible(answered, rest.answers) : undefined
    if (question && rest.ok) return { type: 'question', question, step: stepOf(scan, rest.answers, question.id), answers: rest.answers, error: 'dont-know-alone' }
    return { type: 'invalid', problems: parsed.problems }
  }
  const { answers } = parsed
  const next = nextQuestion(scan, answers)
  const onward = (): FlowStep => ({ type: 'go', to: next.done ? 'check' : 'question', query: answersQuery(scan, answers) })
  if (answered) {
    const question = visible(answered, answers)
    if (question && answers[question.id] === undefined) return { type: 'question', question, step: stepOf(scan, answers, question.id), answers, error: 'missing' }
    return onward()
  }
  const shown = visible(first(query[SHOW_PARAM]), answers)
  if (shown) return { type: 'question', question: shown, step: stepOf(scan, answers, shown.id), answers }
  if (next.done) return onward()
  return { type: 'question', question: next.question, step: next.step, answers }
}

/** The check page and the result need every visible question answered; otherwise on to the next one. */
export function completeStep(scan: Scan, query: Record<string, string | string[] | undefined>): FlowStep {
  const parsed = parseAnswers(scan, query, PAGE_PARAMS)
  if (!parsed.ok) return { type: 'invalid', problems: parsed.problems }
  if (!nextQuestion(scan, parsed.answers).done) return { type: 'go', to: 'question', query: answersQuery(scan, parsed.answers) }
  return { type: 'check', answers: parsed.answers }
}
