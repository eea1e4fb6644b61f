/** The justification note as a print-ready page: the same model as the .docx and Markdown versions. */
import { sourceText, type NoteModel, type RouteLine } from '../../scan/note.ts'
import { Layout } from '../components/layout.tsx'
import type { ViewContext } from '../context.ts'
import { scanMessages } from '../scan-messages.ts'

const t = scanMessages.nl

function Routes({ routes }: { routes: RouteLine[] }) {
  return (
    <ul>
      {routes.map((r) => (
        <li>
          <a href={r.url}>{r.title}</a> ({t.noteCertainty.toLowerCase()}: {r.certainty})
          {r.warnings.map((w) => (
            <p>
              <strong>{t.warning}:</strong> {w}
            </p>
          ))}
          {r.conditions.length > 0 && (
            <ul class="checklist">
              {r.conditions.map((c) => (
                <li>{c}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}

export function ScanNotePage({ ctx, note }: { ctx: ViewContext; note: NoteModel }) {
  return (
    <Layout ctx={ctx} title={note.title} headerSearch={false} scripts={[]}>
      <article class="scan-note" lang="nl">
        <h1>{note.title}</h1>
        <p>
          {t.noteMade(note.date)} {t.noteCorpus(note.corpusVersion)}
        </p>
        <p class="notice notice--warning">
          <strong>{t.notLegalAdvice}.</strong> {note.disclaimer.replace(/^Geen juridisch advies\.\s*/, '')}
        </p>
        <p>
          {t.noteReproduce}: <a href={note.url}>{note.url}</a>
        </p>
        <h2>{t.noteSituation}</h2>
        <dl class="summary-list">
          {note.situation.map((s) => (
            <div class="summary-list__row">
              <dt>{s.question}</dt>
              <dd>{s.answer}</dd>
            </div>
          ))}
        </dl>
        <h2>{t.noteConsideration}</h2>
        {note.rules.map((r) => (
          <section class="scan-note__rule">
            <h3>
              <a href={r.url}>{r.title}</a>
            </h3>
            <p>
              {t.noteStatus}: <strong>{r.status}</strong>. {r.statusText}
            </p>
            {r.demands.length > 0 && (
              <>
                <p>{t.noteDemand}:</p>
                <ul>
                  {r.demands.map((d) => (
                    <li>{d}</li>
                  ))}
                </ul>
              </>
            )}
            {r.greyNote && (
              <p>
                {t.greyHeading}: {r.greyNote}
              </p>
            )}
            {r.openQuestions.length > 0 && (
              <>
                <p>{t.noteOpen}:</p>
                <ul>
                  {r.openQuestions.map((q) => (
                    <li>{q}</li>
                  ))}
                </ul>
              </>
            )}
            {r.routes.length > 0 && (
              <>
                <p>{t.noteRoute}:</p>
                <Routes routes={r.routes} />
              </>
            )}
          </section>
        ))}
        {note.otherRoutes.length > 0 && (
          <>
            <h2>{t.roomHeading}</h2>
            <Routes routes={note.otherRoutes} />
          </>
        )}
        {note.cases.length > 0 && (
          <>
            <h2>{t.casesHeading}</h2>
            <ul>
              {note.cases.map((c) => (
                <li>
                  <a href={c.url}>{c.title}</a> ({t.outcome.toLowerCase()}: {c.outcome})
                </li>
              ))}
            </ul>
          </>
        )}
        {note.openQuestions.length > 0 && (
          <>
            <h2>{t.openHeading}</h2>
            <ul>
              {note.openQuestions.map((q) => (
                <li>{q}</li>
              ))}
            </ul>
          </>
        )}
        <h2>{t.noteSources}</h2>
        <ol class="references">
          {note.sources.map((s) => (
            <li>
              <a href={s.url}>{sourceText(s)}</a>
              <span class="print-url"> {s.url}</span>
            </li>
          ))}
        </ol>
        {note.draft && (
          <section class="scan-note__draft">
            <h2>{t.noteDraftHeading}</h2>
            <p>
              <em>{note.draft.intro}</em>
            </p>
            <div class="scan-note__draft-text">
              <h3>{note.draft.title}</h3>
              {note.draft.paragraphs.map((p) => (
                <>
                  {p.heading && <h4>{p.heading}</h4>}
                  <p>{p.text}</p>
                </>
              ))}
            </div>
          </section>
        )}
      </article>
    </Layout>
  )
}
