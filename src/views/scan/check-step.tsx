/**
 * "Controleer uw antwoorden": every visible question with its answer and a "Wijzig" link that
 * opens that question with all answers kept; then on to the result. Shared with the island.
 */
import type { Lang } from '../../content/taxonomy.ts'
import { visibleQuestions, type Answers, type Scan } from '../../scan/evaluate.ts'
import { answersQuery, SHOW_PARAM } from '../../scan/flow.ts'
import type { ScanMessages } from '../scan-messages.ts'
import { stepPath } from './scan-paths.ts'

export function CheckStep({ t, lang, base, scan, answers }: { t: ScanMessages; lang: Lang; base: string; scan: Scan; answers: Answers }) {
  const questions = visibleQuestions(scan, answers)
  const last = questions.at(-1)
  const query = answersQuery(scan, answers)
  return (
    <div class="scan-step scan-check">
      {last && (
        <a class="back-link" href={stepPath(base, lang, 'question', answersQuery(scan, answers, [[SHOW_PARAM, last.id]]))}>
          {t.back}
        </a>
      )}
      <h1 tabIndex={-1}>{t.checkTitle}</h1>
      <p class="lead">{t.checkIntro}</p>
      <dl class="summary-list">
        {questions.map((q) => {
          const chosen = [answers[q.id] ?? []].flat()
          return (
            <div class="summary-list__row">
              <dt lang="nl">{q.text}</dt>
              <dd lang="nl">
                {chosen.length > 1 ? (
                  <ul>
                    {chosen.map((o) => (
                      <li>{q.options.find((x) => x.id === o)?.label ?? o}</li>
                    ))}
                  </ul>
                ) : (
                  (q.options.find((x) => x.id === chosen[0])?.label ?? chosen[0])
                )}
              </dd>
              <dd class="summary-list__action">
                <a href={stepPath(base, lang, 'question', answersQuery(scan, answers, [[SHOW_PARAM, q.id]]))}>
                  {t.change}
                  <span class="visually-hidden" lang="nl">
                    {' '}
                    {q.text}
                  </span>
                </a>
              </dd>
            </div>
          )
        })}
      </dl>
      <p>
        <a class="button-link" href={stepPath(base, lang, 'result', query)} data-scan-result>
          {t.seeResult}
        </a>
      </p>
    </div>
  )
}
