/** "Wijzigingen": what changed in an entry and when, from the repository's history, with links to each commit. */
import type { EntryDetail } from '../../db/entries.repository.ts'
import { commitUrl, fileHistoryUrl } from '../../site/repository.ts'
import type { ViewContext } from '../context.ts'
import { openMessages } from '../open-messages.ts'

const SHOWN = 10

export function EntryChanges({ ctx, entry }: { ctx: ViewContext; entry: EntryDetail }) {
  const m = openMessages(ctx.lang)
  const { repositoryUrl, repositoryBranch } = ctx.config
  const shown = entry.changes.slice(0, SHOWN)
  return (
    <section class="entry-changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{m.changesHeading}</h2>
      {shown.length ? (
        <>
          <ol class="entry-changes__list">
            {shown.map((change) => (
              <li>
                <time dateTime={change.date}>{change.date.slice(0, 10)}</time> · {change.added ? m.added : m.modified}: <span lang="nl">{change.message}</span> (
                <a href={commitUrl(repositoryUrl, change.commit)}>{m.commit}</a>)
              </li>
            ))}
          </ol>
          <p>
            {entry.changes.length > SHOWN && `${m.moreChanges(entry.changes.length - SHOWN)}: `}
            <a href={fileHistoryUrl(repositoryUrl, repositoryBranch, entry.sourcePath)}>{m.fullHistory}</a>
          </p>
        </>
      ) : (
        <p>{m.noHistory(entry.lastReviewed)}</p>
      )}
    </section>
  )
}
